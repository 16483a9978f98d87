/**
 * Request bodies Slant understands: application/json and text/plain (Fastify's own parsers,
 * https://fastify.dev/docs/latest/Reference/ContentTypeParser/) and text/html (parsed as a
 * string here, reduced to text in the worker), identity encoding and UTF-8 only.
 * A compressed body would otherwise reach the parsers as bytes and be analysed as garbage.
 */
import fp from 'fastify-plugin'
import { ProblemError } from '../errors.js'

/** The media type of a Content-Type header, lower-cased and without parameters (`Text/HTML; charset=UTF-8` → `text/html`). */
export function mediaType (header: string | undefined): string | undefined {
  return header?.split(';', 1)[0].trim().toLowerCase()
}

/** Charsets read as UTF-8 (ASCII is a subset of it). */
const UTF8_CHARSETS = new Set(['utf-8', 'utf8', 'us-ascii'])
const CHARSET_PARAMETER = /;\s*charset\s*=\s*"?([^";\s]+)"?/i

export default fp(async (fastify) => {
  fastify.addContentTypeParser('text/html', { parseAs: 'string' }, (_request, body, done) => done(null, body))
  fastify.addHook('onRequest', async (request) => {
    const encoding = request.headers['content-encoding']
    if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') {
      throw new ProblemError('SLANT_ERR_ENCODING', 'Only identity content encoding is supported; send the body uncompressed')
    }
    // Bodies are decoded as UTF-8: a UTF-16 or Latin-1 body would be analysed as garbage.
    const charset = CHARSET_PARAMETER.exec(request.headers['content-type'] ?? '')?.[1].toLowerCase()
    if (charset !== undefined && !UTF8_CHARSETS.has(charset)) {
      throw new ProblemError('SLANT_ERR_MEDIA_TYPE', `Only UTF-8 bodies are supported (charset=${charset.slice(0, 40)}); send charset=utf-8`)
    }
  })
}, { name: 'content-types' })
