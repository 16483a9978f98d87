/**
 * POST /analyze/batch: many documents in one call, one analysis or one problem per item, in
 * order; a bad item never fails its neighbours. JSON `{documents: [...]}` answers JSON;
 * NDJSON in (application/x-ndjson, one document per line) or `Accept: application/x-ndjson`
 * streams one result line per document as soon as it and all before it are done.
 * Items run through the worker pool with bounded concurrency so a batch does not flood the queue.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Readable } from 'node:stream'
import { Ajv } from 'ajv'
import pLimit from 'p-limit'
import { ProblemError, problem } from '../errors.js'
import { AnalyzeRequestSchema, type AnalyzeRequest } from '../schemas/analyze-request.js'
import { batchRequestSchema, BatchItemSchema, BatchResponseSchema } from '../schemas/batch.js'
import { problemResponses } from '../schemas/problem.js'
import { clientGoneSignal, runAnalysis } from './run-analysis.js'
import { mediaType } from '../plugins/content-types.js'

export interface BatchOptions {
  maxDocuments: number
  bodyLimitBytes: number
  /** Each document's limit: the same as one /analyze body's. */
  documentLimitBytes: number
  /**
   * The results one batch may hold, all items together. Items are analysed in parallel and their
   * results kept until sent (and until a slow NDJSON reader takes them); without a bound, a 16 MB
   * batch of many-paragraph documents held hundreds of megabytes. Items past it get a 413 problem.
   */
  resultLimitBytes: number
  concurrency: number
}
/** Longest client id echoed for an item that failed validation (the schema's own limit). */
const MAX_ECHOED_ID = 256

const NDJSON = 'application/x-ndjson'
/** Marks an NDJSON line that is not JSON, so only that item fails. */
const UNPARSABLE = Symbol('unparsable line')

/** Whether an Accept header asks for NDJSON (any case, and not with q=0). */
function acceptsNdjson (accept: string | undefined): boolean {
  if (accept === undefined) return false
  return accept.split(',').some((range) => {
    const [type, ...parameters] = range.split(';').map((part) => part.trim().toLowerCase())
    return type === NDJSON && !parameters.some((parameter) => /^q=0(?:\.0*)?$/.test(parameter))
  })
}

const batch: FastifyPluginAsyncTypebox<BatchOptions> = async (fastify, options) => {
  const ajv = new Ajv({ coerceTypes: false, allErrors: false })
  const validateItem = ajv.compile<AnalyzeRequest>(AnalyzeRequestSchema)
  fastify.addSchema(BatchItemSchema)
  fastify.addSchema(BatchResponseSchema)

  fastify.addContentTypeParser(NDJSON, { parseAs: 'string', bodyLimit: options.bodyLimitBytes }, (_request, body, done) => {
    const lines = (body as string).split(/\r?\n/).filter((line) => line.trim() !== '')
    done(null, {
      documents: lines.map((line) => {
        try { return JSON.parse(line) as unknown } catch { return UNPARSABLE }
      })
    })
  })

  /** One item as its wire JSON: the worker-rendered analysis is spliced in, not parsed again. */
  const analyzeItem = async (document: unknown, index: number, budget: { bytes: number }, log: typeof fastify.log, clientGone: AbortSignal): Promise<string> => {
    const claimedId = (document as { id?: unknown })?.id
    const id = typeof claimedId === 'string' && claimedId.length <= MAX_ECHOED_ID ? claimedId : undefined
    const head = JSON.stringify(id === undefined ? { index } : { index, id }).slice(0, -1)
    try {
      if (document === UNPARSABLE) throw new ProblemError('SLANT_ERR_BODY_INVALID_JSON', `Line ${index + 1} could not be parsed as JSON`)
      if (!validateItem(document)) {
        const [issue] = validateItem.errors ?? []
        throw new ProblemError('SLANT_ERR_BODY_INVALID', `/documents/${index}${issue?.instancePath ?? ''} ${issue?.message ?? 'is invalid'}`)
      }
      const bytes = Buffer.byteLength(document.text)
      if (bytes > options.documentLimitBytes) {
        throw new ProblemError('SLANT_ERR_BODY_TOO_LARGE', `Document ${index} is ${bytes} bytes; each document may have at most ${options.documentLimitBytes} (as one /analyze body)`)
      }
      if (budget.bytes <= 0) throw batchFull()
      const rendered = await runAnalysis(fastify, { text: document.text, format: document.format ?? 'text', id: document.id, options: document.options }, log, clientGone)
      budget.bytes -= rendered.json.length
      if (budget.bytes < 0) throw batchFull()
      return `${head},"status":200,"analysis":${rendered.json}}`
    } catch (err) {
      const known = err instanceof ProblemError ? err : undefined
      if (known === undefined) log.error({ err, item: index }, 'batch item failed')
      const body = known === undefined
        ? problem('SLANT_ERR_INTERNAL', 'The analysis of this item failed; the error is logged with this request id')
        : problem(known.code, known.detail)
      return `${head},"status":${body.status},"problem":${JSON.stringify(body)}}`
    }
  }

  const batchFull = (): ProblemError => new ProblemError('SLANT_ERR_BATCH_TOO_LARGE',
    `The results of this batch passed ${options.resultLimitBytes} bytes; send the remaining documents in another batch`)

  fastify.post('/analyze/batch', {
    bodyLimit: options.bodyLimitBytes,
    // As /analyze: a full queue refuses the batch before its body is read, not item by item after.
    onRequest: async () => { fastify.analyzer.assertCapacity() },
    schema: {
      tags: ['analysis'],
      summary: `Analyse up to ${options.maxDocuments} documents: one analysis or one problem per item, in order (JSON, or NDJSON in and out)`,
      body: {
        content: {
          'application/json': { schema: batchRequestSchema(options.maxDocuments) },
          [NDJSON]: { schema: batchRequestSchema(options.maxDocuments) }
        }
      },
      response: {
        200: {
          description: 'One item per document, in order; with NDJSON, one BatchItem per line',
          content: {
            'application/json': { schema: { $ref: 'BatchResponse#' } },
            [NDJSON]: { schema: { $ref: 'BatchItem#' } }
          }
        },
        ...problemResponses(400, 401, 413, 415, 429, 503)
      }
    }
  }, async (request, reply) => {
    // Other media types pass Fastify's root parsers unvalidated (a text/plain body is a string here).
    const type = mediaType(request.headers['content-type'])
    if (type !== 'application/json' && type !== NDJSON) throw new ProblemError('SLANT_ERR_MEDIA_TYPE', `A batch is application/json or ${NDJSON}`)
    const { documents } = request.body as { documents: unknown[] }
    const limit = pLimit(options.concurrency)
    const budget = { bytes: options.resultLimitBytes }
    // A client that leaves mid-batch stops the item running and every item still waiting.
    const clientGone = clientGoneSignal(reply.raw)
    const pending = documents.map((document, index) => limit(() => analyzeItem(document, index, budget, request.log, clientGone)))
    const streaming = type === NDJSON || acceptsNdjson(request.headers.accept)
    if (!streaming) return reply.type('application/json; charset=utf-8').send(`{"items":[${(await Promise.all(pending)).join(',')}]}`)
    async function * lines () {
      for (const item of pending) yield (await item) + '\n'
    }
    return reply.type(NDJSON).send(Readable.from(lines()))
  })
}

export default batch
