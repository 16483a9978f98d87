/**
 * buildApp(config): the whole service as a Fastify instance, without listening, so tests build
 * the real app. Registers plugins and routes, the one error handler and the 404 handler.
 */
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { randomUUID } from 'node:crypto'
import { createServer, STATUS_CODES, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import type { Writable } from 'node:stream'
import type { Config } from './config.js'
import { ProblemError, problem, type ErrorCode } from './errors.js'
import { ProblemSchema, type Problem } from './schemas/problem.js'
import { AnalyzeResponseSchema } from './schemas/analyze-response.js'
import { LexiconListSchema } from './schemas/lexicons.js'
import contentTypesPlugin from './plugins/content-types.js'
import openapiPlugin from './plugins/openapi.js'
import lexiconsPlugin from './plugins/lexicons.js'
import analyzerPlugin from './plugins/analyzer.js'
import analyzeRoute from './routes/analyze.js'
import batchRoute from './routes/batch.js'
import authPlugin from './plugins/auth.js'
import rateLimitPlugin from './plugins/rate-limit.js'
import corsPlugin from './plugins/cors.js'
import metricsPlugin from './plugins/metrics.js'
import docsPlugin from './plugins/docs.js'
import underPressurePlugin from './plugins/under-pressure.js'
import lexiconsRoute from './routes/lexicons.js'
import healthRoute from './routes/health.js'

export interface BuildOptions {
  /** The logger's level and destination (tests pass a stream to capture lines), or false for none. */
  logger?: false | { level: string, stream: Writable }
  /** Analysis worker module (tests inject faults with their own). */
  workerFile?: string
}

/**
 * What a request log line says about the request. Fastify's default logs the whole URL, whose
 * query string is client text (`?id=…`), and the Host and Accept-Version headers, which a client
 * chooses freely; the service logs no client content beyond sizes, timings and ids.
 */
function requestLogFields (request: { method?: string, url?: string, ip?: string, socket?: { remotePort?: number } }) {
  return { method: request.method, url: request.url?.split('?')[0], remoteAddress: request.ip, remotePort: request.socket?.remotePort }
}

/** Expected ways of shedding load: an attack can cause many, and none is a fault to investigate. */
const LOAD_SHEDDING_CODES: ReadonlySet<ErrorCode> = new Set(['SLANT_ERR_OVERLOADED', 'SLANT_ERR_TIMEOUT'])

/** Fastify's own error codes mapped to ours; their messages can quote the body, so none is passed on. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'SLANT_ERR_BODY_INVALID_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'SLANT_ERR_BODY_MISSING',
  FST_ERR_CTP_BODY_TOO_LARGE: 'SLANT_ERR_BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'SLANT_ERR_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'SLANT_ERR_BODY_INVALID',
  FST_ERR_CTP_INVALID_TYPE: 'SLANT_ERR_MEDIA_TYPE'
}

function toProblemError (error: FastifyError, bodyLimitBytes: number): ProblemError {
  if (error instanceof ProblemError) return error
  if (error.validation !== undefined) {
    return new ProblemError('SLANT_ERR_BODY_INVALID', error.validation.map((issue) => `${issue.instancePath || '/'} ${issue.message ?? 'is invalid'}`).join('; '))
  }
  const mapped = error.code === undefined ? undefined : FASTIFY_CODES[error.code]
  if (mapped === 'SLANT_ERR_BODY_TOO_LARGE') return new ProblemError(mapped, `The body is larger than the limit of ${bodyLimitBytes} bytes (${(bodyLimitBytes / 1048576).toFixed(2)} MiB); split the article or raise BODY_LIMIT_BYTES`)
  if (mapped === 'SLANT_ERR_MEDIA_TYPE') return new ProblemError(mapped, 'Send application/json ({"text": "..."}), text/plain or text/html')
  if (mapped === 'SLANT_ERR_BODY_INVALID_JSON') return new ProblemError(mapped, 'The body could not be parsed as JSON')
  // @fastify/static answers a path it will not open (a name past the file system's 255 bytes, a
  // dot file) with 403; to a client that is a documentation file that does not exist.
  if (error.code === 'FST_STATIC_FORBIDDEN_PATH') return new ProblemError('SLANT_ERR_NOT_FOUND', 'No such documentation file')
  if (error.code === 'FST_ERR_BAD_URL') return new ProblemError('SLANT_ERR_REQUEST_MALFORMED', 'The URL is not valid percent-encoding')
  if (mapped === 'SLANT_ERR_BODY_MISSING') return new ProblemError(mapped, 'The JSON body is empty; send {"text": "..."}')
  if (mapped !== undefined) return new ProblemError(mapped)
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) return new ProblemError('SLANT_ERR_BODY_INVALID', 'The request could not be processed')
  return new ProblemError('SLANT_ERR_INTERNAL', 'The analysis failed; the error is logged with this request id', { cause: error })
}

/**
 * The problem for an error Node's HTTP server raises before there is a request to answer (broken
 * framing, oversized headers, a request that never finishes arriving).
 */
function connectionProblem (errorCode: string, requestTimeoutMs: number): Problem {
  if (errorCode === 'HPE_HEADER_OVERFLOW') return problem('SLANT_ERR_HEADERS_TOO_LARGE', 'The request headers are larger than the server accepts')
  if (errorCode === 'ERR_HTTP_REQUEST_TIMEOUT') return problem('SLANT_ERR_REQUEST_TIMEOUT', `The request did not arrive within ${requestTimeoutMs} ms`)
  return problem('SLANT_ERR_REQUEST_MALFORMED', 'The request is not valid HTTP/1.1')
}

/** How long a plugin (the worker pool's warm-up, above all) may take to start. */
const PLUGIN_TIMEOUT_MS = 60_000

export async function buildApp (config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  /** Every error, Fastify's own included, answered as a problem and logged without article text. */
  const replyWithProblem = (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const problemError = toProblemError(error, request.routeOptions.bodyLimit ?? config.bodyLimitBytes)
    const body = problem(problemError.code, problemError.detail, { instance: request.url.split('?')[0], requestId: request.id })
    if (LOAD_SHEDDING_CODES.has(problemError.code)) request.log.warn({ code: body.code, status: body.status }, 'request shed')
    else if (body.status >= 500) request.log.error({ err: error, code: body.code }, 'request failed')
    else request.log.info({ code: body.code, status: body.status }, 'request rejected')
    if (problemError.retryAfterSeconds !== undefined) reply.header('retry-after', String(problemError.retryAfterSeconds))
    return reply.code(body.status).type('application/problem+json').send(body)
  }

  const app = Fastify({
    logger: options.logger === false ? false : { level: config.logLevel, ...options.logger, serializers: { req: requestLogFields } },
    bodyLimit: config.bodyLimitBytes,
    // Readiness waits for every worker to load the model and lexicons and run the warm-up: about a
    // second, but several on a loaded machine, past fastify's default of 10 s for a plugin.
    pluginTimeout: PLUGIN_TIMEOUT_MS,
    // Behind an ingress the peer is the proxy; TRUST_PROXY lets the rate limit count real clients.
    ...(config.trustProxy === undefined ? {} : { trustProxy: config.trustProxy }),
    // Slow-body (slowloris) protection: Node checks request deadlines only every
    // connectionsCheckingInterval (30 s by default), so check every second.
    serverFactory: (handler) => createServer({
      requestTimeout: config.requestTimeoutMs,
      headersTimeout: Math.min(config.requestTimeoutMs, 60_000),
      connectionsCheckingInterval: Math.min(1000, config.requestTimeoutMs),
      keepAliveTimeout: 72_000
    }, handler),
    genReqId: (request) => {
      const given = request.headers['x-request-id']
      return typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID()
    },
    requestIdHeader: false,
    // Requests the router cannot read (a URL with broken percent-encoding) never reach the error
    // handler, nor the onSend hooks that add the request id; without this Fastify answers them
    // with its own JSON.
    frameworkErrors: (error, request, reply) => { void replyWithProblem(error, request, reply.header('x-request-id', request.id)) },
    // Errors Node's HTTP server raises before there is a request (see connectionProblem), which
    // Fastify would answer with its own JSON. Fastify calls this bound to the instance.
    clientErrorHandler: function (this: FastifyInstance, error, socket) {
      // A reset connection has nobody left to answer.
      if (error.code === 'ECONNRESET' || socket.destroyed) return
      const answer = connectionProblem(error.code, config.requestTimeoutMs)
      // The error itself is not logged: it carries the raw bytes the parser choked on.
      this.log.debug({ code: answer.code, parserCode: error.code }, 'connection error')
      // As Node's own handler does: no answer once a response to an earlier request on this
      // connection has started, since the problem would land inside it.
      const inFlight = (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage
      if (socket.writable && (inFlight == null || !inFlight.headersSent)) {
        const body = JSON.stringify(answer)
        socket.write(`HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status]}\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
          `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`)
      }
      socket.destroy(error)
    },
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: false } }
  }).withTypeProvider<TypeBoxTypeProvider>()

  await app.register(openapiPlugin)
  app.addSchema(ProblemSchema)
  app.addSchema(AnalyzeResponseSchema)
  app.addSchema(LexiconListSchema)

  // Responses finished while shutting down close their keep-alive connection, so the server's
  // close() is not held open by a socket that only became idle after close began.
  let closing = false
  app.addHook('preClose', async () => { closing = true })
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id)
    if (closing) reply.header('connection', 'close')
  })

  app.setErrorHandler(replyWithProblem)

  app.setNotFoundHandler((request, reply) => {
    const body = problem('SLANT_ERR_NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}`, { instance: request.url.split('?')[0], requestId: request.id })
    return reply.code(404).type('application/problem+json').send(body)
  })

  await app.register(contentTypesPlugin)
  await app.register(corsPlugin, { origins: config.corsOrigins })
  await app.register(lexiconsPlugin, { lexiconDirs: config.lexiconDirs })
  await app.register(metricsPlugin)
  await app.register(docsPlugin)
  await app.register(analyzerPlugin, {
    poolSize: config.poolSize,
    poolQueueSize: config.poolQueueSize,
    analysisTimeoutMs: config.analysisTimeoutMs,
    workerMaxDocuments: config.workerMaxDocuments,
    workerMaxHeapBytes: config.workerMaxHeapMb * 1024 * 1024,
    workerHeapLimitMb: config.workerHeapLimitMb,
    ...(options.workerFile === undefined ? {} : { workerFile: options.workerFile })
  })
  await app.register(healthRoute)
  await app.register(lexiconsRoute)
  // The analysis routes share one context so the load-shedding guard covers them and not the probes.
  await app.register(async (analysis) => {
    await analysis.register(authPlugin, { keys: config.apiKeys })
    await analysis.register(rateLimitPlugin, { max: config.rateLimitMax, windowMs: config.rateLimitWindowMs })
    await analysis.register(underPressurePlugin, { eventLoopDelayLimitMs: config.eventLoopDelayLimitMs, heapUsedLimitMb: config.heapUsedLimitMb })
    await analysis.register(analyzeRoute)
    await analysis.register(batchRoute, {
      maxDocuments: config.batchMaxDocuments,
      bodyLimitBytes: config.batchBodyLimitBytes,
      documentLimitBytes: config.bodyLimitBytes,
      resultLimitBytes: config.batchResultLimitBytes,
      concurrency: Math.max(1, config.poolSize * 2)
    })
  })
  return app
}
