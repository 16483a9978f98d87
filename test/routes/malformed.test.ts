/**
 * Requests too broken to reach a route — an undecodable URL, broken HTTP framing, oversized
 * headers — are still answered with an RFC 9457 problem, not Fastify's or Node's own JSON.
 */
import t from 'tap'
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
