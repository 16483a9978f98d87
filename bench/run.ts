/**
 * `npm run bench`: speed as ratios measured side by side in one run (machines here are shared
 * and absolute figures drift). Never part of the unit tests. Corpora: ../shared/bench (internal,
 * never shipped; override with SLANT_BENCH_DIR). `--quick` for fewer repetitions.
 */
import { once } from 'node:events'
import { join } from 'node:path'
import { cpus } from 'node:os'
import { parseArgs } from 'node:util'
import { Worker } from 'node:worker_threads'
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { Piscina } from 'piscina'
import autocannon from 'autocannon'
import { analyze, createEngine } from '../src/analysis/index.js'
import { loadLexicons } from '../src/lexicons/loader.js'
import { PROJECT_ROOT, SHIPPED_LEXICON_DIR } from '../src/paths.js'
import { ENGINE_VERSION } from '../src/version.js'
import type { WorkerData } from '../src/worker.js'
import type { BareWinkWorkerData } from './bare-wink-worker.js'
import type { InWorkerData } from './in-worker.js'
import { alternatingPairs, alternatingPairsAsync, median, readBenchArticles, readBenchFile, timeIt } from './measure.js'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { pipelinedPoolOptions, taskPlacement, workerResourceLimits } from '../src/plugins/analyzer.js'

const { values: args } = parseArgs({ options: { quick: { type: 'boolean', default: false } } })
const REPS = args.quick ? 3 : 5
const PAIRED_REPS = args.quick ? 5 : 11
const POOL_WARM_PASSES = args.quick ? 3 : 6
const HTTP_SECONDS = args.quick ? 5 : 10
const HTTP_PAIRS = args.quick ? 3 : 5
const article = readBenchFile('article.txt')
const large = readBenchFile('large.txt')
const articles = readBenchArticles()
const lexicons = await loadLexicons([SHIPPED_LEXICON_DIR])
const engine = createEngine(lexicons, ENGINE_VERSION)
// A second wink instance with the default pipe is the baseline; Slant's adapter keeps its own.
const bare = winkNLP(model)

const rows: string[][] = []
const row = (measure: string, value: string, target = '', status = '') => rows.push([measure, value, target, status])
const verdict = (met: boolean) => (met ? 'met' : 'not met')

// 1. Pool scaling: 1 vs 2 workers over the 200 articles. Measured first, while the main thread is
// as light as a server's (the in-process runs below leave it a large heap to collect), and in
// alternating pairs, as the in-process ratio is.
const workerFile = join(PROJECT_ROOT, 'dist', 'src', 'worker.js')
async function warmPool (threads: number, texts: string[]): Promise<Piscina> {
  // The service's own heap limits (they change how V8 grows the heap) and task pipelining, so HTTP ÷
  // pool compares like with like.
  const { workerHeapLimitMb } = loadConfig({})
  const pool = new Piscina({
    filename: workerFile,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    ...pipelinedPoolOptions(),
    workerData: { lexicons } satisfies WorkerData,
    resourceLimits: workerResourceLimits(workerHeapLimitMb)
  })
  // Every worker must have read (nearly) every text before timing starts, as the 1-worker pool and
  // the in-process loop have: a word new to a worker takes wink's and Slant's slow path for unknown
  // lexemes. A worker of the 2-worker pool gets about half the texts per pass, so after two passes
  // a quarter of them were still new to it and its first timed pairs read 1.0–1.2; after six
  // passes 1.6 % are, and the pairs settle.
  for (let i = 0; i < POOL_WARM_PASSES; i++) await Promise.all(texts.map((text) => pool.run({ text, ...taskPlacement(text) })))
  return pool
}
const poolPass = async (pool: Piscina, texts: string[]): Promise<number> => {
  const started = performance.now()
  await Promise.all(texts.map((text) => pool.run({ text, ...taskPlacement(text) })))
  return performance.now() - started
}
const rssBeforePools = process.memoryUsage().rss
const onePool = await warmPool(1, articles)
const rssOneWorker = process.memoryUsage().rss
const twoPool = await warmPool(2, articles)
const rssTwoWorkers = process.memoryUsage().rss
const oneTimes: number[] = []
const twoTimes: number[] = []
const scalingPairs: number[] = []
for (let i = 0; i < PAIRED_REPS; i++) {
  const oneMs = i % 2 === 0 ? await poolPass(onePool, articles) : undefined
  const twoMs = await poolPass(twoPool, articles)
  const oneMsOfPair = oneMs ?? await poolPass(onePool, articles)
  oneTimes.push(oneMsOfPair)
  twoTimes.push(twoMs)
  scalingPairs.push(oneMsOfPair / twoMs)
}
await onePool.destroy()
const scaling = median(scalingPairs)
row('pool, 1 worker', `${(articles.length / median(oneTimes) * 1000).toFixed(0)} articles/s`)
row('pool, 2 workers', `${(articles.length / median(twoTimes) * 1000).toFixed(0)} articles/s`)
row(`**2 workers ÷ 1 worker** (${cpus().length} cores)`, scaling.toFixed(2), '≥ 1.7', verdict(scaling >= 1.7))

