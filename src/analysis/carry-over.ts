/**
 * What a paragraph's attributions carry into the paragraphs after it. Slant reads one paragraph at
 * a time, but news copy does not keep a statement inside one:
 * - *The minister said:* closing a paragraph introduces the next one, which is its content;
 * - an interview or transcript turn (interview.ts) runs from its speaker label to the next label;
 * - a quotation left open at a paragraph's end goes on in the next paragraph that reopens it;
 * - in a Q&A printed without labels, an interviewer's question opens the answer that follows,
 *   which runs to the next question and belongs to the person the introduction presents; so does
 *   an *A:* label after *Q:* labels, and a role label (*AMBASSADOR:*) names that person;
 * - *he* and *she* look back at the previous paragraph's sources, a bare surname at every
 *   source named in full so far.
 * The carried attributions stay listed where their cue is; the paragraphs they run into use them
 * for voice and for the attribution score.
 */
import type { Sentence, Token } from './nlp/wink.js'
import type { QuoteRegion } from './quotes.js'
import type { Attribution, SourceSpan } from './types.js'
import { answerLabel, bareQuestionParagraphs, continueTurn, isEditorsNote, isTranscript, openingSpeakerLabel, opensWithQuestionLabel } from './interview.js'
import { datelineEnd, FULL_TEXT_ENTRY } from './attribution.js'


interface Span { start: number, end: number }

/** How many earlier multi-word sources a document keeps for surname look-ups (attribution.ts reads the last 100). */
const MAX_NAMED_EARLIER = 100

export class CarryOver {
  /** Sources of the previous paragraph, for *he*, *she*, *it*. */
  earlierSources: SourceSpan[] = []
  /** Sources of several words named so far, for a later bare surname. */
  namedEarlier: SourceSpan[] = []
  /** Labels open turns: a *Q:* label came before, or the text reads as a transcript. */
  interview: boolean
  private introducing: Attribution | undefined
  /** A document printed in full after its notice, whose content runs on until a heading or a dateline ends it. */
  private document: Attribution | undefined
  private documentHasProse = false
  private turn: Attribution | undefined
  private question = false
  private openQuote: Attribution | undefined
  /** The statement the previous paragraph ended on (its last sentence's), which a paragraph of quotation alone goes on with. */
  private closingStatement: Attribution | undefined
  private continued: Attribution | undefined
  private stillOpen = false
  /** Paragraph indexes of a label-less Q&A's questions (empty in any other text). */
  private readonly bareQuestions: Set<number>
  private readonly firstBareQuestion: number
  /** Index of the first paragraph opening with a *Q:* label, or -1. */
  private readonly firstQuestionLabel: number
  private interviewee: SourceSpan | undefined
  private answer: Attribution | undefined
  private index = -1

  constructor (private readonly text: string, private readonly paragraphs: Span[]) {
    this.interview = isTranscript(text, paragraphs)
    this.bareQuestions = this.interview ? new Set() : bareQuestionParagraphs(text, paragraphs)
    // (Found in paragraph order: the first is the smallest.)
    this.firstBareQuestion = this.bareQuestions.values().next().value ?? -1
    this.firstQuestionLabel = paragraphs.findIndex((paragraph) => opensWithQuestionLabel(text, paragraph))
  }

