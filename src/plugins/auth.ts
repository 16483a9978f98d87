/**
 * Optional bearer API keys for the analysis routes (@fastify/bearer-auth,
 * https://github.com/fastify/fastify-bearer-auth). Registered in the analysis context only, so
 * health probes, metrics and docs stay open. A request it accepts carries `request.apiKeyId`,
 * which the rate limit counts by.
 */
import fp from 'fastify-plugin'
import type { FastifyError } from 'fastify'
import bearerAuth from '@fastify/bearer-auth'
import { createHash, timingSafeEqual } from 'node:crypto'
import { ProblemError } from '../errors.js'

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * A hash of the API key the request was accepted with (never the key in clear); null when
     * no keys are configured, and before the key is checked.
     */
    apiKeyId: string | null
  }
}

const sha256 = (text: string): Buffer => createHash('sha256').update(text).digest()

export default fp<{ keys: string[] }>(async (fastify, { keys }) => {
  fastify.decorateRequest('apiKeyId', null)
  if (keys.length === 0) return
  const keyDigests = keys.map(sha256)
  await fastify.register(bearerAuth, {
    // Checked by `auth` below instead, which also learns which key was sent.
    keys: [],
    // The plugin hands the key over already trimmed, so `Bearer  k1` and `Bearer k1` are one client.
    auth: (key, request) => {
      const digest = sha256(key)
      // Digests have one length, and every configured key is compared, so the time taken tells
      // nothing about how much of a key was right or which key matched.
      let accepted = false
      for (const known of keyDigests) accepted = timingSafeEqual(known, digest) || accepted
      if (accepted) request.apiKeyId = digest.toString('hex').slice(0, 32)
      return accepted
    },
    // Failures go to our hook below and on to the one error handler, which logs them.
    addHook: false,
    verifyErrorLogLevel: 'debug'
  })
  // With addHook false the plugin decorates the instance with its check instead of adding a hook.
  const verify = fastify.verifyBearerAuth!
  fastify.addHook('onRequest', (request, reply, done) => {
    verify(request, reply, (err) => {
      if (err === undefined) return done()
      done(new ProblemError('SLANT_ERR_UNAUTHORIZED', (err as FastifyError).code === 'FST_BEARER_AUTH_MISSING_AUTHORIZATION_HEADER'
        ? 'Send an API key as "Authorization: Bearer <key>"'
        : 'The API key is not valid'))
    })
  })
}, { name: 'auth' })
