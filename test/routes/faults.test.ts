/** Worker faults, deadlines and a full queue: each answered with a problem, the pool recovers. */
import t from 'tap'
import { join } from 'node:path'
import { buildTestApp } from '../helper.js'
import { PROJECT_ROOT } from '../../src/paths.js'
import { buildApp } from '../../src/app.js'
import { testConfig } from '../helper.js'

const workerFile = join(PROJECT_ROOT, 'test', 'fixtures', 'faulty-worker.mjs')

async function poolApp (t: Parameters<typeof buildTestApp>[0], env: Record<string, string>, lines?: string[]) {
  const { Writable } = await import('node:stream')
  const logger = lines === undefined ? false : { level: 'info', stream: new Writable({ write (chunk, _e, cb) { lines.push(String(chunk)); cb() } }) }
  const app = await buildApp(testConfig({ POOL_SIZE: '1', ...env }), { workerFile, logger })
  t.teardown(() => app.close())
  await app.ready()
  return app
}

const post = (text: string) => ({ method: 'POST' as const, url: '/analyze', headers: { 'content-type': 'text/plain' }, payload: text })

/** Sends a request over a real connection and closes it before the answer. */
async function abandon (url: string, path: string, body: string, contentType: string, afterMs: number): Promise<void> {
  const { request } = await import('node:http')
  const sent = request(`${url}${path}`, { method: 'POST', headers: { 'content-type': contentType } })
  sent.on('error', () => {})
  sent.end(body)
  await new Promise((resolve) => setTimeout(resolve, afterMs))
  sent.destroy()
}

/** Asks again every half second while a replacement worker loads the model (slower on a busy CI machine). */
async function statusOnceRecovered (app: Awaited<ReturnType<typeof poolApp>>): Promise<number> {
  let status = 0
  for (let attempt = 0; attempt < 10 && status !== 200; attempt++) {
    status = (await app.inject(post('Back to normal.'))).statusCode
    if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return status
}

async function until (condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 50) {
    if (waited > 10_000) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

t.test('a worker that throws gives that request a 500 problem and the next request succeeds', async (t) => {
  const lines: string[] = []
  const app = await poolApp(t, {}, lines)
  const failed = await app.inject(post('FAULT:THROW'))
  t.equal(failed.statusCode, 500)
  t.match(failed.json(), { status: 500, code: 'SLANT_ERR_INTERNAL', requestId: String })
  t.notMatch(failed.body, /injected worker failure/, 'no internals in the response')
  const logged = lines.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'request failed')
  t.equal(logged.reqId, failed.json().requestId, 'the failure is logged with its request id')
  t.equal((await app.inject(post('The minister said so.'))).statusCode, 200)
  t.match((await app.inject({ url: '/metrics' })).body, /slant_worker_failures 1/)
})

t.test('a worker that dies mid-request gives a 500 and is replaced', async (t) => {
  const app = await poolApp(t, {})
  const [dying, neighbour] = await Promise.all([app.inject(post('FAULT:EXIT')), app.inject(post('A calm sentence.'))])
  t.equal(dying.statusCode, 500)
  t.equal(neighbour.statusCode, 200, 'the queued neighbour is unaffected')
  t.equal((await app.inject(post('Another calm sentence.'))).statusCode, 200)
})

t.test('a task held by a worker that dies before starting it is run again, not failed', async (t) => {
  const app = await poolApp(t, {})
  // One worker holds two tasks at once: the neighbour waits in it behind the one that kills it.
  const [dying, neighbour] = await Promise.all([app.inject(post('FAULT:BUSY_THEN_EXIT')), app.inject(post('A calm sentence.'))])
  t.equal(dying.statusCode, 500)
  t.equal(neighbour.statusCode, 200, 'the neighbour is answered by the replacement worker')
  t.equal(neighbour.json().paragraphs.length, 1)
  const metrics = (await app.inject({ url: '/metrics' })).body
  t.match(metrics, /slant_worker_failures 1\n/, 'one failure: the task that killed its worker')
  t.match(metrics, /slant_tasks_rerun 1\n/, 'the neighbour ran again')
})

t.test('a worker that runs out of heap fails only its request; the process and the pool go on', async (t) => {
  const lines: string[] = []
  const app = await poolApp(t, { WORKER_HEAP_LIMIT_MB: '256', POOL_SIZE: '2' }, lines)
  const rssBefore = process.memoryUsage().rss
  const [hoarding, neighbour] = await Promise.all([app.inject(post('FAULT:OOM')), app.inject(post('A calm sentence.'))])
  t.equal(hoarding.statusCode, 500)
  t.equal(hoarding.json().code, 'SLANT_ERR_INTERNAL')
  t.equal(neighbour.statusCode, 200, 'the other worker is unaffected')
  t.ok(process.memoryUsage().rss - rssBefore < 1024 * 1048576, 'the process did not grow towards V8\'s default 4 GB heap')
  const logged = lines.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'request failed')
  t.match(logged, { reqId: hoarding.json().requestId, err: { code: 'ERR_WORKER_OUT_OF_MEMORY' } })
  t.equal(await statusOnceRecovered(app), 200, 'the service analyses again once the replacement worker is up')
})

