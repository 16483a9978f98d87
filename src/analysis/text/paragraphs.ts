/**
 * Paragraph segmentation by DESIGN.md: blank lines separate paragraphs; a text without
 * interior blank lines (a CMS export) splits at every line break. Paragraph spans are
 * trimmed, so leading/trailing and whitespace-only lines never make empty paragraphs.
 */

export interface ParagraphSpan {
  start: number
  end: number
}

const LINE_BREAK = /\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]/g
/** Whitespace in the broad sense: JS `\s` (which includes NBSP, BOM, U+2028…) plus U+0085. */
const BLANK = /^[\s\u0085]*$/
const LEADING_BLANK = /^[\s\u0085]+/
const TRAILING_BLANK = /[\s\u0085]+$/

interface Line { start: number, end: number, blank: boolean }

function splitLines (text: string): Line[] {
  const lines: Line[] = []
  let lineStart = 0
  for (const lineBreak of text.matchAll(LINE_BREAK)) {
    const end = lineBreak.index
    lines.push({ start: lineStart, end, blank: BLANK.test(text.slice(lineStart, end)) })
    lineStart = end + lineBreak[0].length
  }
  lines.push({ start: lineStart, end: text.length, blank: BLANK.test(text.slice(lineStart)) })
  return lines
}

function trimmed (text: string, start: number, end: number): ParagraphSpan | undefined {
  const slice = text.slice(start, end)
  const lead = LEADING_BLANK.exec(slice)?.[0].length ?? 0
  if (lead === slice.length) return undefined
  const trail = TRAILING_BLANK.exec(slice)?.[0].length ?? 0
  return { start: start + lead, end: end - trail }
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
