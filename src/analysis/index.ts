/**
 * analyze(text, engine): the whole analysis as a pure function of a string. No Fastify, no
 * I/O: workers, the CLI, the eval and the bench all call this.
 */
import { newsSentiment } from './sentiment.js'
import { splitParagraphs } from './text/paragraphs.js'
import { htmlToText } from './text/html-to-text.js'
import { prepareForWink } from './text/normalize.js'
import { tokenizeParagraphs, type TokenizedParagraph } from './nlp/wink.js'
import { compileLexicons, findMatches, type CompiledLexicons, type RawMatch } from './match/lexicon.js'
import { findQuoteRegions } from './quotes.js'
import { extendOverSandwichedSentences, findAttributions, introducedPerson } from './attribution.js'
import { framingMatches } from './framing.js'
import { CarryOver } from './carry-over.js'
import { documentScores, paragraphEvidence, paragraphScores, round } from './scoring.js'
import type { LexiconFile } from '../schemas/lexicon-file.js'
import type { AnalysisResult, ParagraphResult } from './types.js'

export type { AnalysisResult } from './types.js'

export interface Engine {
  /** Named in every result so a stored analysis can be reproduced (the package version). */
  version: string
  compiled: CompiledLexicons
  lexicons: Array<{ id: string, version: string }>
}

export function createEngine (lexicons: LexiconFile[], version: string): Engine {
  return {
    version,
    compiled: compileLexicons(lexicons),
    lexicons: lexicons.map((lexicon) => ({ id: lexicon.id, version: lexicon.version }))
  }
}

export type InputFormat = 'text' | 'html'

/**
 * Analyses plain text, or HTML reduced to text by block elements; for HTML the result carries
 * the extracted `text` (which every offset indexes) and each paragraph's source block.
 * An HTML page without article text gives a result with no paragraphs.
 */
export function analyzeInput (input: { text: string, format?: InputFormat }, engine: Engine, shouldStop?: ShouldStop): AnalysisResult {
  if (input.format !== 'html') return analyze(input.text, engine, shouldStop)
  const { text, blocks } = htmlToText(input.text)
  const result = analyze(text, engine, shouldStop)
  let blockIndex = 0
  for (const paragraph of result.paragraphs) {
    while (blockIndex < blocks.length - 1 && blocks[blockIndex].end <= paragraph.start) blockIndex++
    const block = blocks[blockIndex]
    paragraph.block = { tag: block.tag, start: block.sourceStart, end: block.sourceEnd }
  }
  return { text, ...result }
}

/**
 * Paragraphs one analysis takes. A megabyte of one-character lines is half a million paragraphs,
 * whose result (≈ 250 bytes of JSON each, more in memory) ran to 150 MB and 2 GB of RSS: refused
 * instead. Real articles have tens of paragraphs; a 10,000-paragraph text is still analysed.
 */
export const MAX_PARAGRAPHS = 10_000

/** A text over MAX_PARAGRAPHS: refused whole, never truncated. */
export class TooManyParagraphsError extends Error {
  override name = 'TooManyParagraphsError'
  constructor (readonly paragraphs: number) {
    super(`The text has ${paragraphs.toLocaleString('en')} paragraphs; one analysis takes at most ${MAX_PARAGRAPHS.toLocaleString('en')}`)
  }
}

/**
 * wink reads a long text in pieces of at least this many characters, cut at paragraph breaks,
 * with a stop check between them: one call takes about 0.23 s per MB, and a request whose client
 * has gone should not wait that long to stop. A typical article is one piece, as before (wink's
 * fixed cost per call makes a call per paragraph dearer).
 */
export const TOKENIZE_CHUNK_CHARS = 65_536

/** The index after the last paragraph of the piece that starts at paragraph `first`. */
function endOfChunk (spans: Array<{ start: number, end: number }>, first: number): number {
  let end = first + 1
  while (end < spans.length && spans[end - 1].end - spans[first].start < TOKENIZE_CHUNK_CHARS) end++
  return end
}

/**
 * Asked at every paragraph, before wink reads each piece of the text: true abandons the analysis
 * with AnalysisStoppedError. A worker answers this way when the client has gone or the deadline
 * has passed, instead of being terminated and reloading the model.
 */
