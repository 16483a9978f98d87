/** Backpressure: a full queue or memory pressure answers 503 + Retry-After at once. */
import t from 'tap'
import { buildTestApp } from '../helper.js'
import { poolApp, post } from '../pool-helper.js'

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
