/**
 * The only module that imports wink-nlp (https://winkjs.org/wink-nlp/). One instance per
 * thread, created at import: `winkNLP(model)` must not run twice in a realm (shared/wink-nlp.md §7).
 * wink has no offsets API, so offsets come from a `precedingSpaces + value` walk over a
 * same-length normalised copy of the text: each token's value is found after the whitespace that
 * follows the previous one (a search from the cursor if wink rewrote a value).
 */
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { isWhitespaceAt, normalizeForWink } from '../text/normalize.js'

const nlp = winkNLP(model, ['sbd', 'pos', 'negation', 'sentiment'])
const its = nlp.its
// The d.ts types `out(its.x)` too narrowly under `strict`; the runtime returns string[]/boolean[].
type Out = (accessor: unknown) => unknown

export interface Token {
  start: number
  end: number
  /** Lower-cased form (wink's `normal`: n't → not, ’ → '). */
  normal: string
  lemma: string
  pos: string
  isWord: boolean
  isQuote: boolean
  sentence: number
  /** Shared by the tokens of one word form with one lemma (see WordKey). */
  key: WordKey
}

/**
 * One per distinct word form and lemma, shared by all their tokens, so that per-word work is done
 * once per word rather than once per token: the matcher keeps here the lexicon patterns that can
 * start on the word (looking them up by string per token was the matcher's dearest step).
 */
export interface WordKey {
  lemma: string
  /** The lemma's bit in a sentence's word set (see wordBit). */
  lemmaBit: number
  /** The normal form's (a key belongs to one lexeme, so to one normal form). */
  normalBit: number
  /** Whose memo `startMemo` is (the matcher's compiled lexicons), so another set never reads it. */
  memoOwner: object | undefined
  startMemo: unknown
}

function wordKey (lemma: string, normalBit: number): WordKey {
  return { lemma, lemmaBit: wordBit(lemma), normalBit, memoOwner: undefined, startMemo: undefined }
}

/** A sentence's word set has 256 bits, kept as 8 int32s. */
export const WORD_SET_INTS = 8

/**
 * The bit (0–255) that stands for a word in a sentence's word set: FNV-1a of the word. Worked out
 * once per distinct word (on its lexeme record or key), never per token.
 */
export function wordBit (word: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193)
  return hash & 255
}

export function addWord (words: Int32Array, bit: number): void {
  words[bit >> 5] |= 1 << (bit & 31)
}

export function hasWord (words: Int32Array, bit: number): boolean {
  return (words[bit >> 5] & (1 << (bit & 31))) !== 0
}

/** The bits of some words, for mayHold. */
export function wordBits (words: Iterable<string>): number[] {
  return [...words].map(wordBit)
}

/**
 * Whether a sentence may hold one of the words (`wordBits`), by its word set: a rule that looks for
 * a word token by token skips the sentences that cannot hold it (a false yes costs only the scan).
 */
export function mayHold (sentence: Sentence, bits: readonly number[]): boolean {
  for (const bit of bits) if (hasWord(sentence.words, bit)) return true
  return false
}

export interface Sentence {
  start: number
  end: number
  /** Token index range [firstToken, lastToken) in the paragraph's token array. */
  firstToken: number
  lastToken: number
  /** wink sentence sentiment in [-1, 1], negation-aware. */
  sentiment: number
  /** Whether it is a title-case headline (see isHeadline); undefined until first asked. */
  headline: boolean | undefined
  /**
   * The normal forms and lemmas of its tokens as a 256-bit set of hashed words (wordBit): the
   * matcher skips a pattern one of whose required words is not in the set, without trying it.
   * After wink's tagger has run, the matcher's structures are out of the CPU's caches, and a try
   * that fails at its third word cost as much as one that matches.
   */
  words: Int32Array
}

export interface TokenizedParagraph {
  tokens: Token[]
  sentences: Sentence[]
}

