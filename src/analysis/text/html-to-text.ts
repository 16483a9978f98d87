/**
 * HTML → plain text by block elements, streamed through htmlparser2 (https://github.com/fb55/htmlparser2),
 * which never throws on malformed markup. Each block's text becomes one paragraph (blocks are
 * joined by blank lines); inline markup is dropped, entities are decoded, whitespace collapses
 * as a browser would (except in <pre>), and non-article elements are removed. Every paragraph
 * remembers the element it came from and that element's position in the source HTML.
 */
import { Parser } from 'htmlparser2'

export interface HtmlBlock {
  /** Character range of the block's text in the extracted text. */
  start: number
  end: number
  tag: string
  /** Position of the element in the submitted HTML (UTF-16 offsets, end exclusive). */
  sourceStart: number
  sourceEnd: number
}

export interface ExtractedText {
  text: string
  blocks: HtmlBlock[]
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'figcaption', 'td', 'th', 'pre',
  'div', 'section', 'article', 'main', 'header', 'dd', 'dt', 'caption', 'address', 'summary', 'body', 'html', 'ul', 'ol', 'table', 'tr', 'figure'])
const REMOVED = new Set(['script', 'style', 'nav', 'aside', 'footer', 'form', 'noscript', 'template', 'iframe', 'svg', 'button', 'select', 'head', 'menu', 'dialog'])
const BLOCK_SEPARATOR = '\n\n'

/**
 * How deep HTML may nest. The parser (htmlparser2 12) keeps its open elements with
 * `Array.unshift`, so each start tag costs the current depth: 100,000 nested tags took 2.1 s to
 * parse, a megabyte of them would take half a minute. Real pages nest a few dozen levels.
 */
export const MAX_HTML_NESTING = 10_000

/** Elements that never hold others or whose end tag may be left out: they do not deepen nesting. */
const NOT_NESTING = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'rt', 'rp', 'optgroup', 'option', 'colgroup', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'html', 'head', 'body'])

function isAsciiLetter (code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/**
 * Whether the HTML nests deeper than `limit`, by a linear scan of its tags (an upper estimate:
 * unclosed elements count as open; void and optional-end elements never do).
 */
export function nestsDeeperThan (html: string, limit: number): boolean {
  let depth = 0
  // Inside <svg> or <math>, `<path/>` closes itself; in HTML, `<div/>` opens a div like the parser does.
  let foreign = 0
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    const closing = html.charCodeAt(i + 1) === 47
    const nameStart = closing ? i + 2 : i + 1
    let nameEnd = nameStart
    while (nameEnd < html.length && (isAsciiLetter(html.charCodeAt(nameEnd)) || (nameEnd > nameStart && html.charCodeAt(nameEnd) >= 48 && html.charCodeAt(nameEnd) <= 57))) nameEnd++
    if (nameEnd === nameStart) continue
    const name = html.slice(nameStart, nameEnd).toLowerCase()
    if (NOT_NESTING.has(name)) continue
    const isForeignRoot = name === 'svg' || name === 'math'
    if (closing) {
      if (depth > 0) depth--
      if (isForeignRoot && foreign > 0) foreign--
      continue
    }
    if (foreign > 0) {
      const tagEnd = html.indexOf('>', nameEnd)
      if (tagEnd !== -1 && html.charCodeAt(tagEnd - 1) === 47) continue
    }
    if (isForeignRoot) foreign++
    if (++depth > limit) return true
  }
  return false
}

/** HTML's ASCII whitespace. */
function isHtmlSpace (code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12
}

/** Trims HTML whitespace with two scans (a `/\s+$/` regex is quadratic on a long interior run). */
function trimHtmlSpace (text: string): string {
  let start = 0
  let end = text.length
  while (start < end && isHtmlSpace(text.charCodeAt(start))) start++
  while (end > start && isHtmlSpace(text.charCodeAt(end - 1))) end--
  return start === 0 && end === text.length ? text : text.slice(start, end)
}

/** A block element while it is open: its paragraphs learn where it ends when it closes. */
interface OpenBlock {
  name: string
  sourceStart: number
  /** The paragraphs it owns, waiting for its end in the source. */
  blocks: HtmlBlock[]
}

/**
 * Streams the HTML through htmlparser2's tokenizer (no DOM: a megabyte of markup would build one
 * node per tag and text run, then walk them again). Each start and end tag is paired by the parser,
 * implied ones included, so the removed and preformatted elements can be counted open and closed.
 */
export function htmlToText (html: string): ExtractedText {
  let text = ''
  const blocks: HtmlBlock[] = []
  let buffer = ''
  const open: OpenBlock[] = []
  // Tags inside a removed element, itself included; a block's or text's events in there are skipped.
  let removedDepth = 0
  let openPre = 0
  // Which of the parser's open elements are blocks, so a closing tag knows what it closes.
  const isBlock: boolean[] = []

  const flush = () => {
    const content = trimHtmlSpace(buffer)
    buffer = ''
    if (!/\S/.test(content)) return
    const owner = open.at(-1)
    if (text.length > 0) text += BLOCK_SEPARATOR
    const start = text.length
    text += content
    const block: HtmlBlock = { start, end: text.length, tag: owner?.name ?? '#document', sourceStart: owner?.sourceStart ?? 0, sourceEnd: html.length }
    blocks.push(block)
    owner?.blocks.push(block)
  }

  const parser = new Parser({
    onopentag (name) {
      if (removedDepth > 0 || REMOVED.has(name)) {
        removedDepth++
        return
      }
      const block = BLOCKS.has(name)
      isBlock.push(block)
      if (name === 'br') buffer += '\n'
      else if (block) {
        flush()
        open.push({ name, sourceStart: parser.startIndex, blocks: [] })
        if (name === 'pre') openPre++
      }
    },
    ontext (data) {
      if (removedDepth > 0) return
      buffer += openPre > 0 ? data.replace(/\r\n?/g, '\n').replace(/\n{2,}/g, '\n') : data.replace(/[ \t\n\r\f]+/g, ' ')
    },
    onclosetag (_name, isImplied) {
      if (removedDepth > 0) {
        removedDepth--
        return
      }
      if (isBlock.pop() !== true) return
      flush()
      const closed = open.pop()!
      // An end tag left out ends the element before the tag that implies it (`<p>One<p>Two`), not
      // after it, as domhandler records it; at the end of the HTML, the parser stands past its end.
      const sourceEnd = isImplied ? Math.min(parser.startIndex, html.length) : parser.endIndex + 1
      for (const block of closed.blocks) block.sourceEnd = sourceEnd
      if (closed.name === 'pre') openPre--
    }
  }, { decodeEntities: true })
  parser.end(html)
  flush()
  return { text, blocks }
}
