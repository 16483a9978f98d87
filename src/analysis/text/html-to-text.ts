/**
 * HTML → plain text by block elements, with htmlparser2 (https://github.com/fb55/htmlparser2),
 * which never throws on malformed markup. Each block's text becomes one paragraph (blocks are
 * joined by blank lines); inline markup is dropped, entities are decoded, whitespace collapses
 * as a browser would (except in <pre>), and non-article elements are removed. Every paragraph
 * remembers the element it came from and that element's position in the source HTML.
 */
import { parseDocument } from 'htmlparser2'
import type { ChildNode, Element } from 'domhandler'

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

export function htmlToText (html: string): ExtractedText {
  const document = parseDocument(html, { withStartIndices: true, withEndIndices: true, decodeEntities: true })
  let text = ''
  const blocks: HtmlBlock[] = []
  let buffer = ''
  const open: Element[] = []

  const flush = () => {
    const content = trimHtmlSpace(buffer)
    buffer = ''
    if (!/\S/.test(content)) return
    const owner = open.at(-1)
    if (text.length > 0) text += BLOCK_SEPARATOR
    const start = text.length
    text += content
    blocks.push({
      start,
      end: text.length,
      tag: owner?.name ?? '#document',
      sourceStart: owner?.startIndex ?? 0,
      sourceEnd: owner?.endIndex === undefined || owner.endIndex === null ? html.length : owner.endIndex + 1
    })
  }

  const inPre = () => open.some((element) => element.name === 'pre')

  const walk = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        buffer += inPre() ? node.data.replace(/\r\n?/g, '\n').replace(/\n{2,}/g, '\n') : node.data.replace(/[ \t\n\r\f]+/g, ' ')
      } else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
        const element = node as Element
        const name = element.name.toLowerCase()
        if (REMOVED.has(name)) continue
        if (name === 'br') { buffer += '\n'; continue }
        if (BLOCKS.has(name)) {
          flush()
          open.push(element)
          walk(element.children)
          flush()
          open.pop()
        } else {
          walk(element.children)
        }
      } else if (node.type === 'root' || node.type === 'cdata') {
        walk((node as unknown as { children: ChildNode[] }).children)
      }
    }
  }
  walk(document.children)
  flush()
  return { text, blocks }
}