t.test('an analysis past its deadline answers 503 with Retry-After and frees the worker', async (t) => {
  const lines: string[] = []
  const app = await poolApp(t, { ANALYSIS_TIMEOUT_MS: '3000' }, lines)
  const started = Date.now()
  const hung = await app.inject(post('FAULT:HANG'))
  t.equal(hung.statusCode, 503)
  t.equal(hung.headers['retry-after'], '1')
  t.match(hung.json(), { code: 'SLANT_ERR_TIMEOUT', detail: /3000 ms/ })
  const logged = lines.map((line) => JSON.parse(line)).find((entry) => entry.code === 'SLANT_ERR_TIMEOUT')
  t.match(logged, { level: 40, msg: 'request shed', status: 503 }, 'logged at warn, an expected way to shed load')
  t.notOk('err' in logged, 'without the error and its stack')
  t.ok(Date.now() - started < 6000, 'answered within the deadline plus a margin')
  // The hung worker was terminated; its replacement loads the model first.
  t.equal(await statusOnceRecovered(app), 200, 'the service analyses again once the replacement worker is up')
})

t.test('a full queue answers 503 with Retry-After at once', async (t) => {
  const app = await poolApp(t, { POOL_QUEUE_SIZE: '1' })
  const responses = await Promise.all(Array.from({ length: 5 }, (_, i) => app.inject(post(`FAULT:SLOW ${i}`))))
  const statuses = responses.map((response) => response.statusCode).sort()
  t.ok(statuses.includes(200), 'some requests are served')
  const rejected = responses.filter((response) => response.statusCode === 503)
  t.ok(rejected.length >= 2, `some requests are rejected (${statuses.join(',')})`)
  for (const response of rejected) {
    t.equal(response.headers['retry-after'], '1')
    t.equal(response.json().code, 'SLANT_ERR_OVERLOADED')
  }
})

t.test('a full queue refuses a whole batch with one 503, before reading it', async (t) => {
  const app = await poolApp(t, { POOL_QUEUE_SIZE: '1' })
  const slow = Array.from({ length: 4 }, (_, i) => app.inject(post(`FAULT:SLOW ${i}`)))
  await new Promise((resolve) => setTimeout(resolve, 100))
  const batch = await app.inject({ method: 'POST', url: '/analyze/batch', payload: { documents: [{ text: 'One.' }, { text: 'Two.' }] } })
  t.equal(batch.statusCode, 503)
  t.equal(batch.headers['retry-after'], '1')
  t.equal(batch.json().code, 'SLANT_ERR_OVERLOADED')
  await Promise.all(slow)
})

t.test('under memory pressure /analyze sheds load with 503 + Retry-After while liveness stays up', async (t) => {
  const app = await buildTestApp(t, { HEAP_USED_LIMIT_MB: '1' })
  await app.ready()
  await new Promise((resolve) => setTimeout(resolve, 1200))
  const shed = await app.inject(post('The minister said so.'))
  t.equal(shed.statusCode, 503)
  t.equal(shed.headers['retry-after'], '1')
  t.match(shed.json(), { code: 'SLANT_ERR_OVERLOADED', detail: /under pressure/ })
  t.equal((await app.inject({ url: '/health/live' })).statusCode, 200)
})

t.test('the pool is replaced after its document quota without failing in-flight requests', async (t) => {
  // Two workers and many requests in flight while pools retire (piscina's own close() could
  // terminate a worker mid-task here; the plugin waits for its own in-flight count instead).
  const app = await poolApp(t, { WORKER_MAX_DOCUMENTS: '2', POOL_SIZE: '2' })
  const responses = await Promise.all(Array.from({ length: 24 }, (_, i) => app.inject(post(`Sentence number ${i} is here. ${'More words follow. '.repeat(200)}`))))
  t.same(responses.map((response) => response.statusCode), Array.from({ length: 24 }, () => 200))
  await until(() => app.analyzer.stats().recycled >= 1, 'a replacement pool to take over')
  t.equal((await app.inject(post('After recycling.'))).statusCode, 200)
})

t.test('a worker whose heap passes the limit is replaced', async (t) => {
  const app = await poolApp(t, { WORKER_MAX_HEAP_MB: '32' })
  // A freshly loaded worker already holds the model (~50 MB), so every analysis trips the limit.
  t.equal((await app.inject(post('First.'))).statusCode, 200)
  t.equal((await app.inject(post('Second.'))).statusCode, 200)
  await until(() => app.analyzer.stats().recycled >= 1, 'a replacement pool to take over')
})

