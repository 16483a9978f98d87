/** API keys, CORS, rate limiting, metrics and the docs UI through the real app. */
import t from 'tap'
import { buildTestApp } from '../helper.js'

const analyze = (headers: Record<string, string> = {}) => ({ method: 'POST' as const, url: '/analyze', headers: { 'content-type': 'text/plain', ...headers }, payload: 'The minister said so.' })

t.test('with API keys set, analysis routes need a bearer key; health, metrics and docs stay open', async (t) => {
  const app = await buildTestApp(t, { API_KEYS: 'alpha-key, beta-key' })
  const missing = await app.inject(analyze())
  t.equal(missing.statusCode, 401)
  t.equal(missing.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.match(missing.json(), { status: 401, code: 'SLANT_ERR_UNAUTHORIZED', detail: /Authorization: Bearer/ })
  t.equal((await app.inject(analyze({ authorization: 'Bearer wrong' }))).statusCode, 401)
  t.equal((await app.inject(analyze({ authorization: 'Bearer beta-key' }))).statusCode, 200)
  t.equal((await app.inject({ method: 'POST', url: '/analyze/batch', payload: { documents: [{ text: 'x' }] } })).statusCode, 401)
  for (const url of ['/health/live', '/health/ready', '/metrics', '/docs/json']) {
    t.equal((await app.inject({ url })).statusCode, 200, `${url} is open`)
  }
})

t.test('a refused API key is a problem like any other, with its instance and request id', async (t) => {
  const app = await buildTestApp(t, { API_KEYS: 'alpha-key' })
  const refused = await app.inject(analyze({ authorization: 'Bearer wrong', 'x-request-id': 'cms-req-401' }))
  t.equal(refused.statusCode, 401)
  t.equal(refused.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.same(refused.json(), {
    type: 'https://slant.dev/problems/unauthorized',
    title: 'API key required',
    status: 401,
    code: 'SLANT_ERR_UNAUTHORIZED',
    detail: 'The API key is not valid',
    instance: '/analyze',
    requestId: 'cms-req-401'
  })
})

t.test('keys can come from a mounted file', async (t) => {
  const dir = t.testdir({ keys: '# newsroom keys\nfile-key\n\n' })
  const app = await buildTestApp(t, { API_KEYS_FILE: `${dir}/keys` })
  t.equal((await app.inject(analyze({ authorization: 'Bearer file-key' }))).statusCode, 200)
  t.equal((await app.inject(analyze())).statusCode, 401)
})

t.test('without keys the analysis routes are open', async (t) => {
  const app = await buildTestApp(t)
  t.equal((await app.inject(analyze())).statusCode, 200)
})

t.test('CORS allows configured origins only', async (t) => {
  const app = await buildTestApp(t, { CORS_ORIGINS: 'https://cms.example.org' })
  const preflight = await app.inject({ method: 'OPTIONS', url: '/analyze', headers: { origin: 'https://cms.example.org', 'access-control-request-method': 'POST' } })
  t.equal(preflight.statusCode, 204)
  t.equal(preflight.headers['access-control-allow-origin'], 'https://cms.example.org')
  const other = await app.inject(analyze({ origin: 'https://evil.example' }))
  t.equal(other.headers['access-control-allow-origin'], undefined)
})

t.test('over the rate limit a client gets 429 with Retry-After; another key is unaffected', async (t) => {
  const app = await buildTestApp(t, { RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW_MS: '60000', API_KEYS: 'one,two' })
  const statuses = []
  for (let i = 0; i < 3; i++) statuses.push((await app.inject(analyze({ authorization: 'Bearer one' }))).statusCode)
  t.same(statuses, [200, 200, 429])
  const limited = await app.inject(analyze({ authorization: 'Bearer one' }))
  t.equal(limited.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.match(limited.json(), { status: 429, code: 'SLANT_ERR_RATE_LIMITED' })
  t.ok(Number(limited.headers['retry-after']) >= 1)
  t.equal((await app.inject(analyze({ authorization: 'Bearer two' }))).statusCode, 200)
  t.equal((await app.inject({ url: '/health/live' })).statusCode, 200, 'probes are not limited')
})

t.test('without API keys the rate limit counts by client address, whatever Authorization header is sent', async (t) => {
  const app = await buildTestApp(t, { RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW_MS: '60000' })
  const statuses = []
  for (let i = 0; i < 5; i++) statuses.push((await app.inject(analyze({ authorization: `Bearer x${i}` }))).statusCode)
  t.same(statuses, [200, 200, 429, 429, 429], 'a made-up bearer token per request does not reset the count')
  t.equal((await app.inject({ ...analyze(), remoteAddress: '10.0.0.2' })).statusCode, 200, 'another address has its own count')
})

t.test('with TRUST_PROXY set, clients behind the proxy have their own counts by X-Forwarded-For', async (t) => {
  const app = await buildTestApp(t, { RATE_LIMIT_MAX: '2', TRUST_PROXY: '1' })
  const via = (client: string) => ({ ...analyze({ 'x-forwarded-for': client }), remoteAddress: '10.0.0.1' })
  const first = []
  for (let i = 0; i < 3; i++) first.push((await app.inject(via('203.0.113.7'))).statusCode)
  t.same(first, [200, 200, 429])
  t.equal((await app.inject(via('203.0.113.8'))).statusCode, 200, 'another client behind the same proxy')
  const untrusted = await buildTestApp(t, { RATE_LIMIT_MAX: '2' })
  const shared = []
  for (const client of ['203.0.113.7', '203.0.113.8', '203.0.113.9']) shared.push((await untrusted.inject(via(client))).statusCode)
  t.same(shared, [200, 200, 429], 'unset: the proxy is the client, and the header is not believed')
})

t.test('with API keys the rate limit counts by the accepted key, however the header is spaced', async (t) => {
  const app = await buildTestApp(t, { RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW_MS: '60000', API_KEYS: 'one,two' })
  const statuses = []
  for (const authorization of ['Bearer one', 'Bearer  one', 'Bearer one   ']) statuses.push((await app.inject(analyze({ authorization }))).statusCode)
  t.same(statuses, [200, 200, 429], 'extra spaces around the key do not open a new count')
  const forged = []
  for (let i = 0; i < 5; i++) forged.push((await app.inject(analyze({ authorization: `Bearer forged${i}` }))).statusCode)
  t.same(forged, [401, 401, 401, 401, 401], 'unknown keys are refused before they are counted')
  const second = []
  for (let i = 0; i < 3; i++) second.push((await app.inject(analyze({ authorization: 'Bearer two' }))).statusCode)
  t.same(second, [200, 200, 429], 'the other key has its own count')
})

t.test('/metrics exposes request, analysis, pool and lexicon metrics', async (t) => {
  const app = await buildTestApp(t)
  await app.inject(analyze())
  await app.inject({ method: 'POST', url: '/analyze', payload: { text: '<p>One.</p><p>Two.</p>', format: 'html' } })
  const metrics = (await app.inject({ url: '/metrics' })).body
  t.match(metrics, /http_request_duration_seconds_count\{method="POST",route="\/analyze",status_code="200"\} 2/)
  t.match(metrics, /slant_documents_analysed_total\{format="text"\} 1/)
  t.match(metrics, /slant_documents_analysed_total\{format="html"\} 1/)
  t.match(metrics, /slant_paragraphs_analysed_total 3/)
  t.match(metrics, /slant_characters_analysed_total 31/)
  t.match(metrics, /slant_pool_queue_depth 0/)
  t.match(metrics, /slant_pool_recycles 0/)
  t.match(metrics, /slant_lexicon_info\{id="state\.ru",version="\d+\.\d+\.\d+",dimension="stateFraming"\} 1/)
})

t.test('Swagger UI at /docs serves the OpenAPI document', async (t) => {
  const app = await buildTestApp(t)
  const ui = await app.inject({ url: '/docs/' })
  t.equal(ui.statusCode, 200)
  t.match(ui.headers['content-type'], /text\/html/)
  const document = (await app.inject({ url: '/docs/json' })).json()
  t.equal(document.openapi, '3.1.0')
  t.ok(document.paths['/analyze/batch'])
  for (const name of ['missing.js', 'a'.repeat(300)]) {
    const missing = await app.inject({ url: `/docs/static/${name}` })
    t.equal(missing.statusCode, 404, `a ${name.length}-character file name that does not exist is a 404`)
    t.equal(missing.json().code, 'SLANT_ERR_NOT_FOUND')
  }
})
