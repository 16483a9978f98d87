/**
 * Paragraph segmentation by DESIGN.md: blank lines separate paragraphs; a text without
 * interior blank lines (a CMS export) splits at every line break. Paragraph spans are
 * trimmed, so leading/trailing and whitespace-only lines never make empty paragraphs.
 */

import { isWhitespaceAt } from './normalize.js'

export interface ParagraphSpan {
  start: number
  end: number
}

const LINE_BREAK = /\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]/g

/**
 * Where the blank characters at the start (step 1) or end (step -1) of [start, end) stop. A scan,
 * not a regex: `/\s+$/` tries every start position, which is quadratic on a long interior run of
 * spaces (80,000 spaces before a word took 5 s).
 */
function skipBlank (text: string, from: number, to: number, step: 1 | -1): number {
  let i = from
  while (i !== to && isWhitespaceAt(text, step === 1 ? i : i - 1)) i += step
  return i
}

interface Line { start: number, end: number, blank: boolean }

function splitLines (text: string): Line[] {
  const lines: Line[] = []
  let lineStart = 0
  for (const lineBreak of text.matchAll(LINE_BREAK)) {
    const end = lineBreak.index
    lines.push({ start: lineStart, end, blank: skipBlank(text, lineStart, end, 1) === end })
    lineStart = end + lineBreak[0].length
  }
  lines.push({ start: lineStart, end: text.length, blank: skipBlank(text, lineStart, text.length, 1) === text.length })
  return lines
}

function trimmed (text: string, start: number, end: number): ParagraphSpan | undefined {
  const first = skipBlank(text, start, end, 1)
  if (first === end) return undefined
  return { start: first, end: skipBlank(text, end, first, -1) }
}

export function splitParagraphs (text: string): ParagraphSpan[] {
  const lines = splitLines(text)
  const firstText = lines.findIndex((line) => !line.blank)
  if (firstText === -1) return []
  let lastText = lines.length - 1
  while (lines[lastText].blank) lastText--
  const hasInteriorBlankLine = lines.slice(firstText, lastText + 1).some((line) => line.blank)

  const groups: Array<[number, number]> = []
  if (hasInteriorBlankLine) {
    let groupStart = -1
    for (let i = firstText; i <= lastText + 1; i++) {
      const line = lines[i]
      if (line !== undefined && !line.blank) {
        if (groupStart === -1) groupStart = line.start
        continue
      }
      if (groupStart !== -1) {
        groups.push([groupStart, lines[i - 1].end])
        groupStart = -1
      }
    }
  } else {
    for (let i = firstText; i <= lastText; i++) groups.push([lines[i].start, lines[i].end])
  }

  const paragraphs: ParagraphSpan[] = []
  for (const [start, end] of groups) {
    const span = trimmed(text, start, end)
    if (span !== undefined) paragraphs.push(span)
  }
  return paragraphs
}
