import t from 'tap'
import { buildTestApp } from '../helper.js'

const PROBLEM = 'application/problem+json; charset=utf-8'

t.test('POST /analyze with JSON answers the contract and echoes the id', async (t) => {
  const app = await buildTestApp(t)
  const text = 'Hello world.\n\nThe minister said it was fine.'
  const response = await app.inject({ method: 'POST', url: '/analyze', payload: { text, id: 'story-42' } })
  t.equal(response.statusCode, 200)
  t.match(response.headers['content-type'], /^application\/json/)
  const body = response.json()
  t.equal(body.id, 'story-42')
  t.equal(body.engine.name, 'slant')
  t.match(body.document, { paragraphs: 2, sentences: 2, characters: text.length })
  t.same(body.paragraphs.map((p: { start: number, end: number }) => text.slice(p.start, p.end)), ['Hello world.', 'The minister said it was fine.'])
  t.ok(Array.isArray(body.lexicons))
})

t.test('text the tokenizer cannot read (a run of over 256 characters without whitespace) is named in document.unread', async (t) => {
  const app = await buildTestApp(t)
  const link = 'https://example.com/' + 'a1b2'.repeat(70)
  const text = `The minister said it was fine. Source: ${link} (archived).`
  const body = (await app.inject({ method: 'POST', url: '/analyze', payload: { text } })).json()
  t.same(body.document.unread, [{ start: 39, end: 39 + link.length }])
  t.equal(text.slice(39, 39 + link.length), link)
  t.equal(body.paragraphs[0].attributions[0].cue.text, 'said', 'the rest is analysed')
  const ordinary = (await app.inject({ method: 'POST', url: '/analyze', payload: { text: 'The minister said it was fine.' } })).json()
  t.notOk('unread' in ordinary.document, 'absent when everything was read')
})

t.test('a text of more than 10,000 paragraphs is refused whole with a 413 naming the limit; 10,000 are analysed', async (t) => {
  const app = await buildTestApp(t)
  const refused = await app.inject({ method: 'POST', url: '/analyze', headers: { 'content-type': 'text/plain' }, payload: 'Line.\n'.repeat(10_001) })
  t.equal(refused.statusCode, 413)
  t.equal(refused.headers['content-type'], PROBLEM)
  t.match(refused.json(), { code: 'SLANT_ERR_TOO_MANY_PARAGRAPHS', title: 'Too many paragraphs', detail: 'The text has 10,001 paragraphs; one analysis takes at most 10,000' })
  const accepted = await app.inject({ method: 'POST', url: '/analyze', headers: { 'content-type': 'text/plain' }, payload: 'Line.\n'.repeat(10_000) })
  t.equal(accepted.json().document.paragraphs, 10_000)
})

t.test('bodies are UTF-8: another charset is a 415 problem; a media type in any case is understood', async (t) => {
  const app = await buildTestApp(t)
  const latin1 = await app.inject({ method: 'POST', url: '/analyze', headers: { 'content-type': 'text/plain; charset=ISO-8859-1' }, payload: Buffer.from('Caf\xe9 owners said so.', 'latin1') })
  t.equal(latin1.statusCode, 415)
  t.match(latin1.json(), { code: 'SLANT_ERR_MEDIA_TYPE', detail: 'Only UTF-8 bodies are supported (charset=iso-8859-1); send charset=utf-8' })
  const utf8 = await app.inject({ method: 'POST', url: '/analyze', headers: { 'content-type': 'text/plain; charset="UTF-8"' }, payload: 'Café owners said so.' })
  t.equal(utf8.statusCode, 200)
  // (*Text/HTML* was analysed as plain text: its markup as words.)
  const html = await app.inject({ method: 'POST', url: '/analyze', headers: { 'content-type': 'Text/HTML' }, payload: '<p>The minister said it.</p>' })
  t.equal(html.json().text, 'The minister said it.')
})

t.test('POST /analyze accepts a raw text/plain article with the id in the query', async (t) => {
  const app = await buildTestApp(t)
  const response = await app.inject({ method: 'POST', url: '/analyze?id=plain-1', headers: { 'content-type': 'text/plain; charset=utf-8' }, payload: 'One line.\nAnother line.' })
  t.equal(response.statusCode, 200)
  t.equal(response.json().id, 'plain-1')
  t.equal(response.json().document.paragraphs, 2)
})

t.test('options.sentences=false leaves the sentence lists out', async (t) => {
  const app = await buildTestApp(t)
  const response = await app.inject({ method: 'POST', url: '/analyze', payload: { text: 'The first one is here. The second one is there.', options: { sentences: false } } })
  t.same(response.json().paragraphs[0].sentences, [])
  t.equal(response.json().document.sentences, 2)
})

