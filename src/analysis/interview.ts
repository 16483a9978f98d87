/**
 * Interviews printed as questions and answers. In *Q: … / Sorokin: …* copy the speaker label
 * opens a turn that runs to the end of its paragraph and on through the paragraphs after it,
 * until the next label: everything in it is the interviewee's, so a narrative term there is
 * reported, not the publication's own (adopted). Outside an interview (no *Q:* label yet) a
 * label credits its own sentence only: *Lavrov: “We will respond.” Analysts were unconvinced.*
 */
import type { Attribution } from './types.js'

interface Span { start: number, end: number }

const QUESTION_LABEL = /^[\s"“*]*(?:Q|Question|QUESTION)\s*[:.]\s/

/** *Q: Ambassador, …*: the interviewer's question opens the paragraph. */
export function opensWithQuestionLabel (text: string, paragraph: Span): boolean {
  return QUESTION_LABEL.test(text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 16)))
}

/** The speaker label that opens a paragraph (*Sorokin: …*), found by the colon rule. */
export function openingSpeakerLabel (text: string, paragraph: Span, attributions: Attribution[]): Attribution | undefined {
  const first = attributions[0]
  if (first === undefined || first.entry !== 'colon' || first.cue.text !== ':') return undefined
  return /^[\s"“*]*$/.test(text.slice(paragraph.start, first.source.start)) ? first : undefined
}

/** Extends a turn's content to the end of `paragraph` (a turn's content starts after its label). */
export function continueTurn (turn: Attribution, paragraph: Span): void {
  turn.content = { start: turn.content?.start ?? turn.cue.end, end: paragraph.end }
}
