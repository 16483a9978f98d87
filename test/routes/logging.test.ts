import t from 'tap'
import { buildTestApp } from '../helper.js'

t.test('article text never appears in any log line, even on errors', async (t) => {
  const lines: string[] = []
  const app = await buildTestApp(t, {}, lines)
  const marker = 'EMBARGOED-7f3a9c-MARKER'
  await app.inject({ method: 'POST', url: '/analyze', payload: { text: `The minister said ${marker} would resign.` } })
  await app.inject({ method: 'POST', url: '/analyze', headers: { 'content-type': 'text/plain' }, payload: `${marker} plain` })
  await app.inject({ method: 'POST', url: '/analyze', headers: { 'content-type': 'application/json' }, payload: `{"text": "${marker}` })
  await app.inject({ method: 'POST', url: '/analyze', payload: { text: marker, options: { [marker]: 1 } } })
  t.ok(lines.length > 8, 'requests were logged')
  t.notOk(lines.some((line) => line.includes(marker)), 'the marker is in no log line')
  const analyzed = lines.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'analyzed')
  t.match(analyzed, { reqId: String, characters: Number, paragraphs: 1, tokens: Number, analysisMs: Number })
})

t.test('request log lines carry the path only: no query string, no client-chosen header text', async (t) => {
  const lines: string[] = []
  const app = await buildTestApp(t, {}, lines)
  const marker = 'QUERY-2b8e41-MARKER'
  await app.inject({ method: 'POST', url: `/analyze?id=${marker}`, headers: { 'content-type': 'text/plain', host: `${marker}.example` }, payload: 'The minister said so.' })
  await app.inject({ method: 'GET', url: `/lexicons?${marker}=1`, headers: { 'accept-version': marker } })
  await app.inject({ method: 'GET', url: `/nowhere?q=${marker}` })
  await app.inject({ method: 'GET', url: `/lexicons%E0%A4%A?q=${marker}` })
  t.notOk(lines.some((line) => line.includes(marker)), 'the marker is in no log line')
  const requests = lines.map((line) => JSON.parse(line)).filter((entry) => entry.msg === 'incoming request').map((entry) => entry.req)
  t.same(requests, [
    { method: 'POST', url: '/analyze', remoteAddress: '127.0.0.1' },
    { method: 'GET', url: '/lexicons', remoteAddress: '127.0.0.1' },
    { method: 'GET', url: '/nowhere', remoteAddress: '127.0.0.1' },
    { method: 'GET', url: '/lexicons%E0%A4%A', remoteAddress: '127.0.0.1' }
  ])
})

t.test('load shedding is logged at warn, without an error or a stack', async (t) => {
  const lines: string[] = []
  const app = await buildTestApp(t, { HEAP_USED_LIMIT_MB: '1' }, lines)
  await app.ready()
  // The heap is sampled about once a second.
  await new Promise((resolve) => setTimeout(resolve, 1200))
  const shed = await app.inject({ method: 'POST', url: '/analyze', headers: { 'content-type': 'text/plain', 'x-request-id': 'shed-1' }, payload: 'The minister said so.' })
  t.equal(shed.statusCode, 503)
  const entries = lines.map((line) => JSON.parse(line)).filter((entry) => entry.reqId === 'shed-1')
  const { time: _time, pid: _pid, hostname: _hostname, ...logged } = entries.find((entry) => entry.code === 'SLANT_ERR_OVERLOADED')
  t.same(logged, { level: 40, reqId: 'shed-1', code: 'SLANT_ERR_OVERLOADED', status: 503, msg: 'request shed' })
  t.same(entries.filter((entry) => entry.level >= 50), [], 'nothing logged at error level')
})