export type ShouldStop = () => boolean

export class AnalysisStoppedError extends Error {
  override name = 'AnalysisStoppedError'
  constructor () { super('The analysis was stopped before it finished') }
}

export function analyze (text: string, engine: Engine, shouldStop: ShouldStop = () => false): AnalysisResult {
  const paragraphs: ParagraphResult[] = []
  const forDocument: Parameters<typeof documentScores>[0] = []
  let tokenCount = 0
  const spans = splitParagraphs(text)
  if (spans.length > MAX_PARAGRAPHS) throw new TooManyParagraphsError(spans.length)
  const carryOver = new CarryOver(text, spans)
  const { normalized, unread } = prepareForWink(text)
  let tokenized: TokenizedParagraph[] = []
  let chunkMatches: RawMatch[][] = []
  let chunkStart = 0
  let chunkEnd = 0
  for (const [index, span] of spans.entries()) {
    if (shouldStop()) throw new AnalysisStoppedError()
    if (index === chunkEnd) {
      chunkStart = index
      chunkEnd = endOfChunk(spans, index)
      const from = span.start
      const to = spans[chunkEnd - 1].end
      const chunkSpans = spans.slice(chunkStart, chunkEnd).map((paragraph) => ({ start: paragraph.start - from, end: paragraph.end - from }))
      tokenized = tokenizeParagraphs(text.slice(from, to), chunkSpans, from, normalized.slice(from, to))
      // All of a piece's paragraphs at once, while the lexicons' structures are in the CPU's caches.
      chunkMatches = tokenized.map(({ tokens, sentences }) => findMatches(engine.compiled, tokens, sentences))
    }
    const { tokens, sentences } = tokenized[index - chunkStart]
    tokenCount += tokens.length
    carryOver.enter(span)
    const matches = chunkMatches[index - chunkStart]
    const quotes = findQuoteRegions(text, tokens)
    const attributionContext = { text, tokens, sentences, matches, quotes, earlierSources: carryOver.earlierSources, interview: carryOver.interview, namedEarlier: carryOver.namedEarlier, turnSpeaker: carryOver.turnSpeaker }
    const attributions = findAttributions(attributionContext)
    extendOverSandwichedSentences(tokens, sentences, attributions)
    if (carryOver.seeksInterviewee) carryOver.introduce(introducedPerson(attributionContext, attributions))
    const answer = carryOver.answerOpenedBy(tokens, sentences) ?? carryOver.labelledAnswer(span, attributions)
    if (answer !== undefined) attributions.push(answer)
    const carried = carryOver.carriedInto(span, tokens, quotes, attributions)
    const nextParagraph = index + 1 < chunkEnd ? tokenized[index + 1 - chunkStart] : undefined
    const framing = framingMatches({ text, tokens, sentences, matches, quotes, attributions: [...attributions, ...carried], nextParagraph })
    const sentenceResults = sentences.map((sentence) => ({ start: sentence.start, end: sentence.end, sentiment: round(newsSentiment(tokens, sentence)) }))
    const evidence = paragraphEvidence(sentenceResults, attributions, framing, carried)
    const { scores, flags } = paragraphScores(sentenceResults, evidence)
    paragraphs.push({ index, start: span.start, end: span.end, sentences: sentenceResults, scores, flags, attributions, matches: framing })
    forDocument.push({ sentences: sentenceResults, scores, flags, attributedSentences: evidence.attributedSentences })
    carryOver.leave(span, tokens, quotes, attributions, carried)
  }
  const { scores, flags } = documentScores(forDocument)
  const document: AnalysisResult['document'] = {
    paragraphs: paragraphs.length,
    sentences: forDocument.reduce((sum, paragraph) => sum + paragraph.sentences.length, 0),
    tokens: tokenCount,
    characters: text.length,
    scores,
    flags
  }
  // Skipped text is named, never dropped silently (DESIGN.md: everything accepted is analysed).
  if (unread.length > 0) document.unread = unread
  return {
    engine: { name: 'slant', version: engine.version },
    lexicons: engine.lexicons,
    document,
    paragraphs
  }
}
