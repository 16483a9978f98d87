/** POST /analyze: JSON `{text, id?, options?}` or a raw text/plain article. No NLP here. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { ProblemError } from '../errors.js'
import { problemResponses } from '../schemas/problem.js'
import underPressure, { type PressureOptions } from '../plugins/under-pressure.js'
import { AnalyzeRequestSchema, AnalyzeQuerySchema, type AnalyzeOptions, type AnalyzeRequest } from '../schemas/analyze-request.js'
import type { AnalyzeResponse } from '../schemas/analyze-response.js'

const NON_BLANK = /\S/

const analyze: FastifyPluginAsyncTypebox<PressureOptions> = async (fastify, options) => {
  await fastify.register(underPressure, options)
  fastify.post('/analyze', {
    // Refuse before reading the body when the queue is already full: rejecting stays cheap under overload.
    onRequest: async () => {
      if (fastify.analyzer.saturated()) throw new ProblemError('SLANT_ERR_OVERLOADED', 'All analysis workers are busy and the queue is full; retry shortly', { retryAfterSeconds: 1 })
    },
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
        ...problemResponses(400, 413, 415, 422, 500, 503)
      }
    }
  }, async (request): Promise<AnalyzeResponse> => {
    // Validated per content type by the schema above: a string for text/plain, an AnalyzeRequest for JSON.
    const body = request.body as string | AnalyzeRequest
    const input = typeof body === 'string'
      ? { text: body, format: request.headers['content-type']?.startsWith('text/html') === true ? 'html' as const : 'text' as const, id: request.query.id, options: {} as AnalyzeOptions }
      : { text: body.text, format: body.format ?? 'text', id: body.id, options: body.options ?? {} }
    if (!NON_BLANK.test(input.text)) throw new ProblemError('SLANT_ERR_TEXT_EMPTY', 'The text has no non-whitespace character')
    const started = performance.now()
    const result = await fastify.analyzer.run({ text: input.text, format: input.format })
    if (input.format === 'html' && result.paragraphs.length === 0) {
      throw new ProblemError('SLANT_ERR_NO_ARTICLE_TEXT', 'The HTML has no article text outside navigation, scripts, styles, forms and footers')
    }
    request.log.info({
      format: input.format,
      characters: result.document.characters,
      paragraphs: result.document.paragraphs,
      tokens: result.document.tokens,
      analysisMs: Math.round(performance.now() - started)
    }, 'analyzed')
    if (input.options.sentences === false) for (const paragraph of result.paragraphs) paragraph.sentences = []
    return input.id === undefined ? result : { id: input.id, ...result }
  })
}

export default analyze
