/** Worker faults: a worker that throws, dies or runs out of heap fails only its own request with a 500 problem; the pool recovers. */
import t from 'tap'
import { poolApp, post, statusOnceRecovered } from '../pool-helper.js'

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
