/**
 * Per-client rate limit on the analysis routes (@fastify/rate-limit,
 * https://github.com/fastify/fastify-rate-limit): keyed by API key when one is sent (hashed,
 * never stored in clear), else by IP; over the limit → 429 problem with Retry-After.
 */
import fp from 'fastify-plugin'
import rateLimit from '@fastify/rate-limit'
import { createHash } from 'node:crypto'
import { ProblemError } from '../errors.js'

export interface RateLimitOptions { max: number, windowMs: number }

export default fp<RateLimitOptions>(async (fastify, { max, windowMs }) => {
  if (max === 0) return
  await fastify.register(rateLimit, {
    max,
    timeWindow: windowMs,
    keyGenerator: (request) => {
      const authorization = request.headers.authorization
      return authorization === undefined ? `ip:${request.ip}` : `key:${createHash('sha256').update(authorization).digest('hex').slice(0, 32)}`
    },
    errorResponseBuilder: (_request, context) => new ProblemError('SLANT_ERR_RATE_LIMITED',
      `More than ${context.max} requests in ${context.after}; retry later`, { retryAfterSeconds: Math.max(1, Math.ceil(context.ttl / 1000)) })
  })
}, { name: 'rate-limit' })
