/**
 * Optional bearer API keys for the analysis routes (@fastify/bearer-auth,
 * https://github.com/fastify/fastify-bearer-auth: constant-time key comparison).
 * Registered in the analysis context only, so health probes, metrics and docs stay open.
 */
import fp from 'fastify-plugin'
import bearerAuth from '@fastify/bearer-auth'
import { problem } from '../errors.js'

export default fp<{ keys: string[] }>(async (fastify, { keys }) => {
  if (keys.length === 0) return
  await fastify.register(bearerAuth, {
    keys: new Set(keys),
    contentType: 'application/problem+json; charset=utf-8',
    verifyErrorLogLevel: 'info',
    // The plugin's types insist on {error}; it sends whatever this returns, here a problem body.
    errorResponse: ((err: Error) => problem('SLANT_ERR_UNAUTHORIZED', err.message === 'missing authorization header'
      ? 'Send an API key as "Authorization: Bearer <key>"'
      : 'The API key is not valid')) as unknown as (err: Error) => { error: string }
  })
}, { name: 'auth' })