// What this machine gives the same work on two threads without the pool: bare wink `readDoc`, and
// Slant's analysis loop, each in two threads side by side ÷ one thread alone doing both shares,
// in alternating pairs. Wink's is the ceiling of these cores for wink-bound work; the analysis
// loop's, below it, is what its own allocation and memory traffic cost; the pool's, below that,
// what dispatch and transfer add.
async function threadScaling (work: BareWinkWorkerData['work']): Promise<number> {
  const threads = await Promise.all([0, 1].map(async () => {
    const worker = new Worker(join(PROJECT_ROOT, 'dist', 'bench', 'bare-wink-worker.js'), {
      workerData: { texts: articles, warmPasses: work === 'wink' ? 2 : 3, work } satisfies BareWinkWorkerData,
      // The analysis with the service's heap limits, as the pool's workers run it.
      ...(work === 'analysis' ? { resourceLimits: workerResourceLimits(loadConfig({}).workerHeapLimitMb) } : {})
    })
    await once(worker, 'message')
    return worker
  }))
  const passes = async (worker: Worker, count: number): Promise<void> => {
    worker.postMessage(count)
    await once(worker, 'message')
  }
  // One thread doing both shares, against two threads doing one share each.
  const { ratios } = await alternatingPairsAsync(async () => await passes(threads[0], 2), async () => await Promise.all(threads.map((worker) => passes(worker, 1))), PAIRED_REPS)
  await Promise.all(threads.map((worker) => worker.terminate()))
  return median(ratios)
}
row('bare wink `readDoc`, 2 threads ÷ 1 thread (what these cores give wink-bound work)', (await threadScaling('wink')).toFixed(2))
row('analysis loop without the pool, 2 threads ÷ 1 thread', (await threadScaling('analysis')).toFixed(2))

// 2–5. HTTP over loopback, the same pool size, against the 2-worker pool on the same article.
const app = await buildApp(loadConfig({ LOG_LEVEL: 'silent', POOL_SIZE: '2', POOL_QUEUE_SIZE: '256', RATE_LIMIT_MAX: '0', EVENT_LOOP_DELAY_LIMIT_MS: '0' }))
await app.listen({ port: 0, host: '127.0.0.1' })
const { port } = app.server.address() as { port: number }
const base = `http://127.0.0.1:${port}`
const analyzeRequest = { url: `${base}/analyze`, method: 'POST' as const, headers: { 'content-type': 'text/plain' } }
// The app's workers are warmed as the pool's were (their JIT is a third slower on the first
// thousand documents), then on the article itself.
for (let pass = 0; pass < POOL_WARM_PASSES; pass++) {
  let next = 0
  await Promise.all(Array.from({ length: 8 }, async () => {
    while (next < articles.length) {
      const response = await fetch(analyzeRequest.url, { method: 'POST', headers: analyzeRequest.headers, body: articles[next++] })
      await response.arrayBuffer()
    }
  }))
}
await autocannon({ ...analyzeRequest, body: article, connections: 4, duration: 2 })
const typicalBatch = Array.from({ length: 400 }, () => article)
await Promise.all(typicalBatch.slice(0, 20).map((text) => twoPool.run({ text, ...taskPlacement(text) })))
// In alternating pairs, as the other ratios: one ten-second HTTP run against one pool batch read
// 0.57–0.92 over seven runs, as the machine drifted between the two.
const httpPairs: Array<{ pool: number, http: number, p50: number, p99: number }> = []
for (let i = 0; i < HTTP_PAIRS; i++) {
  const started = performance.now()
  await Promise.all(typicalBatch.map((text) => twoPool.run({ text, ...taskPlacement(text) })))
  const pool = typicalBatch.length / (performance.now() - started) * 1000
  const http = await autocannon({ ...analyzeRequest, body: article, connections: 8, duration: HTTP_SECONDS / HTTP_PAIRS })
  httpPairs.push({ pool, http: http.requests.average, p50: http.latency.p50, p99: http.latency.p99 })
}
await twoPool.destroy()
const httpRatio = median(httpPairs.map((pair) => pair.http / pair.pool))
row('HTTP `/analyze`, typical article (8 connections)', `${median(httpPairs.map((pair) => pair.http)).toFixed(0)} req/s; p50 ${median(httpPairs.map((pair) => pair.p50))} ms, p99 ${median(httpPairs.map((pair) => pair.p99))} ms`)
row('in-process pool (2 workers), same article', `${median(httpPairs.map((pair) => pair.pool)).toFixed(0)} articles/s`)
row(`**HTTP ÷ in-process pool** (median of ${HTTP_PAIRS} pairs)`, httpRatio.toFixed(2), '≥ 0.8', verdict(httpRatio >= 0.8))

