/**
 * Requests too broken to reach a route — an undecodable URL, broken HTTP framing, oversized
 * headers — are still answered with an RFC 9457 problem, not Fastify's or Node's own JSON.
 */
import t, { type Test } from 'tap'
import { connect } from 'node:net'
import { buildTestApp } from '../helper.js'

t.test('a URL with broken percent-encoding is a 400 problem', async (t) => {
  const app = await buildTestApp(t)
  const response = await app.inject({ method: 'GET', url: '/lexicons%E0%A4%A', headers: { 'x-request-id': 'bad-url-1' } })
  t.equal(response.statusCode, 400)
  t.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.equal(response.headers['x-request-id'], 'bad-url-1')
  t.same(response.json(), {
    type: 'https://slant.dev/problems/request-malformed',
    title: 'Malformed HTTP request',
    status: 400,
    code: 'SLANT_ERR_REQUEST_MALFORMED',
    detail: 'The URL is not valid percent-encoding',
    instance: '/lexicons%E0%A4%A',
    requestId: 'bad-url-1'
  })
})

/** Sends raw bytes to a listening app and resolves with everything it answers before closing. */
async function rawExchange (t: Test, bytes: string, env: Record<string, string> = {}): Promise<string> {
  const app = await buildTestApp(t, env)
  await app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = app.server.address() as { port: number }
  const socket = connect(port, '127.0.0.1')
  t.teardown(() => socket.destroy())
  return await new Promise<string>((resolve, reject) => {
    let received = ''
    socket.on('data', (chunk) => { received += chunk })
    socket.on('close', () => resolve(received))
    socket.on('error', reject)
    socket.write(bytes)
  })
}

const malformed: Array<[string, string]> = [
  ['a Content-Length shorter than the body', 'POST /analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\nThe minister said so.'],
  ['both Content-Length and Transfer-Encoding', 'POST /analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n'],
  ['a chunk size that is not hexadecimal', 'POST /analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n']
]

for (const [name, bytes] of malformed) {
  t.test(`${name}: a 400 problem, then the connection is closed`, async (t) => {
    const answer = await rawExchange(t, bytes)
    const problems = answer.split('HTTP/1.1 ').filter((part) => part.startsWith('400 '))
    t.equal(problems.length, 1, 'one 400 answer')
    const [head, body] = problems[0]!.split('\r\n\r\n')
    t.match(head, /^400 Bad Request\r\n/)
    t.match(head, /\r\ncontent-type: application\/problem\+json; charset=utf-8\r\n/i)
    t.match(head, /\r\nconnection: close(\r\n|$)/i)
    t.same(JSON.parse(body!), {
      type: 'https://slant.dev/problems/request-malformed',
      title: 'Malformed HTTP request',
      status: 400,
      code: 'SLANT_ERR_REQUEST_MALFORMED',
      detail: 'The request is not valid HTTP/1.1'
    })
  })
}

t.test('headers over the size limit: a 431 problem, then the connection is closed', async (t) => {
  const answer = await rawExchange(t, `GET /health/live HTTP/1.1\r\nHost: x\r\nX-Padding: ${'a'.repeat(20_000)}\r\n\r\n`)
  const [head, body] = answer.split('\r\n\r\n')
  t.match(head, /^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/)
  t.match(head, /\r\ncontent-type: application\/problem\+json; charset=utf-8\r\n/i)
  t.same(JSON.parse(body!), {
    type: 'https://slant.dev/problems/headers-too-large',
    title: 'Request headers too large',
    status: 431,
    code: 'SLANT_ERR_HEADERS_TOO_LARGE',
    detail: 'The request headers are larger than the server accepts'
  })
})

t.test('a request that does not arrive within REQUEST_TIMEOUT_MS: a 408 problem, then the connection is closed', async (t) => {
  const answer = await rawExchange(t, 'POST /analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n', { REQUEST_TIMEOUT_MS: '1000' })
  const [head, body] = answer.split('\r\n\r\n')
  t.match(head, /^HTTP\/1\.1 408 Request Timeout\r\n/)
  t.match(head, /\r\ncontent-type: application\/problem\+json; charset=utf-8\r\n/i)
  t.same(JSON.parse(body!), {
    type: 'https://slant.dev/problems/request-timeout',
    title: 'Request not received in time',
    status: 408,
    code: 'SLANT_ERR_REQUEST_TIMEOUT',
    detail: 'The request did not arrive within 1000 ms'
  })
})