const badRequests: Array<[string, Record<string, unknown>, number, string, RegExp]> = [
  ['invalid JSON', { headers: { 'content-type': 'application/json' }, payload: '{"text": "unfinished' }, 400, 'SLANT_ERR_BODY_INVALID_JSON', /could not be parsed/],
  ['an empty JSON body', { headers: { 'content-type': 'application/json' }, payload: '' }, 400, 'SLANT_ERR_BODY_MISSING', /./],
  ['a missing text', { payload: { id: 'x' } }, 400, 'SLANT_ERR_BODY_INVALID', /must have required property 'text'/],
  ['a number as text (no coercion)', { payload: { text: 123 } }, 400, 'SLANT_ERR_BODY_INVALID', /\/text must be string/],
  ['an array as text', { payload: { text: ['a'] } }, 400, 'SLANT_ERR_BODY_INVALID', /\/text must be string/],
  ['null as text', { payload: { text: null } }, 400, 'SLANT_ERR_BODY_INVALID', /\/text must be string/],
  ['an empty text', { payload: { text: '' } }, 400, 'SLANT_ERR_BODY_INVALID', /\/text must NOT have fewer than 1 characters/],
  ['a whitespace-only text', { payload: { text: ' \n\t ' } }, 400, 'SLANT_ERR_BODY_INVALID', /\/text must match pattern/],
  ['an unknown option', { payload: { text: 'x', options: { verbose: true } } }, 400, 'SLANT_ERR_BODY_INVALID', /\/options must NOT have additional properties/],
  ['an unknown top-level field', { payload: { text: 'x', txet: 'y' } }, 400, 'SLANT_ERR_BODY_INVALID', /must NOT have additional properties/],
  ['a whitespace-only text/plain body', { headers: { 'content-type': 'text/plain' }, payload: '  \r\n ' }, 400, 'SLANT_ERR_TEXT_EMPTY', /no non-whitespace/],
  ['an unsupported media type', { headers: { 'content-type': 'application/xml' }, payload: '<a/>' }, 415, 'SLANT_ERR_MEDIA_TYPE', /application\/json/],
  ['a body over the limit', { headers: { 'content-type': 'text/plain' }, payload: 'a '.repeat(600_000) }, 413, 'SLANT_ERR_BODY_TOO_LARGE', /1048576 bytes \(1\.00 MiB\)/],
  ['an unknown content encoding', { headers: { 'content-type': 'text/plain', 'content-encoding': 'br' }, payload: 'hello' }, 415, 'SLANT_ERR_ENCODING', /identity/]
]

for (const [name, request, status, code, detail] of badRequests) {
  t.test(`${name} → ${status} problem`, async (t) => {
    const app = await buildTestApp(t)
    const response = await app.inject({ method: 'POST', url: '/analyze', ...request })
    t.equal(response.statusCode, status)
    t.equal(response.headers['content-type'], PROBLEM)
    const body = response.json()
    t.match(body, { status, code, type: /^https:\/\/slant\.dev\/problems\//, title: String, instance: '/analyze' })
    t.match(body.detail, detail)
    t.notOk(JSON.stringify(body).includes('at '), 'no stack trace')
  })
}

t.test('an unknown route is a 404 problem', async (t) => {
  const app = await buildTestApp(t)
  const response = await app.inject({ method: 'GET', url: '/nowhere?x=1' })
  t.equal(response.statusCode, 404)
  t.equal(response.headers['content-type'], PROBLEM)
  t.match(response.json(), { status: 404, code: 'SLANT_ERR_NOT_FOUND', detail: 'No route GET /nowhere' })
})

t.test('GET /lexicons lists ids, versions, dimensions and entry counts', async (t) => {
  const app = await buildTestApp(t)
  const response = await app.inject({ method: 'GET', url: '/lexicons' })
  t.equal(response.statusCode, 200)
  const ids = response.json().lexicons.map((lexicon: { id: string }) => lexicon.id)
  t.ok(ids.includes('attribution') && ids.includes('critical') && ids.includes('state.ru'))
  for (const lexicon of response.json().lexicons) t.match(lexicon, { version: /^\d+\.\d+\.\d+/, dimension: String, entries: Number })
})

t.test('health probes answer once the app is ready', async (t) => {
  const app = await buildTestApp(t)
  t.same((await app.inject({ url: '/health/live' })).json(), { status: 'ok' })
  t.same((await app.inject({ url: '/health/ready' })).json(), { status: 'ready' })
})
