/**
 * Quotation regions of a paragraph. Curly and guillemet quotes say which side they are on;
 * straight quotes open when they follow whitespace or start the paragraph and close otherwise.
 * A quote left open runs to the end of the paragraph (news style continues a quote into the
 * next paragraph without closing it).
 */
import type { Token } from './nlp/wink.js'

export interface QuoteRegion {
  /** Token indices of the opening and closing marks (close = tokens.length when unclosed). */
  open: number
  close: number
  /** Character range of the quoted words, marks excluded. */
  start: number
  end: number
}

const OPENERS = new Set(['“', '‘', '«', '„', '‹'])
const CLOSERS = new Set(['”', '’', '»', '›'])
/** Which marks may close a region opened by a mark: an apostrophe ’ never closes a “ quote. */
const CLOSES: Record<string, string[]> = {
  '“': ['”', '"'], '‘': ['’', "'"], '«': ['»'], '„': ['“', '”'], '‹': ['›'], '"': ['"', '”'], "'": ["'", '’'], '``': ["''", '"']
}

function isOpening (text: string, token: Token, tokens: Token[], index: number): boolean {
  const mark = text.slice(token.start, token.end)
  if (OPENERS.has(mark)) return true
  if (CLOSERS.has(mark)) return false
  const before = index === 0 ? undefined : tokens[index - 1]
  return before === undefined || before.end < token.start || before.isQuote || /^[([{—–-]$/.test(before.normal)
}

/** Two adjacent apostrophes (`''`, common in wire and archive copy) are one double quotation mark. */
function isDoubledApostrophe (text: string, tokens: Token[], index: number): boolean {
  const next = tokens[index + 1]
  return next !== undefined && next.start === tokens[index].end && text[tokens[index].start] === "'" && tokens[index].end - tokens[index].start === 1 && text.slice(next.start, next.end) === "'"
}

export function findQuoteRegions (text: string, tokens: Token[]): QuoteRegion[] {
  const regions: QuoteRegion[] = []
  let open = -1
  let opener = ''
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (!token.isQuote || token.normal === "'s") continue
    const doubled = isDoubledApostrophe(text, tokens, i)
    const mark = doubled ? '"' : text.slice(token.start, token.end)
    if (open === -1) {
      if (isOpening(text, token, tokens, i)) {
        open = doubled ? i + 1 : i
        opener = mark
      }
      if (doubled) i++
      continue
    }
    if (!(CLOSES[opener] ?? [opener]).includes(mark)) {
      if (doubled) i++
      continue
    }
    regions.push({ open, close: i, start: token.start, end: token.end })
    open = -1
    if (doubled) i++
  }
  if (open !== -1) regions.push({ open, close: tokens.length, start: 0, end: 0 })
  for (const region of regions) {
    const first = tokens[region.open + 1]
    const last = tokens[region.close - 1]
    region.start = first !== undefined && region.open + 1 < region.close ? first.start : tokens[region.open].end
    region.end = last !== undefined && region.close - 1 > region.open ? last.end : region.start
  }
  return regions.filter((region) => region.end > region.start)
}

/**
 * Quotations inside a quotation (*"Russia's 'special military operation' is a war," he said*): the
 * marks of the other kind between a region's own, which `findQuoteRegions` passes over. Only these
 * one-level regions, and only for the scare-quote rule: every other rule reads the outer quotation.
 */
export function innerQuoteRegions (text: string, tokens: Token[], outer: QuoteRegion): QuoteRegion[] {
  const outerMark = text.slice(tokens[outer.open].start, tokens[outer.open].end)
  const inner: QuoteRegion[] = []
  let open = -1
  let opener = ''
  for (let i = outer.open + 1; i < Math.min(outer.close, tokens.length); i++) {
    const token = tokens[i]
    if (!token.isQuote || token.normal === "'s") continue
    const mark = text.slice(token.start, token.end)
    if ((CLOSES[outerMark] ?? [outerMark]).includes(mark) || mark === outerMark) continue
    if (open === -1) {
      if (isOpening(text, token, tokens, i)) { open = i; opener = mark }
      continue
    }
    if (!(CLOSES[opener] ?? [opener]).includes(mark)) continue
    if (i > open + 1) inner.push({ open, close: i, start: tokens[open + 1].start, end: tokens[i - 1].end })
    open = -1
  }
  return inner
}