  /** Before the paragraph's own attributions are found. */
  enter (paragraph: Span): void {
    this.index++
    if (this.introducing !== undefined) this.introducing.content = { start: paragraph.start, end: paragraph.end }
    // (*Reactions*, *NEW DELHI (Reuters) - …*: a heading after the document's prose, or a dateline, ends it.)
    if (this.document !== undefined) {
      const body = this.text.slice(paragraph.start, paragraph.end)
      const prose = /[.!?…"”]\s*$/.test(body)
      // (A wire dateline, *NEW DELHI (Reuters) -*, *MOSCOW, Nov 14 —*: the outlet's own copy again.)
      if ((!prose && this.documentHasProse) || datelineEnd(this.text, paragraph.start) > paragraph.start || isEditorsNote(this.text, paragraph)) this.document = undefined
      else {
        this.document.content = { start: this.document.content?.start ?? paragraph.start, end: paragraph.end }
        this.documentHasProse ||= prose
      }
    }
    this.question = opensWithQuestionLabel(this.text, paragraph)
    if (this.question) this.interview = true
  }

  /** Whose turn an unlabelled paragraph goes on with in a transcript or a Q&A (the answer's speaker), for its *I* and *we*. */
  get turnSpeaker (): SourceSpan | undefined {
    return this.turn?.source ?? (this.bareQuestions.has(this.index) ? undefined : this.answer?.source)
  }

  /** In a label-less Q&A's introduction (after the headline, before the first question) until the interviewee is found. */
  get seeksInterviewee (): boolean {
    return this.interviewee === undefined && ((this.index > 0 && this.index < this.firstBareQuestion) || this.index < this.firstQuestionLabel)
  }

  introduce (person: SourceSpan | undefined): void { this.interviewee = person }

  /**
   * At a label-less Q&A's question: the interviewee's answer, cued by the question (its last
   * sentence) and running into the next paragraph; listed with the question's attributions.
   */
  answerOpenedBy (tokens: Token[], sentences: Sentence[]): Attribution | undefined {
    if (!this.bareQuestions.has(this.index)) return undefined
    this.answer = undefined
    const question = sentences.at(-1)
    const next = this.paragraphs[this.index + 1]
    if (this.interviewee === undefined || question === undefined || next === undefined || tokens.length === 0) return undefined
    const cueStart = tokens[question.firstToken].start
    const cueEnd = tokens[question.lastToken - 1].end
    this.answer = {
      cue: { start: cueStart, end: cueEnd, text: this.text.slice(cueStart, cueEnd) },
      source: { ...this.interviewee },
      content: { start: next.start, end: next.end },
      entry: ANSWER_ENTRY
    }
    return this.answer
  }

  /**
   * In a Q&A with labels: an *A:* paragraph opens the interviewee's turn (listed with the
   * paragraph's attributions, running on to the next label), and a role label the interviewee's
   * title holds (*AMBASSADOR:* for *Russian Ambassador Denis Alipov*) refers to the interviewee.
   */
  labelledAnswer (paragraph: Span, attributions: Attribution[]): Attribution | undefined {
    if (!this.interview || this.interviewee === undefined) return undefined
    const label = openingSpeakerLabel(this.text, paragraph, attributions)
    if (label !== undefined) {
      const role = label.source.text.toLowerCase()
      if (label.source.refersTo === undefined && !/\s/.test(role) && this.interviewee.text.toLowerCase().split(/\s+/).includes(role)) {
        const { start, end, text, type, actor } = this.interviewee
        label.source.refersTo = { start, end, text }
        label.source.type = type
        if (actor !== undefined) label.source.actor = actor
      }
      return undefined
    }
    const cue = answerLabel(this.text, paragraph)
    if (cue === undefined || attributions.some((attribution) => attribution.cue.start <= cue.end)) return undefined
    this.turn = {
      cue: { start: cue.start, end: cue.end, text: this.text.slice(cue.start, cue.end) },
      source: { ...this.interviewee },
      content: { start: cue.end + 1, end: paragraph.end },
      entry: ANSWER_ENTRY
    }
    return this.turn
  }

  /** The attributions of earlier paragraphs whose content runs into this one (extended to cover it). */
  carriedInto (paragraph: Span, tokens: Token[], quotes: QuoteRegion[], attributions: Attribution[]): Attribution[] {
    const label = openingSpeakerLabel(this.text, paragraph, attributions)
    const editorsNote = isEditorsNote(this.text, paragraph)
    // (A turn this paragraph opens, its label or its *A:*, is listed with its attributions, not carried into it.)
    const openedHere = this.turn !== undefined && attributions.includes(this.turn)
    if (this.question || editorsNote || (!openedHere && this.turn?.entry === ANSWER_ENTRY && opensWithOwnSource(this.text, paragraph, attributions))) this.turn = undefined
    else if (label !== undefined) this.turn = this.interview ? label : undefined
    if (this.turn !== undefined) continueTurn(this.turn, paragraph)
    // (*Question (Ananya Rao, Eastern Herald): A follow-up. … What is the government's response?*: the
    // questioner's label asks the whole paragraph, though it opens no turn.)
    else if (this.question && label !== undefined) continueTurn(label, paragraph)
    if (label !== undefined || editorsNote) this.answer = undefined
    if (this.answer !== undefined && opensWithOwnSource(this.text, paragraph, attributions)) this.answer = undefined
    const answer = this.bareQuestions.has(this.index) ? undefined : this.answer
    if (answer !== undefined) continueTurn(answer, paragraph)
    const reopened = this.openQuote === undefined ? undefined : quoteReopening(tokens, quotes, attributions)
    this.continued = reopened === undefined ? undefined : this.openQuote
    if (this.continued !== undefined && reopened !== undefined) {
      this.continued.content = { start: this.continued.content?.start ?? reopened.start, end: reopened.close >= tokens.length ? paragraph.end : reopened.end }
      // (The part after the tag runs on with it.)
      const lastPart = this.continued.contentParts?.at(-1)
      if (lastPart !== undefined) lastPart.end = this.continued.content.end
    }
    this.stillOpen = reopened !== undefined && reopened.close >= tokens.length
    // (*… the spokeswoman said Brussels was "shooting itself in the foot". ¶ "Every new package hits
    // Europe harder. …"*: a paragraph that is one quotation, with no tag of its own, right after a
    // paragraph that ended on a statement, goes on with that speaker, as wire copy writes it.)
    if (this.continued === undefined && this.closingStatement !== undefined && attributions.length === 0 && wholeQuotation(tokens, quotes)) {
      this.continued = this.closingStatement
      const said = this.continued.content
      const quotation = { start: quotes[0].start, end: paragraph.end }
      // (*"… is a lie," the minister said. ¶ "…"*: the tag between the two stays out of what was said.)
      if (said !== undefined && said.end <= Math.min(this.continued.cue.start, this.continued.source.start)) this.continued.contentParts = [...(this.continued.contentParts ?? [said]), quotation]
      this.continued.content = { start: said?.start ?? quotation.start, end: paragraph.end }
      this.stillOpen = quotes[0].close >= tokens.length
    }
    return [this.introducing, this.turn !== undefined && attributions.includes(this.turn) ? undefined : this.turn, answer, this.continued, this.document].filter((attribution) => attribution !== undefined)
  }

  /** After the paragraph: what it leaves open for the next. */
  leave (paragraph: Span, tokens: Token[], quotes: QuoteRegion[], attributions: Attribution[], carried: Attribution[]): void {
    const last = attributions.at(-1)
    const notice = attributions.find((attribution) => attribution.entry === FULL_TEXT_ENTRY && attribution.content === undefined)
    if (notice !== undefined) {
      this.document = notice
      this.documentHasProse = false
    }
    this.introducing = last !== undefined && last.content === undefined && endsWithColon(this.text, paragraph) &&
      /^[\s:]*$/.test(this.text.slice(last.cue.end, paragraph.end).replace(last.source.text, ''))
      ? last
      : undefined
    this.openQuote = leavesQuoteOpen(quotes, tokens, this.continued !== undefined && this.stillOpen ? [...attributions, this.continued] : attributions)
    this.closingStatement = statementClosing(tokens, attributions)
    // (A paragraph that only continues a speaker's statement keeps that speaker for the next one's *he*.)
    // (Not a document printed in full: its *they* are the people it names, not the document.)
    this.earlierSources = (attributions.length > 0 ? attributions : carried.filter((attribution) => attribution !== this.document)).map((attribution) => attribution.source).filter((source) => source.refersTo === undefined)
    for (const source of this.earlierSources) if (/\s/.test(source.text)) this.namedEarlier.push(source)
    if (this.namedEarlier.length > 2 * MAX_NAMED_EARLIER) this.namedEarlier = this.namedEarlier.slice(-MAX_NAMED_EARLIER)
  }
}

const ANSWER_ENTRY = 'interview-answer'

/**
 * *Analysts said the briefing reflected a balancing act.* after an answer: a paragraph that opens
 * with a source of its own (not the interviewee's *I* or *we*) is the narrator's again, so the
 * answer ends before it.
 */
function opensWithOwnSource (text: string, paragraph: Span, attributions: Attribution[]): boolean {
  const first = attributions[0]
  // (Someone who speaks: not *The special military operation goes on*, which the *go on* cue reads as a source.)
  if (first === undefined || first.entry === ANSWER_ENTRY || first.source.type === 'unspecified' || /^(?:I|we|We)$/.test(first.source.text)) return false
  return /^[\s"“]*$/.test(text.slice(paragraph.start, first.source.start))
}

/** Whether the paragraph's last visible character is a colon, without slicing the paragraph. */
function endsWithColon (text: string, span: Span): boolean {
  let i = span.end - 1
  while (i >= span.start && /\s/.test(text[i])) i--
  return text[i] === ':'
}

/** The last attribution whose content runs into a quotation the paragraph leaves open. */
function leavesQuoteOpen (quotes: QuoteRegion[], tokens: Token[], attributions: Attribution[]): Attribution | undefined {
  const last = quotes.at(-1)
  if (last === undefined || last.close < tokens.length) return undefined
  const statement = attributions.at(-1)
  return statement?.content !== undefined && statement.content.end > last.start ? statement : undefined
}

/** Speakers whose words a following paragraph of quotation can go on with: people, not documents or data. */
const SPEAKING_TYPES = new Set(['person', 'official', 'expert', 'critic', 'anonymous'])

/** The last attribution, when its statement (content or tag) reaches the paragraph's last sentence and a person made it. */
function statementClosing (tokens: Token[], attributions: Attribution[]): Attribution | undefined {
  const last = attributions.at(-1)
  const lastToken = tokens.at(-1)
  if (last === undefined || last.content === undefined || lastToken === undefined || !SPEAKING_TYPES.has(last.source.type)) return undefined
  let lastSentenceStart = tokens.length - 1
  while (lastSentenceStart > 0 && tokens[lastSentenceStart - 1].sentence === lastToken.sentence) lastSentenceStart--
  return Math.max(last.content.end, last.cue.end) > tokens[lastSentenceStart].start ? last : undefined
}

/** A paragraph that is one quotation: it opens on a quotation mark, and the quotation runs to its end (closed there or left open). */
function wholeQuotation (tokens: Token[], quotes: QuoteRegion[]): boolean {
  return quotes.length === 1 && quotes[0].open === 0 && quotes[0].close >= tokens.length - 2
}

/** A quotation opening the paragraph, before any cue of the paragraph's own: the previous speaker's quotation, reopened. */
function quoteReopening (tokens: Token[], quotes: QuoteRegion[], attributions: Attribution[]): QuoteRegion | undefined {
  const first = quotes[0]
  if (first === undefined || first.open !== 0) return undefined
  const sentenceEnd = tokens.findIndex((token) => token.sentence !== tokens[0].sentence)
  const firstSentenceEnd = sentenceEnd < 0 ? Infinity : tokens[sentenceEnd].start
  return attributions.some((attribution) => attribution.cue.start < firstSentenceEnd) ? undefined : first
}
