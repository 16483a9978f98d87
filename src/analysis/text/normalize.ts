/**
 * Same-length clean-up before wink-nlp reads a text. wink silently drops twelve whitespace
 * code points and is quadratic on long whitespace-free runs (see shared/wink-nlp.md), which
 * would break our offset walk and open a denial-of-service hole. Every replacement keeps the
 * UTF-16 length, so offsets computed on the cleaned text index the submitted text directly.
 */

/**
 * Whitespace code points wink drops without a trace, mapped to ones it keeps; and U+0085 (NEL),
 * which wink keeps inside a word although the paragraph splitter breaks lines at it — a token
 * would otherwise straddle two paragraphs (found by the offsets property test).
 */
const DROPPED_WHITESPACE = /[\u000B\u000C\u0085\u1680\u2000\u2001\u2006\u2007\u2008\u2028\u2029\u3000\uFEFF]/
const LINE_LIKE = new Set(['\u000B', '\u000C', '\u0085', '\u2028', '\u2029'])

/** Whitespace in the broad sense: JS `\s` (which includes NBSP, BOM, U+2028…) plus U+0085 (NEL). */
const WHITESPACE = /[\s\u0085]/

/** Whitespace at one position, without building a one-character string for the common ASCII cases. */
export function isWhitespaceAt (text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code === 32 || (code >= 9 && code <= 13)) return true
  return code > 127 && WHITESPACE.test(text[index])
}

/** Runs longer than this are blanked: no real word is this long, and wink's cost is quadratic in it. */
export const MAX_RUN_LENGTH = 256
const LONG_RUN = new RegExp(`\\S{${MAX_RUN_LENGTH + 1},}`, 'g')

/** A linear scan: is there a run of more than MAX_RUN_LENGTH non-space characters? (A cheap pre-check for LONG_RUN.) */
function mayHaveLongRun (text: string): boolean {
  let run = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // ASCII whitespace only: other spaces keep counting, so the exact regex decides those cases.
    if (code === 32 || code === 10 || code === 13 || code === 9) run = 0
    else if (++run > MAX_RUN_LENGTH) return true
  }
  return false
}

/**
 * Invisible word separators that are not whitespace to JavaScript or wink: U+200B (zero-width
 * space, a line-break hint between words) and U+180E. Read as spaces, or text joined by them is one
 * long "word" that the long-run guard blanks: an article could pass through the analysis unread.
 */
const INVISIBLE_SEPARATORS = /[\u200B\u180E]/

/**
 * Dashes that type the same mark as the em dash and en dash the rules read (*WASHINGTON ― …*, a
 * U+2015 horizontal bar in some wire feeds, was a capital acting, not a dateline).
 */
const DASH_VARIANTS = /[\u2015\u2012]/
const DASH_READ_AS: Record<string, string> = { '\u2015': '\u2014', '\u2012': '\u2013' }

/** The three kinds above in one pass over the text (their characters are disjoint). */
const CLEANED = new RegExp(`${DROPPED_WHITESPACE.source}|${INVISIBLE_SEPARATORS.source}|${DASH_VARIANTS.source}`, 'g')

function cleanCharacters (text: string): string {
  return text.replace(CLEANED, (ch) => DASH_READ_AS[ch] ?? (LINE_LIKE.has(ch) ? '\n' : ' '))
}

export interface PreparedText {
  /** The same-length copy wink reads. */
  normalized: string
  /**
   * The runs blanked in it (longer than MAX_RUN_LENGTH without whitespace: links, encoded data,
   * unspaced scripts), as offsets into the text: reported in the result, since nothing accepted
   * may go unanalysed silently.
   */
  unread: Array<{ start: number, end: number }>
}

export function prepareForWink (text: string): PreparedText {
  const cleaned = cleanCharacters(text)
  if (!mayHaveLongRun(cleaned)) return { normalized: cleaned, unread: [] }
  const unread: PreparedText['unread'] = []
  const normalized = cleaned.replace(LONG_RUN, (run: string, start: number) => {
    unread.push({ start, end: start + run.length })
    return ' '.repeat(run.length)
  })
  return { normalized, unread }
}

export function normalizeForWink (text: string): string {
  return prepareForWink(text).normalized
}