t.test('a pool being replaced keeps serving until its replacement is warm', async (t) => {
  const app = await poolApp(t, { WORKER_MAX_DOCUMENTS: '1' })
  t.equal((await app.inject(post('The first document reaches the quota.'))).statusCode, 200)
  // The replacement loads the model and lexicons (about a second); meanwhile the old worker answers.
  const meanwhile = await app.inject(post('The minister said so.'))
  t.equal(meanwhile.statusCode, 200)
  t.match(app.analyzer.stats(), { recycled: 0, workersStarted: 2 }, 'answered while the replacement was still starting')
  await until(() => app.analyzer.stats().recycled === 1, 'the replacement to take over')
  t.equal((await app.inject(post('After the switch.'))).statusCode, 200)
})

t.test('at its deadline a running analysis stops at its next paragraph: 503 at once, and its worker is kept', async (t) => {
  const app = await poolApp(t, { ANALYSIS_TIMEOUT_MS: '300' })
  const long = await app.inject(post('FAULT:LONG'))
  t.equal(long.statusCode, 503)
  t.match(long.json(), { code: 'SLANT_ERR_TIMEOUT', detail: 'The analysis did not finish within 300 ms' })
  await until(() => app.analyzer.stats().active === 0, 'the worker to return')
  const next = await app.inject(post('The minister said so.'))
  t.equal(next.statusCode, 200, 'the same worker serves the next request')
  t.match(app.analyzer.stats(), { timedOut: 1, failed: 0, workersStarted: 1 }, 'no worker was terminated or replaced')
})

t.test('a client that leaves stops its analysis, running or queued, and frees the worker', async (t) => {
  const lines: string[] = []
  const app = await poolApp(t, { ANALYSIS_TIMEOUT_MS: '60000' }, lines)
  const url = await app.listen({ port: 0, host: '127.0.0.1' })
  // One worker: the first analysis runs, the second waits in the queue; both clients leave.
  await Promise.all([abandon(url, '/analyze', 'FAULT:LONG', 'text/plain', 400), abandon(url, '/analyze', 'FAULT:LONG', 'text/plain', 400)])
  await until(() => app.analyzer.stats().cancelled === 2, 'both analyses to be cancelled')
  const started = Date.now()
  const next = await fetch(`${url}/analyze`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'The minister said so.' })
  t.equal(next.status, 200)
  t.ok(Date.now() - started < 2000, 'served without waiting for the abandoned analyses (seconds each)')
  t.match(app.analyzer.stats(), { cancelled: 2, completed: 1, failed: 0, workersStarted: 1 }, 'only the last request completed; no worker was replaced')
  const logged = lines.map((line) => JSON.parse(line)).filter((entry) => entry.code === 'SLANT_ERR_CLIENT_CLOSED')
  t.match(logged, [{ level: 30, status: 499, msg: 'request rejected' }, { level: 30, status: 499 }], 'logged at info as nginx does, 499')
  t.match((await app.inject({ url: '/metrics' })).body, /slant_analyses_cancelled 2/)
})

t.test('a client that leaves a batch stops the item running and every item waiting', async (t) => {
  const app = await poolApp(t, { ANALYSIS_TIMEOUT_MS: '60000' })
  const url = await app.listen({ port: 0, host: '127.0.0.1' })
  const documents = Array.from({ length: 5 }, () => ({ text: 'FAULT:LONG' }))
  await abandon(url, '/analyze/batch', JSON.stringify({ documents }), 'application/json', 400)
  // Two items at a time run or wait in the pool (concurrency 2 × POOL_SIZE); the other three never reach it.
  await until(() => app.analyzer.stats().cancelled === 2, 'the submitted items to be cancelled')
  const started = Date.now()
  t.equal((await app.inject(post('The minister said so.'))).statusCode, 200)
  t.ok(Date.now() - started < 2000, 'the worker is free')
  t.match(app.analyzer.stats(), { completed: 1, failed: 0, workersStarted: 1 }, 'no worker was replaced')
})

t.test('closing while abandoned analyses are still stopping waits for them, without a pool error', async (t) => {
  const lines: string[] = []
  const app = await poolApp(t, { POOL_SIZE: '2' }, lines)
  const url = await app.listen({ port: 0, host: '127.0.0.1' })
  // Two running and two queued: every client leaves, and the service closes while the running
  // tasks take 300 ms to reach their stop check. (The race that crashed the process, a late reply
  // to a pool piscina had already torn down, needed a deep queue at the moment of closing: seen
  // with `npm run load`-style overload, not reproducible at this size.)
  await Promise.all(Array.from({ length: 4 }, () => abandon(url, '/analyze', 'FAULT:STOPS_LATE', 'text/plain', 300)))
  await until(() => app.analyzer.stats().cancelled === 4, 'the clients to be gone')
  t.ok(app.analyzer.stats().active > 0, 'tasks are still stopping when the close begins')
  await app.close()
  t.equal(app.analyzer.stats().active, 0, 'every task returned before the pool closed')
  t.notOk(lines.some((line) => line.includes('analysis worker pool error')), 'no late reply reached a closed pool')
})
