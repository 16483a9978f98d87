/** POST /analyze: JSON `{text, id?, options?}` or a raw text/plain article. No NLP here. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { problemResponses } from '../schemas/problem.js'
import { AnalyzeRequestSchema, AnalyzeQuerySchema, type AnalyzeRequest } from '../schemas/analyze-request.js'
import { clientGoneSignal, runAnalysis, type AnalysisInput } from './run-analysis.js'
import { mediaType } from '../plugins/content-types.js'

const analyze: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.post('/analyze', {
    // Refuse before reading the body when the queue is already full: rejecting stays cheap under overload.
    onRequest: async () => { fastify.analyzer.assertCapacity() },
    schema: {
      tags: ['analysis'],
      summary: 'Analyse one article: paragraphs, sentences, attributions, framing matches, scores and flags',
      querystring: AnalyzeQuerySchema,
      body: {
        content: {
          'application/json': { schema: AnalyzeRequestSchema },
          'text/plain': { schema: Type.String({ description: 'The raw article' }) },
          'text/html': { schema: Type.String({ description: 'An article page; reduced to text by block elements' }) }
        }
      },
      response: {
        200: { description: 'The analysis', $ref: 'AnalyzeResponse#' },
        ...problemResponses(400, 401, 413, 415, 422, 429, 500, 503)
      }
    }
  }, async (request, reply) => {
    // Validated per content type by the schema above: a string for text/plain and text/html, an AnalyzeRequest for JSON.
    const body = request.body as string | AnalyzeRequest
    const input: AnalysisInput = typeof body === 'string'
      ? { text: body, format: mediaType(request.headers['content-type']) === 'text/html' ? 'html' : 'text', id: request.query.id }
      : { text: body.text, format: body.format ?? 'text', id: body.id, options: body.options }
    const rendered = await runAnalysis(fastify, input, request.log, clientGoneSignal(reply.raw))
    // Already the AnalyzeResponse JSON, rendered in the worker: sent as is.
    return reply.type('application/json; charset=utf-8').send(rendered.json)
  })
}

export default analyze
