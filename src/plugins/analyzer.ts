/**
 * `fastify.analyzer`: runs the pure analysis in a piscina worker-thread pool
 * (https://github.com/piscinajs/piscina) so the main thread never calls wink's `readDoc` and
 * health checks stay responsive. The queue is bounded (full → 503 + Retry-After), every task
 * has a deadline (→ 503; the worker stops at its next paragraph, or is terminated and replaced
 * if it does not), a task whose client has gone is stopped the same way, and the whole pool is
 * replaced after a number of documents or when a worker's heap grows past a limit, because
 * wink's vocabulary cache never shrinks; the old pool serves until the new one is warm, then
 * finishes its in-flight tasks.
 * With `poolSize` 0 the analysis runs in-process (unit tests, CLI).
 */
import fp from 'fastify-plugin'
import { Piscina, queueOptionsSymbol } from 'piscina'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createEngine } from '../analysis/index.js'
import { renderAnalysis, type AnalysisTask, type RenderedAnalysis } from '../analysis/render.js'
import { ProblemError } from '../errors.js'
import { PROJECT_ROOT } from '../paths.js'
import { ENGINE_VERSION } from '../version.js'
import { createTaskControl, requestStop, runningThread, stopRequested, type TaskControl } from '../task-control.js'
import type { WorkerData, WorkerReply, WorkerTask } from '../worker.js'

export interface RunOptions {
  /** Aborted when the client has gone: the analysis stops early and the call rejects with SLANT_ERR_CLIENT_CLOSED. */
  signal?: AbortSignal
}

export interface Analyzer {
  run: (task: AnalysisTask, options?: RunOptions) => Promise<RenderedAnalysis>
  ready: () => boolean
  /** Throws the 503 problem when a new analysis would be refused; routes call it before reading the body. */
  assertCapacity: () => void
  stats: () => {
    queued: number
    workers: number
    utilisation: number
    recycled: number
    completed: number
    failed: number
    /** Pool tasks not yet returned, including those whose request was already answered (deadline, client gone). */
    active: number
    /** Analyses stopped because the client went away. */
    cancelled: number
    timedOut: number
    /** Tasks run again because a worker died holding them unstarted. */
    rerun: number
    /** Worker threads started, replacements included. */
    workersStarted: number
    maxWorkerHeapBytes: number
  }
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
  /** V8's old-generation limit per worker in MB; 0 keeps V8's default. */
  workerHeapLimitMb: number
  /** Worker module; tests swap in a faulty one. Defaults to the compiled src/worker.js. */
  workerFile?: string
}

/** Under tap the sources run as TypeScript; workers always run the compiled JavaScript. */
function defaultWorkerFile (): string {
  const here = fileURLToPath(import.meta.url)
  return here.endsWith('.ts') ? join(PROJECT_ROOT, 'dist', 'src', 'worker.js') : join(here, '..', '..', 'worker.js')
}

/**
 * V8's young generation per worker. An analysis allocates mostly short-lived objects (tokens,
 * spans, candidate matches): with 32 MB semi-spaces instead of V8's 16 MB, fewer of them survive
 * a scavenge into the old generation, and a warm 2-worker pool analyses 12–18 % more of the bench
 * articles per second (four interleaved rounds: 808–822 against 697 articles/s; 128 and 192 MB
 * were no faster), for about 35 MB more process RSS.
 */
export const WORKER_YOUNG_GENERATION_MB = 96

/**
 * Past the old-generation limit V8 ends the worker (ERR_WORKER_OUT_OF_MEMORY, a worker failure:
 * 500, replaced) rather than the process growing until the container's memory limit kills it with
 * every request in flight. The limit also sets how V8 grows the heap: at the default 1 GB it
 * collects sooner, so the 100,000-document soak peaks at 858 MB of RSS (1,194 MB at 2 GB, over the
 * 1 Gi pod limit), for about 8 % of fresh workers' throughput in the load test's recovery phase
 * (686 against 743 requests/s over seven paired runs). 0 keeps V8's default (about 4 GB).
 */
export function workerResourceLimits (heapLimitMb: number): { maxOldGenerationSizeMb?: number, maxYoungGenerationSizeMb: number } {
  return heapLimitMb === 0
    ? { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB }
    : { maxOldGenerationSizeMb: heapLimitMb, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB }
}

/** piscina exports its balancer type only through its options. */
type PiscinaLoadBalancer = NonNullable<NonNullable<ConstructorParameters<typeof Piscina>[0]>['loadBalancer']>