const [saturated, health] = await Promise.all([
  autocannon({ ...analyzeRequest, body: article, connections: 32, duration: HTTP_SECONDS }),
  autocannon({ url: `${base}/health/live`, connections: 1, duration: HTTP_SECONDS, overallRate: 50 })
])
row(`\`/health/live\` p99 while \`/analyze\` is saturated (${saturated.requests.average.toFixed(0)} req/s, ${saturated.non2xx} non-2xx)`, `${health.latency.p99} ms`, '< 50 ms', verdict(health.latency.p99 < 50))

const largeTimes: number[] = []
for (let i = 0; i < 3; i++) {
  const started = performance.now()
  const response = await fetch(`${base}/analyze`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: large })
  await response.arrayBuffer()
  if (response.status !== 200) throw new Error(`large.txt answered ${response.status}`)
  largeTimes.push(performance.now() - started)
}
row('1 MB (`large.txt`) end to end over HTTP', `${median(largeTimes).toFixed(0)} ms`)
await app.close()

// 6. In-process: full analysis vs bare readDoc on the same 200 articles. Last, with the size
// runs below: their garbage would otherwise weigh on the main thread of the pool and HTTP runs.
const tokens = articles.reduce((sum, text) => sum + bare.readDoc(text).tokens().length(), 0)
const bareRun = () => { for (const text of articles) bare.readDoc(text).tokens().length() }
const analysisRun = () => { for (const text of articles) analyze(text, engine) }
// Three passes first, as the pools get six. With one, the last runs of the seventh session read
// 0.67–0.73 here while the same build read 0.77–0.78 alone in a fresh process after three; with
// three passes here, 0.74 and 0.81.
for (let i = 0; i < 3; i++) { bareRun(); analysisRun() }
const { firstTimes: bareTimes, secondTimes: analysisTimes, ratios: pairRatios } = alternatingPairs(bareRun, analysisRun, PAIRED_REPS)
const bareMs = median(bareTimes)
const analysisMs = median(analysisTimes)
const inProcessRatio = median(pairRatios)
row('bare wink `readDoc` (default pipe), 200 articles', `${(tokens / bareMs * 1000 / 1000).toFixed(0)} k tokens/s, ${(articles.length / bareMs * 1000).toFixed(0)} articles/s`)
row('full analysis in process, same articles', `${(tokens / analysisMs * 1000 / 1000).toFixed(0)} k tokens/s, ${(articles.length / analysisMs * 1000).toFixed(0)} articles/s`)
row('**analysis ÷ bare wink** (throughput)', inProcessRatio.toFixed(2), '≥ 0.7', verdict(inProcessRatio >= 0.7))

// Linear cost: 10 KB / 100 KB / 1 MB prefixes of large.txt, cut at paragraph boundaries.
const prefix = (size: number) => large.slice(0, large.lastIndexOf('\n\n', size))
const perKb: string[] = []
for (const size of [10_000, 100_000, 1_000_000]) {
  const text = size >= large.length ? large : prefix(size)
  analyze(text, engine)
  const ms = median(Array.from({ length: REPS }, () => timeIt(() => analyze(text, engine))))
  perKb.push(`${Math.round(text.length / 1000)} KB: ${ms.toFixed(1)} ms (${(ms / (text.length / 1000)).toFixed(3)} ms/KB)`)
}
row('in-process cost by size (linear if ms/KB is flat)', perKb.join('; '))

// The same comparison where the analysis runs in production: a worker with the service's resource
// limits (a 96 MB young generation; this thread keeps V8's default, as in every earlier run, so
// the row above stays comparable). Reported beside it, not instead of it.
const { workerHeapLimitMb } = loadConfig({})
const inWorkerRatio = await new Promise<number>((resolve, reject) => {
  const worker = new Worker(join(PROJECT_ROOT, 'dist', 'bench', 'in-worker.js'), {
    workerData: { texts: articles, warmPasses: 3, pairs: PAIRED_REPS } satisfies InWorkerData,
    resourceLimits: workerResourceLimits(workerHeapLimitMb)
  })
  let ratio: number | undefined
  worker.once('message', (value: number) => { ratio = value })
  worker.once('error', reject)
  // Its exit awaited, not just its answer, and measured last: the size runs, when they followed
  // it while it tore down its heap, read up to five times slower.
  worker.once('exit', () => { if (ratio === undefined) reject(new Error('the in-worker comparison ended without a result')); else resolve(ratio) })
})
row('analysis ÷ bare wink in a worker with the service\'s resource limits (its young generation)', inWorkerRatio.toFixed(2))

const maxRssMb = process.resourceUsage().maxRSS / 1024
row('peak RSS of this process (main thread + pools + load generator + the in-worker comparison)', `${maxRssMb.toFixed(0)} MB`)
row('RSS of the pools (growth when the 1-worker pool started; when the 2-worker pool started)', `${((rssOneWorker - rssBeforePools) / 1048576).toFixed(0)} MB; ${((rssTwoWorkers - rssOneWorker) / 1048576).toFixed(0)} MB`)

console.log(`# Slant bench — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}\n`)
console.log('| measure | value | target | status |')
console.log('| --- | --- | --- | --- |')
for (const [measure, value, target, status] of rows) console.log(`| ${measure} | ${value} | ${target} | ${status} |`)