/** Lower-cased, with typographic apostrophes folded (wink keeps `’s` distinct from `'s`). */
function fold (form: string): string {
  const lower = form.toLowerCase()
  return lower.includes('’') || lower.includes('‘') ? lower.replace(/[’‘]/g, "'") : lower
}

const QUOTES = new Set(['"', "'", '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›', '``', "''"])
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u
const LOWER_CASE_START = /^\p{Ll}/u
const INITIAL_GOES_ON = /^(?:\p{Lu}\.)+$/u
const TITLES = new Set(['adm', 'maj', 'cmdr', 'amb', 'rev', 'gen', 'lt', 'col', 'capt', 'sgt', 'sen', 'rep', 'gov', 'dr', 'mr', 'mrs', 'ms', 'prof', 'hon'])
const NEVER_OPENS_SENTENCE = new Set([',', ';', ')', ']', '%'])
const SENTENCE_FINAL = new Set(['.', '!', '?', '…', '...'])
const POSSESSIVE = /\p{L}['’]s$/u
/**
 * What every token of one wink lexeme (one distinct token value, wink's `uniqueId`) shares, worked
 * out once per thread: looking a token's normal form, type and lemma up in wink's arrays and our
 * own caches cost more than wink's whole tagger (a string-keyed lookup per token for the lemma
 * alone was a tenth of the analysis); an integer-keyed record is one lookup.
 */
interface Lexeme extends WordKey {
  value: string
  /** wink's normal form, folded (a contraction's parts carry their own, read per token). */
  normal: string
  isWord: boolean
  isQuote: boolean
  isLineBreak: boolean
  /** Title case (*Critics*): a PROPN tag then takes the lower-cased word's lemma. */
  isTitleCase: boolean
  /** *Clinton's* learned as one word: split as wink first did (see tokenizeParagraphs). */
  isPossessive: boolean
  /**
   * wink's lemma depends on the POS tag too. The record is the key of the first tag's lemma (most
   * words only ever get one tag: one object to read per token); other tags are kept as tag/key pairs.
   */
  firstTag: string | undefined
  otherKeys: Array<string | WordKey> | undefined
}
/** Indexed by wink's `uniqueId` (an array: a `Map` lookup per token was the single dearest line). */
const lexemes: Array<Lexeme | undefined> = []
/**
 * wink's ids keep growing with every new word (shared/wink-nlp.md §5); our records are bounded:
 * ids below 200,000 (the model's own vocabulary is about 94,000) and 80,000 records at most,
 * about 14 MB per worker. Past either, a word is described afresh at each token (measured in a
 * 100,000-document soak of invented words: unbounded, the records added 130 MB of process RSS).
 */
const LEXEME_ID_LIMIT = 200_000
const LEXEME_RECORD_LIMIT = 80_000
let lexemeRecords = 0

const WORD_TYPES = new Set(['word', 'number', 'ordinal', 'hashtag', 'mention'])

interface TokenItems { itemAt: (index: number) => { out: Out } }

/** Reads a lexeme's record off one of its tokens (a contraction's part: its own normal form). */
function describe (tokens: TokenItems, index: number): Lexeme {
  const token = tokens.itemAt(index)
  const value = token.out(its.value) as string
  const type = token.out(its.type) as string
  const normal = fold(token.out(its.normal) as string)
  const isWord = WORD_TYPES.has(type)
  // (In the order the walk reads them, then the matcher: V8 lays fields out in this order, and the
  // first read of a record is usually a cache miss.)
  return {
    value,
    isLineBreak: type === 'tabCRLF',
    normal,
    firstTag: undefined,
    lemma: '',
    isPossessive: isWord && value.length > 2 && value.charCodeAt(value.length - 1) === 115 && POSSESSIVE.test(value) && normal.length > 2,
    isWord,
    isQuote: QUOTES.has(value),
    normalBit: wordBit(normal),
    lemmaBit: 0,
    memoOwner: undefined,
    startMemo: undefined,
    isTitleCase: TITLE_CASE.test(value),
    otherKeys: undefined
  }
}

/**
 * Reads each token's lexeme record, value string and normal form once, in a loop that does nothing else: the
 * records are scattered in memory, and loads that do not depend on each other are waited for
 * together, where the walk, which does a token's work between them, waits for one at a time.
 * Returns a number only so that the reads are not optimised away (kept in `warmedLength`).
 */
let warmedLength = 0
function warmLexemes (ids: number[]): number {
  let length = 0
  for (let i = 0; i < ids.length; i++) {
    const lexeme = lexemes[ids[i]]
    // (The normal form too: the matcher looks the next word's up by it.)
    if (lexeme !== undefined) length += lexeme.value.length + lexeme.normal.length
  }
  return length
}

function lexemeOf (id: number, tokens: TokenItems, index: number): Lexeme {
  let lexeme = lexemes[id]
  if (lexeme === undefined) {
    lexeme = describe(tokens, index)
    if (id < LEXEME_ID_LIMIT && lexemeRecords < LEXEME_RECORD_LIMIT) {
      lexemeRecords++
      // Grown densely, so the array keeps fast elements.
      while (lexemes.length <= id) lexemes.push(undefined)
      lexemes[id] = lexeme
    }
  }
  return lexeme
}

/** The key of the token's lemma as Slant uses it: lower-cased, the normal form where wink has none. */
function keyFor (lexeme: Lexeme, pos: string, tokens: TokenItems, index: number): WordKey {
  if (lexeme.firstTag === pos) return lexeme
  const others = lexeme.otherKeys
  if (others !== undefined) {
    for (let k = 0; k < others.length; k += 2) if (others[k] === pos) return others[k + 1] as WordKey
  }
  let lemma: string
  if (pos === 'PROPN' && lexeme.isTitleCase) {
    lemma = lemmaOfLowerCase(lexeme.normal)
  } else {
    // wink leaves some lemmas undefined (*cannot* before punctuation): fall back to the normal form.
    const winkLemma = tokens.itemAt(index).out(its.lemma) as string | undefined
    lemma = winkLemma === undefined ? lexeme.normal : fold(winkLemma)
  }
  if (lexeme.firstTag === undefined) {
    lexeme.firstTag = pos
    lexeme.lemma = lemma
    lexeme.lemmaBit = wordBit(lemma)
    return lexeme
  }
  // Tags that give the same lemma share its key.
  let key: WordKey | undefined = lexeme.lemma === lemma ? lexeme : undefined
  if (others !== undefined) for (let k = 1; key === undefined && k < others.length; k += 2) if ((others[k] as WordKey).lemma === lemma) key = others[k] as WordKey
  key ??= wordKey(lemma, lexeme.normalBit);
  (lexeme.otherKeys ??= []).push(pos, key)
  return key
}

/** The `'s` split off a possessive. */
const POSSESSIVE_S_KEY = wordKey("'s", wordBit("'s"))

const lowerCaseLemmas = new Map<string, string>()
const LEMMA_CACHE_LIMIT = 20_000

/**
 * wink tags sentence-initial capitalised plurals as PROPN and does not lemmatise them
 * (`Critics` → `critics`); take the lemma of the lower-cased word instead.
 */
function lemmaOfLowerCase (word: string): string {
  let lemma = lowerCaseLemmas.get(word)
  if (lemma === undefined) {
    const lemmas = (nlp.readDoc(word).tokens().out as Out)(its.lemma) as string[]
    lemma = lemmas.length === 1 ? fold(lemmas[0] ?? word) : word
    if (lowerCaseLemmas.size >= LEMMA_CACHE_LIMIT) lowerCaseLemmas.clear()
    lowerCaseLemmas.set(word, lemma)
  }
  return lemma
}

export interface Range { start: number, end: number }

/** Words that do not end a heading or an item: a line ending on one is a sentence wrapped at its end. */
const WRAPPED_LINE_END = /(?:^|[^\p{L}])(?:the|a|an|of|to|and|or|for|with|in|on|at|by|from|as|that)$/iu
const LINE_BREAK_CHARACTER = /[\n\r]/

/**
 * The text wink reads: paragraphs are made a blank line apart, `\n\n`, the only break wink ends a
 * sentence at. It reads on across a single line break (a CMS export without blank lines, where
 * every line is a paragraph) and across Windows' `\r\n\r\n`, so a heading, the items of a list
 * and the next line became one sentence, and every part got its average sentiment (*Here are the
 * key takeaways:* and the three items under it all read +0.36). Not where a sentence is
 * hard-wrapped across lines: before a line that opens in lower case, or after one that ends on
 * *the*, *of*, *and* …. Only whitespace between paragraphs changes: the walk finds the same tokens.
 */
function withParagraphBreaks (normalized: string, paragraphs: Range[]): string {
  let read = ''
  let copied = 0
  for (let k = 0; k + 1 < paragraphs.length; k++) {
    const end = paragraphs[k].end
    const nextStart = paragraphs[k + 1].start
    // (A gap is whitespace only: paragraphs are trimmed.)
    const gap = normalized.slice(end, nextStart)
    if (gap.includes('\n\n') || !LINE_BREAK_CHARACTER.test(gap)) continue
    // (*Donald Trump regularly⏎incites⏎political violence*: a line that opens in lower case goes on a hard-wrapped sentence.)
    // (*Russian Tsar Peter the⏎Great*: nor after a word no line of its own ends on.)
    if (LOWER_CASE_START.test(normalized.slice(nextStart, nextStart + 2)) || WRAPPED_LINE_END.test(normalized.slice(Math.max(0, end - 6), end))) continue
    read += normalized.slice(copied, end) + '\n\n'
    copied = nextStart
  }
  return copied === 0 ? normalized : read + normalized.slice(copied)
}

/** How far past the expected place the walk looks for a token whose value wink rewrote. */
const REWRITE_WINDOW = 64

/**
 * Tokenizes a whole text with one `readDoc` and hands back each paragraph's tokens and
 * sentences (one call per text, not per paragraph: wink's fixed cost per call adds up). A wink
 * sentence that runs across a paragraph break (a headline without a full stop, a CMS line) is
 * cut at the break; both parts keep that sentence's sentiment. Offsets index `text`, plus
 * `offset`.
 */
export function tokenizeParagraphs (text: string, paragraphs: Range[], offset = 0, normalized = normalizeForWink(text)): TokenizedParagraph[] {
  // The walk reads the same normalised copy wink read (same length, so offsets index `text`):
  // a U+2028 that wink saw as a line break is a line break to the walk too.
  const doc = nlp.readDoc(withParagraphBreaks(normalized, paragraphs))
  const tokens = doc.tokens()
  const out = tokens.out as Out
  const ids = out(its.uniqueId) as number[]
  const contracted = out(its.contractionFlag) as boolean[]
  const tags = out(its.pos) as string[]
  const sentenceOfToken = new Int32Array(ids.length)
  warmedLength = warmLexemes(ids)
  // Collection `out` rather than `each`: `each` builds an item object with a dozen closures per sentence.
  const sentenceOut = doc.sentences().out as Out
  const spans = sentenceOut(its.span) as Array<[number, number]>
  const sentiments = sentenceOut(its.sentiment) as number[]
  for (let index = 0; index < spans.length; index++) sentenceOfToken.fill(index, spans[index][0], spans[index][1] + 1)

  const results: TokenizedParagraph[] = paragraphs.map(() => ({ tokens: [], sentences: [] }))
  // The wink sentence each paragraph's last sentence came from: a new one starts a new sentence.
  const lastWinkSentence = new Int32Array(paragraphs.length).fill(-1)
  let paragraphIndex = 0
  let cursor = 0
  // A line break inside a paragraph since the last kept token (see opensLine).
  let afterLineBreak = false
  // Sentences cut at a line break inside one wink sentence, whose sentiment may be read again (see below).
  const cutAtLine: Array<{ paragraph: number, sentence: number, winkSentence: number }> = []
  for (let i = 0; i < ids.length; i++) {
    // A contraction's part (*ca|n't*) has its own normal form and lemma: not shared with its lexeme.
    const lexeme = contracted[i] ? describe(tokens, i) : lexemeOf(ids[i], tokens, i)
    // (A line break is whitespace, which the next token's walk steps over: its own value need not be found.)
    if (lexeme.isLineBreak) {
      afterLineBreak = true
      continue
    }
    const value = lexeme.value
    // Tokens follow each other separated only by whitespace (after the same-length clean-up).
    let start = cursor
    while (start < normalized.length && isWhitespaceAt(normalized, start)) start++
    if (normalized.startsWith(value, start) === false) {
      // wink rewrote or skipped something: find the value a little further on (bounded, so a
      // value that never turns up costs no scan to the end of the text).
      const found = normalized.slice(cursor, start + value.length + REWRITE_WINDOW).indexOf(value)
      if (found === -1) continue
      start = cursor + found
    }
    cursor = start + value.length
    while (paragraphIndex < paragraphs.length && paragraphs[paragraphIndex].end <= start) paragraphIndex++
    const paragraph = paragraphs[paragraphIndex]
    if (paragraph === undefined || start < paragraph.start) continue
    const normal = lexeme.normal
    const key = keyFor(lexeme, tags[i], tokens, i)
    const lemma = key.lemma
    const { tokens: kept, sentences } = results[paragraphIndex]
    const winkSentence = sentenceOfToken[i]
    const lineOpens = afterLineBreak && kept.length > 0 && opensLine(kept[kept.length - 1], value)
    afterLineBreak = false
    if (lineOpens && lastWinkSentence[paragraphIndex] === winkSentence) {
      // (*16:42 GMT / Kallas: Russia is not serious about peace / The EU's foreign policy chief …*: a
      // live page's time stamp, heading and entry are lines of their own, which wink reads as one sentence.)
      if (cutAtLine.length < MAX_LINE_CUTS) {
        if (cutAtLine.at(-1)?.paragraph !== paragraphIndex || cutAtLine.at(-1)?.sentence !== sentences.length - 1) cutAtLine.push({ paragraph: paragraphIndex, sentence: sentences.length - 1, winkSentence })
        cutAtLine.push({ paragraph: paragraphIndex, sentence: sentences.length, winkSentence })
      }
      sentences.push({ start: offset + start, end: offset + cursor, firstToken: kept.length, lastToken: kept.length, sentiment: sentiments[winkSentence], headline: undefined, words: new Int32Array(WORD_SET_INTS) })
    } else if (lastWinkSentence[paragraphIndex] !== winkSentence) {
      lastWinkSentence[paragraphIndex] = winkSentence
      // wink ends a sentence after *Sen. Bernie Sanders (I-Vt.)* or *the U.S.*; a new sentence
      // that starts in lower case after no sentence-final mark is the same sentence going on.
      const previousToken = kept[kept.length - 1]
      // (*Robert Menendez (D-N.J.) said*: wink also breaks inside a state abbreviation, after *N.*)
      const insideAbbreviation = previousToken?.normal === '.' && kept[kept.length - 2]?.normal.length === 1 && INITIAL_GOES_ON.test(value)
      // (*NSA Director Adm. Michael Rogers*: and after some titles.)
      const afterTitle = previousToken?.normal === '.' && TITLES.has(kept[kept.length - 2]?.normal ?? '') && /^\p{Lu}/u.test(value)
      // (*Sen. Claire McCaskill (D-Mo.), who …*: no sentence opens with a comma.)
      const cannotOpen = NEVER_OPENS_SENTENCE.has(value)
      // (*MOSCOW, June 11. /TASS/. Kremlin spokesman …*: an agency's dateline, which wink ends at its
      // full stops, opens the first sentence, as *MOSCOW (Reuters) —* does.)
      const afterDateline = sentences.length === 1 && isAgencyDateline(text, sentences[0], offset)
      if (previousToken !== undefined && ((!SENTENCE_FINAL.has(previousToken.normal) && LOWER_CASE_START.test(value)) || insideAbbreviation || afterTitle || cannotOpen)) {
        const continued = sentences[sentences.length - 1]
        continued.sentiment = (continued.sentiment + sentiments[winkSentence]) / 2
      } else if (afterDateline) {
        sentences[0].sentiment = sentiments[winkSentence]
      } else {
        sentences.push({ start: offset + start, end: offset + cursor, firstToken: kept.length, lastToken: kept.length, sentiment: sentiments[winkSentence], headline: undefined, words: new Int32Array(WORD_SET_INTS) })
      }
    }
    const sentence = sentences[sentences.length - 1]
    sentence.end = offset + cursor
    const isWord = lexeme.isWord
    // wink's lexeme cache sometimes learns a possessive as one word, after which *Clinton's* stays
    // one token in every later text (shared/wink-nlp.md); split it the way wink first did, so the
    // same text always gives the same tokens.
    const possessive = lexeme.isPossessive
    if (possessive) {
      const baseEnd = offset + cursor - 2
      const baseNormal = normal.slice(0, -2)
      const baseKey = wordKey(tags[i] === 'PROPN' || lemma === normal ? baseNormal : lemma, wordBit(baseNormal))
      addWord(sentence.words, baseKey.normalBit)
      addWord(sentence.words, baseKey.lemmaBit)
      addWord(sentence.words, POSSESSIVE_S_KEY.lemmaBit)
      kept.push({ start: offset + start, end: baseEnd, normal: baseNormal, lemma: baseKey.lemma, pos: tags[i], isWord, isQuote: false, sentence: sentences.length - 1, key: baseKey })
      kept.push({ start: baseEnd, end: offset + cursor, normal: "'s", lemma: "'s", pos: 'PART', isWord: false, isQuote: false, sentence: sentences.length - 1, key: POSSESSIVE_S_KEY })
    } else {
      addWord(sentence.words, lexeme.normalBit)
      addWord(sentence.words, key.lemmaBit)
      kept.push({
        start: offset + start,
        end: offset + cursor,
        normal,
        lemma,
        pos: tags[i],
        isWord,
        isQuote: lexeme.isQuote,
        sentence: sentences.length - 1,
        key
      })
    }
    sentence.lastToken = kept.length
  }
  // Only a negative wink sentence cut into a short line and the rest (a time stamp or a heading, then
  // the entry) is read again, where a heading's mood would otherwise make its entry hostile; other
  // parts keep their sentence's sentiment (one more `readDoc` costs about a millisecond whatever its
  // length: a newsletter of one-line entries read 30 % slower with every cut sentence read again).
  const withShortLine = new Set<string>()
  for (const { paragraph, sentence, winkSentence } of cutAtLine) {
    const part = results[paragraph].sentences[sentence]
    if (part.lastToken - part.firstToken <= SHORT_LINE_TOKENS && sentiments[winkSentence] <= HOSTILE_SENTIMENT) withShortLine.add(`${paragraph}:${winkSentence}`)
  }
  // All in one `readDoc`, the parts a blank line apart (wink's own sentence break): its fixed cost per
  // call, not the words, was most of the price. If wink reads them into another number of sentences,
  // the parts keep their sentence's sentiment.
  const reread = cutAtLine.filter(({ paragraph, winkSentence }) => withShortLine.has(`${paragraph}:${winkSentence}`)).map(({ paragraph, sentence }) => results[paragraph].sentences[sentence])
  if (reread.length > 0) {
    const partSentiments = (nlp.readDoc(reread.map((part) => normalized.slice(part.start - offset, part.end - offset).replace(/\s+/g, ' ')).join('\n\n')).sentences().out as Out)(its.sentiment) as number[]
    if (partSentiments.length === reread.length) reread.forEach((part, k) => { part.sentiment = partSentiments[k] })
  }
  for (const paragraph of results) retagNameParts(text, paragraph, offset)
  return results
}

/**
 * Sentence sentiment at or below which naming a state's adversary counts as hostile portrayal
 * (framing.ts); a sentence this negative that a line break cuts has its parts' sentiment read again.
 */
export const HOSTILE_SENTIMENT = -0.1
/** A line this short (in tokens) is a time stamp, a heading or a label, not an entry of its own. */
const SHORT_LINE_TOKENS = 12
/** At most this many sentences cut at line breaks are kept for their sentiment to be read again (bounds the one `readDoc`). */
const MAX_LINE_CUTS = 400
/** *MOSCOW, June 11.*, *MOSCOW, June 11. /TASS/.*: a city in capitals, a date and an agency in slashes, nothing else. */
const AGENCY_DATELINE_BODY = String.raw`\p{Lu}[\p{Lu} .'’-]*\p{Lu},\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2}\.(?:\s*\/\s*\p{Lu}[\p{L}-]*\s*\/\.?)?`
const AGENCY_DATELINE = new RegExp(`^${AGENCY_DATELINE_BODY}$`, 'u')
/** The same dateline opening a text, with the space after it (attribution leaves it out of what was said). */
export const AGENCY_DATELINE_OPENING = new RegExp(`^${AGENCY_DATELINE_BODY}\\s+`, 'u')

/** Longer than this, a sentence is no dateline (the test that reads its text is not worth trying). */
const MAX_DATELINE_TOKENS = 12

function isAgencyDateline (text: string, sentence: Sentence, offset: number): boolean {
  return sentence.lastToken - sentence.firstToken <= MAX_DATELINE_TOKENS && AGENCY_DATELINE.test(text.slice(sentence.start - offset, sentence.end - offset))
}

/** Marks after which a line going on is the same sentence (*Clinton and Sanders face the voters in N.H.; \nHealth care …* is not). */
const LINE_GOES_ON = new Set([',', '-', '–', '—', '(', '/', '&'])
const OPENS_LINE = /^[\p{Lu}\d"“‘'*(\[•·–—-]/u

/** Whether a line starting with `value` after the kept token `previous` opens a sentence of its own: no full stop ended the line, and the new one starts as a sentence does. */
function opensLine (previous: Token, value: string): boolean {
  return !SENTENCE_FINAL.has(previous.normal) && !LINE_GOES_ON.has(previous.normal) && previous.pos !== 'CCONJ' && previous.pos !== 'ADP' && previous.pos !== 'DET' && OPENS_LINE.test(value)
}

/**
 * wink's tagger often calls a name part a verb (*Kelli Ward/VERB called*, *Ted/VERB Cruz*). A
 * capitalised word inside a sentence, next to a capitalised proper noun or alone between commas, is a name part — unless
 * the sentence is a title-case headline, where every word is capitalised.
 */
function retagNameParts (text: string, { tokens, sentences }: TokenizedParagraph, offset: number): void {
  const isTitleCase = (token: Token | undefined): boolean => token !== undefined && TITLE_CASE.test(text.slice(token.start - offset, token.end - offset))
  // *Mr.*, *Dr.* and initials are name parts too.
  const isNamePart = (token: Token | undefined): boolean => token?.pos === 'PROPN' && /^\p{Lu}/u.test(text.slice(token.start - offset, token.end - offset))
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]
    if (token.pos !== 'VERB' || token.sentence !== tokens[i - 1].sentence || !isTitleCase(token)) continue
    // (*Schilling's son, Grant, defended*: a capitalised word alone between commas is an appositive name.)
    const betweenCommas = tokens[i - 1].normal === ',' && tokens[i + 1]?.normal === ',' && tokens[i + 1].sentence === token.sentence
    if (!isNamePart(tokens[i - 1]) && !(isNamePart(tokens[i + 1]) && tokens[i + 1].sentence === token.sentence) && !betweenCommas) continue
    if (!isHeadline(text, tokens, sentences[token.sentence], offset)) token.pos = 'PROPN'
  }
}