/** After its deadline, how long an analysis has to reach a stop check before its worker is terminated. */
const HARD_STOP_GRACE_MS = 1000

/**
 * Tasks a worker holds at once: the one it runs and the next. Without the second, a worker that
 * finishes waits for the main thread to be scheduled, take the result and post the next task; with
 * three busy threads on two cores that wait is real (see docs/performance.md). A task a worker
 * held but never started is run again when that worker dies (`runningThread`).
 */
export const TASKS_PER_WORKER = 2

/**
 * Texts at least this long are never queued behind another task, and nothing is queued behind
 * them: a short article waits at most the analysis of one text under this size (about 10 ms)
 * for a worker that another could have given it at once.
 */
export const LONG_TASK_CHARS = 20_000

interface TaskPlacement { long: boolean }
export const taskPlacement = (text: string): Record<typeof queueOptionsSymbol, TaskPlacement> => ({ [queueOptionsSymbol]: { long: text.length >= LONG_TASK_CHARS } })

/**
 * piscina's own balancer queues a task behind a busy worker only when the task has no abort
 * signal, and knows nothing of a task's size. This one prefers an idle worker, queues a short task
 * behind the least busy worker that runs no long one, and keeps a long task for an idle worker;
 * with `stricterFIFO` a task it cannot place yet stays at the head of the pool's queue, so the
 * tasks behind a waiting long one wait too rather than keep every worker from going idle.
 */
export function createTaskBalancer (): PiscinaLoadBalancer {
  const holdingLongTask = new Set<number>()
  return (task, workers) => {
    const long = (task[queueOptionsSymbol] as TaskPlacement | null)?.long === true
    let chosen: (typeof workers)[number] | null = null
    for (const worker of workers) {
      if (worker.currentUsage === 0) {
        holdingLongTask.delete(worker.id)
        if (chosen === null || chosen.currentUsage > 0) chosen = worker
      } else if (!long && !holdingLongTask.has(worker.id) && worker.currentUsage < TASKS_PER_WORKER &&
        (chosen === null || worker.currentUsage < chosen.currentUsage)) {
        chosen = worker
      }
    }
    if (chosen !== null && long) holdingLongTask.add(chosen.id)
    return chosen
  }
}

/** The pool settings the service runs with; the bench builds its in-process pools with them too. */
export const pipelinedPoolOptions = () => ({ concurrentTasksPerWorker: TASKS_PER_WORKER, loadBalancer: createTaskBalancer(), stricterFIFO: true })

/** A bound on the warm-up, whatever lexicons are loaded (LEXICON_DIR may add many). */
const MAX_WARM_UP_PARAGRAPHS = 1000

/** How often a task a dying worker held but never started is run again before its request fails. */
const MAX_UNSTARTED_RETRIES = 2

const clientClosed = () => new ProblemError('SLANT_ERR_CLIENT_CLOSED', 'The client closed the connection before the analysis finished; it was stopped')

const isAbort = (err: unknown): boolean => (err as Error)?.name === 'AbortError' || (err as { code?: string })?.code === 'ABORT_ERR'

