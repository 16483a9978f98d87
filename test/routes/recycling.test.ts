/** Pool recycling after a document quota or heap limit, without failing in-flight requests. */
import t from 'tap'
import { poolApp, post, until } from '../pool-helper.js'

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