/**
 * A sentence in title case (*Trump Praises Editor: ‘Very Good Reporter’*), where the tagger's word
 * classes are unreliable. Worked out once per sentence and kept on it: the tokenizer and the
 * attribution rules both ask, the rules once per cue.
 */
export function isHeadline (text: string, tokens: Token[], sentence: Sentence, offset = 0): boolean {
  sentence.headline ??= isTitleCaseHeadline(text, tokens, sentence, offset)
  return sentence.headline
}

function isTitleCaseHeadline (text: string, tokens: Token[], sentence: Sentence, offset: number): boolean {
  for (let i = sentence.firstToken; i < sentence.lastToken; i++) {
    const token = tokens[i]
    if (token.isWord && !HEADLINE_LOWER_CASE.has(token.normal) && /^\p{Ll}/u.test(text.slice(token.start - offset, token.end - offset))) return false
  }
  return true
}

/** Words a title-case headline leaves in lower case; any other lower-case word means running text. */
const HEADLINE_LOWER_CASE = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'vs', 'via', 'into', 'over'])

/** How many words a speaker label before a question may have (*Q:*, *Suhasini Haidar:*, *THE AMBASSADOR:*). */
const MAX_LABEL_WORDS = 3
const QUESTION_OPENERS = new Set(['how', 'what', 'why', 'who', 'when', 'where', 'which', 'did', 'does', 'do', 'will', 'would', 'can', 'could', 'should', 'is', 'are', 'was', 'were', 'has', 'have'])

