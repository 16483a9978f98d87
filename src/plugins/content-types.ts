/**
 * Request bodies Slant understands: application/json and text/plain (Fastify's own parsers,
 * https://fastify.dev/docs/latest/Reference/ContentTypeParser/) and text/html (parsed as a
 * string here, reduced to text in the worker), identity encoding only.
 * A compressed body would otherwise reach the parsers as bytes and be analysed as garbage.
 */
import fp from 'fastify-plugin'
import { ProblemError } from '../errors.js'

export default fp(async (fastify) => {
  fastify.addContentTypeParser('text/html', { parseAs: 'string' }, (_request, body, done) => done(null, body))
  fastify.addHook('onRequest', async (request) => {
    const encoding = request.headers['content-encoding']
    if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') {
      throw new ProblemError('SLANT_ERR_ENCODING', 'Only identity content encoding is supported; send the body uncompressed')
    }
  })
}, { name: 'content-types' })