export default fp<AnalyzerOptions>(async (fastify, options) => {
  if (options.poolSize === 0) {
    const engine = createEngine(fastify.lexicons, ENGINE_VERSION)
    let completed = 0
    fastify.decorate('analyzer', {
      run: async (task: AnalysisTask) => { const rendered = renderAnalysis(task, engine); completed++; return rendered },
      ready: () => true,
      assertCapacity: () => {},
      stats: () => ({ queued: 0, workers: 0, utilisation: 0, recycled: 0, completed, failed: 0, active: 0, cancelled: 0, timedOut: 0, rerun: 0, workersStarted: 0, maxWorkerHeapBytes: 0 })
    })
    return
  }

  let workersStarted = 0
  let cancelled = 0
  let timedOut = 0
  const createPool = () => {
    const created = new Piscina<WorkerTask, WorkerReply>({
      filename: options.workerFile ?? defaultWorkerFile(),
      minThreads: options.poolSize,
      maxThreads: options.poolSize,
      maxQueue: options.poolQueueSize,
      idleTimeout: Number.MAX_SAFE_INTEGER,
      ...pipelinedPoolOptions(),
      workerData: { lexicons: fastify.lexicons } satisfies WorkerData,
      resourceLimits: workerResourceLimits(options.workerHeapLimitMb)
    })
    created.on('workerCreate', () => { workersStarted++ })
    // piscina reports a worker message it cannot place (a reply for a task it has dropped) as an
    // 'error' event; unheard, that event would end the process.
    created.on('error', (err: unknown) => { fastify.log.error({ err }, 'analysis worker pool error') })
    return created
  }

  let pool = createPool()
  let documentsInPool = 0
  let recycled = 0
  let completed = 0
  let failed = 0
  let rerun = 0
  let maxWorkerHeapBytes = 0
  let ready = false
  const retiring = new Set<Piscina<WorkerTask, WorkerReply>>()

  // Our own count of tasks in flight per pool: piscina's close() can resolve its "flushed" wait
  // early with several workers (it counts an idle worker twice) and then terminate a worker that
  // is still analysing, so a retired pool is closed only once its last task has returned.
  const inFlight = new Map<Piscina<WorkerTask, WorkerReply>, number>()
  const activeTasks = (): number => { let total = 0; for (const count of inFlight.values()) total += count; return total }
  const closeWhenIdle = (old: Piscina<WorkerTask, WorkerReply>) => {
    if ((inFlight.get(old) ?? 0) > 0) return
    inFlight.delete(old)
    old.close().catch((err) => fastify.log.warn({ err }, 'closing a retired pool failed')).finally(() => retiring.delete(old))
  }

  // The first example of every lexicon entry as one text (387 short paragraphs, 17 KB with the
  // shipped lexicons): a warm-up that runs every rule and ships with the service. (All examples
  // had grown to 70 KB, and on a loaded 2-core CI machine a pool's start once passed fastify's
  // 10 s plugin timeout.)
  const warmUpText = fastify.lexicons.flatMap((lexicon) => lexicon.entries.map((entry) => entry.examples[0])).slice(0, MAX_WARM_UP_PARAGRAPHS).join('\n\n')
  /** One analysis per worker: each worker of a starting pool takes one task, after loading the model and lexicons. */
  const warmUp = async (target: Piscina<WorkerTask, WorkerReply>) => {
    await Promise.all(Array.from({ length: options.poolSize }, () => target.run({ text: warmUpText })))
  }

  // The current pool keeps serving until its replacement is warm. Starting two workers takes about
  // 0.7 s here (1.5 s while each read the YAML itself); switching at once made every request wait
  // through that gap, then run on cold workers (the load test's recovery phase fell to 67–84 % of
  // capacity when a switch landed in it).
  let replacement: Piscina<WorkerTask, WorkerReply> | undefined
  const recycle = (reason: string) => {
    if (replacement !== undefined) return
    const next = createPool()
    replacement = next
    fastify.log.info({ reason }, 'starting a replacement analysis worker pool')
    warmUp(next).then(() => {
      if (replacement !== next) return
      replacement = undefined
      const old = pool
      pool = next
      documentsInPool = 0
      recycled++
      retiring.add(old)
      fastify.log.info({ reason, recycled }, 'replaced the analysis worker pool')
      closeWhenIdle(old)
    }, (err: unknown) => {
      if (replacement === next) replacement = undefined
      fastify.log.error({ err }, 'a replacement worker pool did not start; the current one goes on')
      next.close().catch(() => {})
    })
  }

  const overloaded = () => new ProblemError('SLANT_ERR_OVERLOADED', `All ${options.poolSize} analysis workers are busy and ${options.poolQueueSize} requests are queued; retry shortly`, { retryAfterSeconds: 1 })
  const assertCapacity = () => {
    if (pool.queueSize >= options.poolQueueSize && pool.threads.length > 0) throw overloaded()
  }

  /** One pool task and its bookkeeping, which may outlive the request (deadline, client gone). */
  const submit = (current: Piscina<WorkerTask, WorkerReply>, task: WorkerTask): Promise<WorkerReply> => {
    inFlight.set(current, (inFlight.get(current) ?? 0) + 1)
    return current.run(task).then((reply) => {
      if (reply.rendered.stopped === true) return reply
      completed++
      if (reply.heapUsedBytes > maxWorkerHeapBytes) maxWorkerHeapBytes = reply.heapUsedBytes
      if (current === pool) {
        documentsInPool++
        if (reply.heapUsedBytes > options.workerMaxHeapBytes) recycle('heap')
        else if (documentsInPool >= options.workerMaxDocuments * options.poolSize) recycle('documents')
      }
      return reply
    }).finally(() => {
      inFlight.set(current, (inFlight.get(current) ?? 1) - 1)
      if (retiring.has(current)) closeWhenIdle(current)
    })
  }

  /**
   * Runs the task on the current pool, again if a worker died holding it unstarted (it had no part
   * in the failure). `ranOn` tells the hard stop which pool's thread to end.
   */
  const submitWithRetry = async (task: WorkerTask & { control: TaskControl }, ranOn: { pool: Piscina<WorkerTask, WorkerReply> }): Promise<WorkerReply> => {
    for (let attempt = 0; ; attempt++) {
      ranOn.pool = pool
      try {
        return await submit(ranOn.pool, task)
      } catch (err) {
        if (/queue is at limit/i.test((err as Error).message)) throw overloaded()
        const stopped = stopRequested(task.control)
        if (!stopped && runningThread(task.control) === 0 && attempt < MAX_UNSTARTED_RETRIES) { rerun++; continue }
        // A worker that threw or died: piscina replaces it. One ended by the hard stop is not a fault.
        if (!stopped && !isAbort(err)) failed++
        throw err
      }
    }
  }

  /** The last resort for an analysis that did not stop in time: end the thread running it. */
  const terminateRunningThread = (control: TaskControl, current: Piscina<WorkerTask, WorkerReply>) => {
    const threadId = runningThread(control)
    // Not started yet: it returns at once when a worker takes it, as its stop is requested.
    if (threadId === 0) return
    const thread = current.threads.find((candidate) => candidate.threadId === threadId)
    thread?.terminate().catch(() => {})
  }

  // The deadline is the client's: queue wait plus analysis. When it passes (or the client goes),
  // the worker is asked to stop at its next check and the request is answered at once; only an
  // analysis that has not stopped HARD_STOP_GRACE_MS later costs its worker.
  const run = async (task: AnalysisTask, { signal }: RunOptions = {}): Promise<RenderedAnalysis> => {
    assertCapacity()
    if (signal?.aborted === true) throw clientClosed()
    const control = createTaskControl()
    const ranOn = { pool }
    const poolTask = submitWithRetry({ ...task, control, ...taskPlacement(task.text) }, ranOn)
    return await new Promise<RenderedAnalysis>((resolve, reject) => {
      let answered = false
      const answer = (settle: () => void) => { if (!answered) { answered = true; settle() } }
      let hardStop: NodeJS.Timeout | undefined
      const deadline = setTimeout(() => {
        requestStop(control)
        hardStop = setTimeout(() => { terminateRunningThread(control, ranOn.pool) }, HARD_STOP_GRACE_MS)
        answer(() => {
          timedOut++
          reject(new ProblemError('SLANT_ERR_TIMEOUT', `The analysis did not finish within ${options.analysisTimeoutMs} ms`, { retryAfterSeconds: 1 }))
        })
      }, options.analysisTimeoutMs)
      const onClientGone = () => {
        requestStop(control)
        answer(() => { cancelled++; reject(clientClosed()) })
      }
      signal?.addEventListener('abort', onClientGone, { once: true })
      poolTask.then(
        (reply) => { answer(() => { resolve(reply.rendered) }) },
        (err: unknown) => { answer(() => { reject(err) }) }
      ).finally(() => {
        clearTimeout(deadline)
        clearTimeout(hardStop)
        signal?.removeEventListener('abort', onClientGone)
      })
    })
  }

  fastify.decorate('analyzer', {
    run,
    ready: () => ready,
    assertCapacity,
    stats: () => ({ queued: pool.queueSize, workers: options.poolSize, utilisation: pool.utilization, recycled, completed, failed, active: activeTasks(), cancelled, timedOut, rerun, workersStarted, maxWorkerHeapBytes })
  })

  // Readiness: every worker has loaded the model and lexicons and run the warm-up.
  fastify.addHook('onReady', async () => {
    await warmUp(pool)
    ready = true
  })
  fastify.addHook('onClose', async () => {
    ready = false
    // Requests already answered (client gone, deadline passed) can leave tasks in the pools, asked
    // to stop. Closing a pool under them made piscina emit an 'error' for each late reply (see
    // closeWhenIdle on its close()), so they get a moment to return first.
    const waitUntil = Date.now() + 2 * HARD_STOP_GRACE_MS
    while (activeTasks() > 0 && Date.now() < waitUntil) {
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    const starting = replacement
    replacement = undefined
    await Promise.all([pool.close(), ...[...retiring].map((old) => old.close()), ...(starting === undefined ? [] : [starting.close()])])
  })
}, { name: 'analyzer', dependencies: ['lexicons'] })