/**
 * A direct question (*What did the energy shock cost Europe?*, *“But will Moscow agree?”*): it
 * reports no statement and portrays nobody, so the attribution and framing rules both set it aside.
 * A speaker label, leading quotes and a leading *so*, *but* or *and* are read through, as are closing quotes.
 */
export function isQuestion (tokens: Token[], sentence: Sentence): boolean {
  let first = sentence.firstToken
  // (*Q: Is a Russian attack on a NATO member conceivable?*: a speaker label before the question.)
  for (let colon = first; colon < Math.min(sentence.lastToken, first + MAX_LABEL_WORDS + 1); colon++) {
    if (tokens[colon].normal === ':') { first = colon + 1; break }
    // (Not *A reporter asked: Did they …?*, which reports the question.)
    if (!tokens[colon].isWord || tokens[colon].pos === 'VERB' || tokens[colon].pos === 'AUX') break
  }
  while (first < sentence.lastToken && (tokens[first].isQuote || tokens[first].normal === 'so' || tokens[first].normal === 'but' || tokens[first].normal === 'and')) first++
  let last = sentence.lastToken - 1
  while (last > first && tokens[last].isQuote) last--
  return tokens[last]?.normal === '?' && QUESTION_OPENERS.has(tokens[first]?.normal ?? '')
}

/** One paragraph on its own; `offset` is where it starts in the submitted text. */
export function tokenizeParagraph (paragraph: string, offset: number): TokenizedParagraph {
  return tokenizeParagraphs(paragraph, [{ start: 0, end: paragraph.length }], offset)[0]
}

/** Splits a lexicon pattern word the way wink tokenizes it in running text (`Russia's` → russia, 's). */
export function splitWord (word: string): Array<{ normal: string, lemma: string }> {
  const tokens = nlp.readDoc(word).tokens()
  const out = tokens.out as Out
  const normals = out(its.normal) as string[]
  const lemmas = out(its.lemma) as string[]
  const types = out(its.type) as string[]
  const parts: Array<{ normal: string, lemma: string }> = []
  for (let i = 0; i < normals.length; i++) {
    if (types[i] === 'tabCRLF') continue
    parts.push({ normal: fold(normals[i]), lemma: fold(lemmas[i] ?? normals[i]) })
  }
  return parts
}
