/**
 * Configuration from environment variables, validated at start with defaults
 * (env-schema, https://github.com/fastify/env-schema); a bad value throws a readable message.
 * Every variable is documented in .env.example.
 */
import { envSchema } from 'env-schema'
import { Type, type Static } from 'typebox'
import { availableParallelism } from 'node:os'
import { readFileSync } from 'node:fs'
import { SHIPPED_LEXICON_DIR } from './paths.js'

export const ConfigEnvSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  HOST: Type.String({ default: '0.0.0.0' }),
  LOG_LEVEL: Type.Union(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((level) => Type.Literal(level)), { default: 'info' }),
  BODY_LIMIT_BYTES: Type.Integer({ minimum: 1024, default: 1024 * 1024 }),
  BATCH_MAX_DOCUMENTS: Type.Integer({ minimum: 1, default: 100 }),
  BATCH_BODY_LIMIT_BYTES: Type.Integer({ minimum: 1024, default: 16 * 1024 * 1024 }),
  BATCH_RESULT_LIMIT_BYTES: Type.Integer({ minimum: 1024, default: 64 * 1024 * 1024 }),
  POOL_SIZE: Type.Integer({ minimum: 0, maximum: 256, default: availableParallelism() }),
  POOL_QUEUE_SIZE: Type.Integer({ minimum: 0, default: 64 }),
  ANALYSIS_TIMEOUT_MS: Type.Integer({ minimum: 100, default: 30_000 }),
  WORKER_MAX_DOCUMENTS: Type.Integer({ minimum: 1, default: 5000 }),
  WORKER_MAX_HEAP_MB: Type.Integer({ minimum: 32, default: 512 }),
  WORKER_HEAP_LIMIT_MB: Type.Integer({ minimum: 0, default: 1024 }),
  REQUEST_TIMEOUT_MS: Type.Integer({ minimum: 1000, default: 60_000 }),
  EVENT_LOOP_DELAY_LIMIT_MS: Type.Integer({ minimum: 0, default: 1000 }),
  HEAP_USED_LIMIT_MB: Type.Integer({ minimum: 0, default: 1536 }),
  SHUTDOWN_GRACE_MS: Type.Integer({ minimum: 0, default: 10_000 }),
  LEXICON_DIR: Type.Optional(Type.String({ minLength: 1 })),
  API_KEYS: Type.Optional(Type.String()),
  API_KEYS_FILE: Type.Optional(Type.String({ minLength: 1 })),
  CORS_ORIGINS: Type.Optional(Type.String()),
  RATE_LIMIT_MAX: Type.Integer({ minimum: 0, default: 6000 }),
  RATE_LIMIT_WINDOW_MS: Type.Integer({ minimum: 1000, default: 60_000 }),
  TRUST_PROXY: Type.Optional(Type.String({ minLength: 1 }))
})

type ConfigEnv = Static<typeof ConfigEnvSchema>

export interface Config {
  port: number
  host: string
  logLevel: string
  bodyLimitBytes: number
  batchMaxDocuments: number
  batchBodyLimitBytes: number
  /** The results one batch may hold, all items together; items past it get a 413 problem. */
  batchResultLimitBytes: number
  /** Worker threads for analysis; 0 runs the analysis on the main thread (tests, CLI). */
  poolSize: number
  poolQueueSize: number
  analysisTimeoutMs: number
  workerMaxDocuments: number
  workerMaxHeapMb: number
  /** V8's old-generation limit per worker (0: V8's own default, 4 GB here). */
  workerHeapLimitMb: number
  requestTimeoutMs: number
  shutdownGraceMs: number
  /** Event-loop delay and main-thread heap past which /analyze sheds load (0 disables a check). */
  eventLoopDelayLimitMs: number
  heapUsedLimitMb: number
  lexiconDirs: string[]
  /** Bearer keys for the analysis routes; empty → open. */
  apiKeys: string[]
  corsOrigins: string[]
  /** Requests per window per client (the accepted API key when keys are set, else the IP); 0 → no limit. */
  rateLimitMax: number
  rateLimitWindowMs: number
  /**
   * Whose X-Forwarded-For to believe for the client address (rate limit, logs): `true` for any
   * proxy, a number of hops, or proxy addresses/CIDRs (Fastify's trustProxy); unset, the peer.
   */
  trustProxy: boolean | string | ((address: string, hop: number) => boolean) | undefined
}

const list = (value: string | undefined): string[] => (value ?? '').split(',').map((item) => item.trim()).filter((item) => item !== '')

function readKeyFile (path: string): string[] {
  try {
    return readFileSync(path, 'utf8').split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'))
  } catch (err) {
    throw new Error(`invalid configuration: API_KEYS_FILE ${path} cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`)
  }
}

export function loadConfig (env: Record<string, string | undefined> = process.env): Config {
  let parsed: ConfigEnv
  try {
    parsed = envSchema<ConfigEnv>({ schema: ConfigEnvSchema, data: env, dotenv: false })
  } catch (err) {
    throw new Error(`invalid configuration: ${(err as Error).message}`)
  }
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    logLevel: parsed.LOG_LEVEL,
    bodyLimitBytes: parsed.BODY_LIMIT_BYTES,
    batchMaxDocuments: parsed.BATCH_MAX_DOCUMENTS,
    batchBodyLimitBytes: parsed.BATCH_BODY_LIMIT_BYTES,
    batchResultLimitBytes: parsed.BATCH_RESULT_LIMIT_BYTES,
    poolSize: parsed.POOL_SIZE,
    poolQueueSize: parsed.POOL_QUEUE_SIZE,
    analysisTimeoutMs: parsed.ANALYSIS_TIMEOUT_MS,
    workerMaxDocuments: parsed.WORKER_MAX_DOCUMENTS,
    workerMaxHeapMb: parsed.WORKER_MAX_HEAP_MB,
    workerHeapLimitMb: parsed.WORKER_HEAP_LIMIT_MB,
    requestTimeoutMs: parsed.REQUEST_TIMEOUT_MS,
    shutdownGraceMs: parsed.SHUTDOWN_GRACE_MS,
    eventLoopDelayLimitMs: parsed.EVENT_LOOP_DELAY_LIMIT_MS,
    heapUsedLimitMb: parsed.HEAP_USED_LIMIT_MB,
    lexiconDirs: parsed.LEXICON_DIR === undefined ? [SHIPPED_LEXICON_DIR] : [SHIPPED_LEXICON_DIR, parsed.LEXICON_DIR],
    apiKeys: [...list(parsed.API_KEYS), ...(parsed.API_KEYS_FILE === undefined ? [] : readKeyFile(parsed.API_KEYS_FILE))],
    corsOrigins: list(parsed.CORS_ORIGINS),
    rateLimitMax: parsed.RATE_LIMIT_MAX,
    rateLimitWindowMs: parsed.RATE_LIMIT_WINDOW_MS,
    trustProxy: parseTrustProxy(parsed.TRUST_PROXY)
  }
}

function parseTrustProxy (value: string | undefined): Config['trustProxy'] {
  if (value === undefined) return undefined
  if (value === 'true' || value === 'false') return value === 'true'
  if (!/^\d+$/.test(value)) return value
  // A number of hops: trust that many proxies in front, counted from the server.
  const hops = Number(value)
  return (_address: string, hop: number) => hop < hops
}
