/**
 * `fastify.analyzer`: runs the pure analysis in a piscina worker-thread pool
 * (https://github.com/piscinajs/piscina) so the main thread never calls wink's `readDoc` and
 * health checks stay responsive. The queue is bounded (full → 503 + Retry-After), every task
 * has a deadline (→ 503, the worker is terminated and replaced), and the whole pool is
 * replaced after a number of documents or when a worker's heap grows past a limit, because
 * wink's vocabulary cache never shrinks; the old pool finishes its in-flight tasks first.
 * With `poolSize` 0 the analysis runs in-process (unit tests, CLI).
 */
import fp from 'fastify-plugin'
import { Piscina } from 'piscina'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createEngine } from '../analysis/index.js'
import { renderAnalysis, type AnalysisTask, type RenderedAnalysis } from '../analysis/render.js'
import { ProblemError } from '../errors.js'
import { PROJECT_ROOT } from '../paths.js'
import { ENGINE_VERSION } from '../version.js'
import type { WorkerReply } from '../worker.js'

export interface Analyzer {
  run: (task: AnalysisTask) => Promise<RenderedAnalysis>
  ready: () => boolean
  /** Throws the 503 problem when a new analysis would be refused; routes call it before reading the body. */
  assertCapacity: () => void
  stats: () => { queued: number, workers: number, utilisation: number, recycled: number, completed: number, failed: number, maxWorkerHeapBytes: number }
}

declare module 'fastify' {
  interface FastifyInstance {
    analyzer: Analyzer
  }
}

export interface AnalyzerOptions {
  poolSize: number
  poolQueueSize: number
  analysisTimeoutMs: number
  workerMaxDocuments: number
  workerMaxHeapBytes: number
  lexiconDirs: string[]
  /** Worker module; tests swap in a faulty one. Defaults to the compiled src/worker.js. */
  workerFile?: string
}

/** Under tap the sources run as TypeScript; workers always run the compiled JavaScript. */
function defaultWorkerFile (): string {
  const here = fileURLToPath(import.meta.url)
  return here.endsWith('.ts') ? join(PROJECT_ROOT, 'dist', 'src', 'worker.js') : join(here, '..', '..', 'worker.js')
}

const isAbort = (err: unknown): boolean => (err as Error)?.name === 'AbortError' || (err as { code?: string })?.code === 'ABORT_ERR'

export default fp<AnalyzerOptions>(async (fastify, options) => {
  if (options.poolSize === 0) {
    const engine = createEngine(fastify.lexicons, ENGINE_VERSION)
    let completed = 0
    fastify.decorate('analyzer', {
      run: async (task: AnalysisTask) => { const rendered = renderAnalysis(task, engine); completed++; return rendered },
      ready: () => true,
      assertCapacity: () => {},
      stats: () => ({ queued: 0, workers: 0, utilisation: 0, recycled: 0, completed, failed: 0, maxWorkerHeapBytes: 0 })
    })
    return
  }

  const createPool = () => new Piscina<AnalysisTask, WorkerReply>({
    filename: options.workerFile ?? defaultWorkerFile(),
    minThreads: options.poolSize,
    maxThreads: options.poolSize,
    maxQueue: options.poolQueueSize,
    idleTimeout: Number.MAX_SAFE_INTEGER,
    workerData: { lexiconDirs: options.lexiconDirs }
  })

  let pool = createPool()
  let documentsInPool = 0
  let recycled = 0
  let completed = 0
  let failed = 0
  let maxWorkerHeapBytes = 0
  let ready = false
  const retiring = new Set<Piscina<AnalysisTask, WorkerReply>>()

  // Our own count of tasks in flight per pool: piscina's close() can resolve its "flushed" wait
  // early with several workers (it counts an idle worker twice) and then terminate a worker that
  // is still analysing, so a retired pool is closed only once its last task has returned.
  const inFlight = new Map<Piscina<AnalysisTask, WorkerReply>, number>()
  const closeWhenIdle = (old: Piscina<AnalysisTask, WorkerReply>) => {
    if ((inFlight.get(old) ?? 0) > 0) return
    inFlight.delete(old)
    old.close().catch((err) => fastify.log.warn({ err }, 'closing a retired pool failed')).finally(() => retiring.delete(old))
  }

  const recycle = (reason: string) => {
    const old = pool
    pool = createPool()
    documentsInPool = 0
    recycled++
    retiring.add(old)
    fastify.log.info({ reason, recycled }, 'replacing the analysis worker pool')
    closeWhenIdle(old)
  }

  const overloaded = () => new ProblemError('SLANT_ERR_OVERLOADED', `All ${options.poolSize} analysis workers are busy and ${options.poolQueueSize} requests are queued; retry shortly`, { retryAfterSeconds: 1 })
  const assertCapacity = () => {
    if (pool.queueSize >= options.poolQueueSize && pool.threads.length > 0) throw overloaded()
  }

  const run = async (task: AnalysisTask): Promise<RenderedAnalysis> => {
    assertCapacity()
    const current = pool
    let reply: WorkerReply
    inFlight.set(current, (inFlight.get(current) ?? 0) + 1)
    try {
      reply = await current.run(task, { signal: AbortSignal.timeout(options.analysisTimeoutMs) })
    } catch (err) {
      if (isAbort(err)) throw new ProblemError('SLANT_ERR_TIMEOUT', `The analysis did not finish within ${options.analysisTimeoutMs} ms`, { retryAfterSeconds: 1, cause: err })
      if (/queue is at limit/i.test((err as Error).message)) throw overloaded()
      // A worker that threw or died: piscina replaces it; the request gets a 500 problem.
      failed++
      throw err
    } finally {
      inFlight.set(current, (inFlight.get(current) ?? 1) - 1)
      if (retiring.has(current)) closeWhenIdle(current)
    }
    completed++
    if (reply.heapUsedBytes > maxWorkerHeapBytes) maxWorkerHeapBytes = reply.heapUsedBytes
    if (current === pool) {
      documentsInPool++
      if (reply.heapUsedBytes > options.workerMaxHeapBytes) recycle('heap')
      else if (documentsInPool >= options.workerMaxDocuments * options.poolSize) recycle('documents')
    }
    return reply.rendered
  }

  fastify.decorate('analyzer', {
    run,
    ready: () => ready,
    assertCapacity,
    stats: () => ({ queued: pool.queueSize, workers: options.poolSize, utilisation: pool.utilization, recycled, completed, failed, maxWorkerHeapBytes })
  })

  // Readiness: one warm-up analysis per worker has loaded the model and lexicons.
  fastify.addHook('onReady', async () => {
    await Promise.all(Array.from({ length: options.poolSize }, () => pool.run({ text: 'Warm-up.' })))
    ready = true
  })
  fastify.addHook('onClose', async () => {
    ready = false
    await Promise.all([pool.close(), ...[...retiring].map((old) => old.close())])
  })
}, { name: 'analyzer', dependencies: ['lexicons'] })
