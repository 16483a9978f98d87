/** Liveness and readiness probes: live while the process serves, ready once model and lexicons are loaded. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { ProblemError } from '../errors.js'
import { problemResponses } from '../schemas/problem.js'

const HealthSchema = Type.Object({ status: Type.String() })

const health: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get('/health/live', { schema: { tags: ['health'], summary: 'Liveness: the process serves requests', response: { 200: { ...HealthSchema, description: 'Alive' } } } }, async () => ({ status: 'ok' }))
  fastify.get('/health/ready', { schema: { tags: ['health'], summary: 'Readiness: model, lexicons and workers are loaded', response: { 200: { ...HealthSchema, description: 'Ready to analyse' }, ...problemResponses(503) } } }, async () => {
    if (!fastify.analyzer.ready()) throw new ProblemError('SLANT_ERR_NOT_READY', 'The analysis workers are still loading', { retryAfterSeconds: 1 })
    return { status: 'ready' }
  })
}

export default health
