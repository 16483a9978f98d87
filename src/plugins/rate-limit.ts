/**
 * Per-client rate limit on the analysis routes (@fastify/rate-limit,
 * https://github.com/fastify/fastify-rate-limit): counted per accepted API key when keys are
 * configured, else per client address; over the limit → 429 problem with Retry-After.
 */
import fp from 'fastify-plugin'
import rateLimit from '@fastify/rate-limit'
import { ProblemError } from '../errors.js'

export interface RateLimitOptions { max: number, windowMs: number }

export default fp<RateLimitOptions>(async (fastify, { max, windowMs }) => {
  if (max === 0) return
  await fastify.register(rateLimit, {
    max,
    timeWindow: windowMs,
    // Never the raw Authorization header: any made-up or re-spaced value would open a fresh count,
    // and enough of them would evict real clients from the limiter's store. The limit's hook runs
    // after the auth plugin's, so with keys configured only an accepted key has an id here.
    keyGenerator: (request) => request.apiKeyId === null ? `ip:${request.ip}` : `key:${request.apiKeyId}`,
    errorResponseBuilder: (_request, context) => new ProblemError('SLANT_ERR_RATE_LIMITED',
      `More than ${context.max} requests in ${context.after}; retry later`, { retryAfterSeconds: Math.max(1, Math.ceil(context.ttl / 1000)) })
  })
}, { name: 'rate-limit', dependencies: ['auth'] })
