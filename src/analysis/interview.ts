/**
 * Interviews and transcripts printed with speaker labels. In *Q: … / Sorokin: …* copy, or a
 * debate transcript (*Ritika Sharma: … / Vikrant Rathore: …*), the speaker label opens a turn
 * that runs to the end of its paragraph and on through the paragraphs after it, until the next
 * label: everything in it is the speaker's, so a narrative term there is reported, not the
 * publication's own (adopted). Elsewhere a label credits its own sentence only: *Lavrov: “We
 * will respond.” Analysts were unconvinced.*
 */
import type { Attribution } from './types.js'

interface Span { start: number, end: number }

const QUESTION_LABEL = /^[\s"“*]*(?:Q|Question|QUESTION)\s*[:.]\s/

/** *Q: Ambassador, …*: the interviewer's question opens the paragraph. */
export function opensWithQuestionLabel (text: string, paragraph: Span): boolean {
  const opening = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 16))
  return (opening.includes(':') || opening.includes('.')) && QUESTION_LABEL.test(opening)
}

/** A speaker label opening a paragraph: one to six capitalised words and a colon (*Ritika Sharma:*, *Lt Gen Harbhajan Sandhu:*, *Q:*). */
const SPEAKER_LABEL = /^[\s"“*]*(?:\p{Lu}[\p{L}.'’()-]*\s+){0,5}\p{Lu}[\p{L}.'’()-]*\s*:\s/u
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
  return /^[\s"“*]*$/.test(text.slice(paragraph.start, first.source.start)) ? first : undefined
}

/** *(The transcript has been edited for length.)*: an editor's note in brackets ends a turn. */
export function isEditorsNote (text: string, paragraph: Span): boolean {
  const first = text[paragraph.start]
  return first === '(' || first === '['
}

/** Extends a turn's content to the end of `paragraph` (a turn's content starts after its label). */
export function continueTurn (turn: Attribution, paragraph: Span): void {
  turn.content = { start: turn.content?.start ?? turn.cue.end, end: paragraph.end }
}
