/**
 * Interviews and transcripts. In *Q: … / Sorokin: …* copy, or a debate transcript (*Ritika Sharma:
 * … / Vikrant Rathore: …*), the speaker label opens a turn that runs to the end of its paragraph
 * and on through the paragraphs after it, until the next label: everything in it is the
 * speaker's, so a narrative term there is reported, not the publication's own (adopted).
 * Elsewhere a label credits its own sentence only: *Lavrov: “We will respond.” Analysts were
 * unconvinced.* A Q&A printed without labels, its questions as paragraphs of their own, gives
 * each answer to the interviewee its introduction names.
 */
import type { Attribution } from './types.js'

interface Span { start: number, end: number }

const QUESTION_LABEL = /^[\s"“*]*(?:Q|Question|QUESTION)\s*(?:\([^)\n]{1,80}\)\s*)?[:.]\s/
/** How far into a paragraph a question label can reach (*Question (Ananya Rao, Eastern Herald):*). */
const QUESTION_LABEL_CHARS = 100

/** *Q: Ambassador, …*, *Question (Rohit Kapoor, News Network India): Sir, …*: the interviewer's question opens the paragraph. */
export function opensWithQuestionLabel (text: string, paragraph: Span): boolean {
  const opening = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + QUESTION_LABEL_CHARS))
  return (opening.includes(':') || opening.includes('.')) && QUESTION_LABEL.test(opening)
}

const ANSWER_LABEL = /^([\s"“*]*)((?:A|Answer|ANSWER)\s*[:.])\s/

/** *A: We are ready.*: the interviewee's answer opens the paragraph; where its label is (*A:*). */
export function answerLabel (text: string, paragraph: Span): Span | undefined {
  const opening = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 16))
  const label = ANSWER_LABEL.exec(opening)
  if (label === null) return undefined
  const start = paragraph.start + label[1].length
  return { start, end: start + label[2].length }
}

/** A speaker label opening a paragraph: one to six capitalised words, perhaps a parenthesis, and a colon (*Ritika Sharma:*, *Lt Gen Harbhajan Sandhu:*, *Q:*, *Q (Suhasini Haidar, The Hindu):*). */
const SPEAKER_LABEL = /^[\s"“*]*(?:\p{Lu}[\p{L}.'’()-]*\s+){0,5}\p{Lu}[\p{L}.'’()-]*\s*(?:\([^)\n]{1,80}\)\s*)?:\s/u
const LABEL_SCAN_CHARS = 60
/** How many paragraphs, and what share of them, must open with a label for a text to read as a transcript. */
const MIN_LABELLED_PARAGRAPHS = 3
const MIN_LABELLED_SHARE = 0.25

/**
 * A transcript or a Q&A printed with speaker labels (*Ritika Sharma: Good evening. …*): every
 * label opens a turn, as after a *Q:* label. A news story that quotes two people as
 * *Lavrov: “…”* is not one.
 */
export function isTranscript (text: string, paragraphs: Span[]): boolean {
  let labelled = 0
  for (const paragraph of paragraphs) {
    const opening = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + LABEL_SCAN_CHARS))
    if (opening.includes(':') && SPEAKER_LABEL.test(opening)) labelled++
  }
  return labelled >= MIN_LABELLED_PARAGRAPHS && labelled >= MIN_LABELLED_SHARE * paragraphs.length
}

/** The speaker label that opens a paragraph (*Sorokin: …*), found by the colon rule. */
export function openingSpeakerLabel (text: string, paragraph: Span, attributions: Attribution[]): Attribution | undefined {
  const first = attributions[0]
  if (first === undefined || first.entry !== 'colon' || first.cue.text !== ':') return undefined
  // (*Q (Suhasini Haidar, The Hindu):*: the speaker named inside the label's parenthesis.)
  // (*Question (Ananya Rao, Eastern Herald):*: in title case too.)
  return /^[\s"“*]*(?:\p{Lu}\p{L}*\s*\()?$/u.test(text.slice(paragraph.start, first.source.start)) ? first : undefined
}

/** *(The transcript has been edited for length.)*: an editor's note in brackets ends a turn. */
export function isEditorsNote (text: string, paragraph: Span): boolean {
  const first = text[paragraph.start]
  // (*This interview has been edited and condensed for clarity.*: unbracketed, in so many words.)
  return first === '(' || first === '[' || (paragraph.end - paragraph.start < MAX_NOTE_CHARS && EDITED_NOTICE.test(text.slice(paragraph.start, paragraph.end)))
}
const MAX_NOTE_CHARS = 200
const EDITED_NOTICE = /^(?:This|The) (?:interview|conversation|transcript|exchange) (?:has been|was|is) (?:lightly )?(?:edited|condensed|translated)\b/

/** Extends a turn's content to the end of `paragraph` (a turn's content starts after its label). */
export function continueTurn (turn: Attribution, paragraph: Span): void {
  turn.content = { start: turn.content?.start ?? turn.cue.end, end: paragraph.end }
}

/** A paragraph this long or longer is not an interviewer's question on its own. */
const MAX_QUESTION_CHARS = 320
/** How many bare question paragraphs, and what share of the paragraphs from the first of them on, make a Q&A. */
const MIN_BARE_QUESTIONS = 3
const MIN_BARE_QUESTION_SHARE = 0.2
/** What an introduction or an editor's note says of a Q&A (*In an interview with this newspaper*, *Edited excerpts:*). */
const INTERVIEW_NOTICE = /\b(?:interview(?:ed)?|conversation|spoke (?:to|with)|talked (?:to|with)|Q&A|edited (?:excerpts|for (?:length|clarity)))\b/i
const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’', "'", '«', '»'])

/**
 * *Should we take that at face value?* as a paragraph of its own: short, ending in a question
 * mark, at most two sentences, not a quotation and not labelled.
 */
function isBareQuestion (text: string, paragraph: Span): boolean {
  if (paragraph.end - paragraph.start >= MAX_QUESTION_CHARS) return false
  const body = text.slice(paragraph.start, paragraph.end).trim()
  if (!body.endsWith('?') || QUOTE_MARKS.has(body[0]) || (body.includes(':') && SPEAKER_LABEL.test(body))) return false
  const inner = body.slice(0, -1).match(/[.!?]\s/g)
  return inner === null || inner.length <= 1
}

/**
 * The paragraphs (by index) that are an interviewer's questions in a Q&A printed without labels:
 * at least three, each followed by an answer, and a fifth of the paragraphs from the first one on,
 * in a text whose introduction (or an editor's note) says it is an interview. The headline is never
 * one. A news story or an op-ed with rhetorical questions is not a Q&A: the set is empty.
 */
export function bareQuestionParagraphs (text: string, paragraphs: Span[]): Set<number> {
  const questions = new Set<number>()
  for (let i = 1; i < paragraphs.length - 1; i++) {
    if (isBareQuestion(text, paragraphs[i]) && !isBareQuestion(text, paragraphs[i + 1])) questions.add(i)
  }
  if (questions.size < MIN_BARE_QUESTIONS) return new Set()
  // (Found in paragraph order: the first is the smallest.)
  const [first] = questions
  if (questions.size < MIN_BARE_QUESTION_SHARE * (paragraphs.length - first)) return new Set()
  const introduction = text.slice(paragraphs[0].start, paragraphs[first].start)
  const lastParagraph = paragraphs[paragraphs.length - 1]
  const noticed = INTERVIEW_NOTICE.test(introduction) || (isEditorsNote(text, lastParagraph) && INTERVIEW_NOTICE.test(text.slice(lastParagraph.start, lastParagraph.end)))
  return noticed ? questions : new Set()
}
