import t from 'tap'
import { buildTestApp } from '../helper.js'

t.test('a JSON batch answers one item per document, in order; a bad item fails alone', async (t) => {
  const app = await buildTestApp(t)
  const response = await app.inject({
    method: 'POST',
    url: '/analyze/batch',
    payload: { documents: [{ text: 'First story.', id: 'a' }, { text: 42, id: 'b' }, { text: '   ' }, { text: '<p>Fourth.</p>', format: 'html', id: 'd' }] }
  })
  t.equal(response.statusCode, 200)
  const { items } = response.json()
  t.same(items.map((item: { index: number, id?: string, status: number }) => [item.index, item.id, item.status]), [[0, 'a', 200], [1, 'b', 400], [2, undefined, 400], [3, 'd', 200]])
  t.equal(items[0].analysis.id, 'a')
  t.equal(items[0].analysis.document.paragraphs, 1)
  t.match(items[1].problem, { code: 'SLANT_ERR_BODY_INVALID', detail: '/documents/1/text must be string' })
  t.match(items[2].problem, { code: 'SLANT_ERR_BODY_INVALID', detail: /must match pattern/ })
  t.equal(items[3].analysis.text, 'Fourth.')
})

t.test('NDJSON in streams NDJSON out, one line per document, bad lines included', async (t) => {
  const app = await buildTestApp(t)
  const body = ['{"text":"One.","id":"1"}', 'not json', '{"text":"Three."}'].join('\n') + '\n'
  const response = await app.inject({ method: 'POST', url: '/analyze/batch', headers: { 'content-type': 'application/x-ndjson' }, payload: body })
  t.equal(response.statusCode, 200)
  t.match(response.headers['content-type'], /^application\/x-ndjson/)
  const lines = response.body.trim().split('\n').map((line) => JSON.parse(line))
  t.same(lines.map((line) => [line.index, line.status]), [[0, 200], [1, 400], [2, 200]])
  t.match(lines[1].problem, { code: 'SLANT_ERR_BODY_INVALID_JSON', detail: 'Line 2 could not be parsed as JSON' })
})

t.test('a batch over the document limit is refused whole with a 400 naming the limit', async (t) => {
  const app = await buildTestApp(t, { BATCH_MAX_DOCUMENTS: '2' })
  const response = await app.inject({ method: 'POST', url: '/analyze/batch', payload: { documents: [{ text: 'a' }, { text: 'b' }, { text: 'c' }] } })
  t.equal(response.statusCode, 400)
  t.match(response.json().detail, /must NOT have more than 2 items/)
})

t.test('an empty batch is a 400', async (t) => {
  const app = await buildTestApp(t)
  t.equal((await app.inject({ method: 'POST', url: '/analyze/batch', payload: { documents: [] } })).statusCode, 400)
})

t.test('a batch body over its own limit is a 413 naming that limit', async (t) => {
  const app = await buildTestApp(t, { BATCH_BODY_LIMIT_BYTES: '2048' })
  const response = await app.inject({ method: 'POST', url: '/analyze/batch', payload: { documents: [{ text: 'x'.repeat(5000) }] } })
  t.equal(response.statusCode, 413)
  t.match(response.json().detail, /2048 bytes/)
})

t.test('a batch is spread over the worker pool', async (t) => {
  const app = await buildTestApp(t, { POOL_SIZE: '2' })
  await app.ready()
  const documents = Array.from({ length: 12 }, (_, i) => ({ text: `Story ${i} is short.`, id: String(i) }))
  const response = await app.inject({ method: 'POST', url: '/analyze/batch', payload: { documents } })
  t.same(response.json().items.map((item: { id: string, status: number }) => `${item.id}:${item.status}`), documents.map((d) => `${d.id}:200`))
  t.equal(app.analyzer.stats().completed, 12)
})

t.test('a batch is JSON or NDJSON: a text/plain body is a 415 problem, not a crash', async (t) => {
  const app = await buildTestApp(t)
  for (const type of ['text/plain', 'text/html']) {
    const response = await app.inject({ method: 'POST', url: '/analyze/batch', headers: { 'content-type': type }, payload: 'The minister said it.' })
    t.equal(response.statusCode, 415, type)
    t.match(response.json(), { code: 'SLANT_ERR_MEDIA_TYPE' })
  }
})

t.test('media types are matched whatever their case; Accept with q=0 does not ask for NDJSON', async (t) => {
  const app = await buildTestApp(t)
  const ndjson = await app.inject({ method: 'POST', url: '/analyze/batch', headers: { 'content-type': 'Application/X-NDJSON' }, payload: '{"text":"One."}\n' })
  t.match(ndjson.headers['content-type'], /^application\/x-ndjson/)
  const refused = await app.inject({ method: 'POST', url: '/analyze/batch', headers: { accept: 'application/x-ndjson;q=0, application/json' }, payload: { documents: [{ text: 'One.' }] } })
  t.match(refused.headers['content-type'], /^application\/json/)
  t.equal(refused.json().items[0].status, 200)
})

t.test('each document in a batch is held to one /analyze body\'s limit', async (t) => {
  const app = await buildTestApp(t, { BODY_LIMIT_BYTES: '2048' })
  const response = await app.inject({ method: 'POST', url: '/analyze/batch', payload: { documents: [{ text: 'Short.' }, { text: 'Long story. '.repeat(200), id: 'long' }] } })
  const { items } = response.json()
  t.same(items.map((item: { id?: string, status: number }) => [item.id, item.status]), [[undefined, 200], ['long', 413]])
  t.match(items[1].problem, { code: 'SLANT_ERR_BODY_TOO_LARGE', detail: 'Document 1 is 2400 bytes; each document may have at most 2048 (as one /analyze body)' })
})

t.test('once a batch\'s results pass their limit, the remaining items get a 413 problem', async (t) => {
  const app = await buildTestApp(t, { BATCH_RESULT_LIMIT_BYTES: '4096', POOL_SIZE: '0' })
  const documents = Array.from({ length: 6 }, (_, i) => ({ text: `Story ${i}: the minister said the talks failed.\n\nA second paragraph.`, id: `s${i}` }))
  const { items } = (await app.inject({ method: 'POST', url: '/analyze/batch', payload: { documents } })).json()
  const statuses = items.map((item: { status: number }) => item.status)
  const firstRefused = statuses.indexOf(413)
  // (In process, one item at a time: the results that fit come first.)
  t.ok(firstRefused > 0 && statuses.slice(firstRefused).every((status: number) => status === 413), `the first results fit, the rest are refused: ${statuses.join(' ')}`)
  t.match(items[firstRefused].problem, { code: 'SLANT_ERR_BATCH_TOO_LARGE', title: 'Batch results too large' })
})

t.test('an invalid item\'s overlong id is not echoed', async (t) => {
  const app = await buildTestApp(t)
  const { items } = (await app.inject({ method: 'POST', url: '/analyze/batch', payload: { documents: [{ text: 42, id: 'x'.repeat(300_000) }] } })).json()
  t.same([items[0].id, items[0].status], [undefined, 400])
})
