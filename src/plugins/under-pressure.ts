/**
 * Sheds load when the main thread is in trouble (@fastify/under-pressure,
 * https://github.com/fastify/under-pressure): event-loop delay or heap past their limits →
 * 503 problem with Retry-After. Registered inside the analysis routes' context only, so the
 * liveness probe keeps answering while analysis is shed.
 */
import fp from 'fastify-plugin'
import underPressure from '@fastify/under-pressure'
import { ProblemError } from '../errors.js'

export interface PressureOptions {
  eventLoopDelayLimitMs: number
  heapUsedLimitMb: number
}

export default fp<PressureOptions>(async (fastify, options) => {
  await fastify.register(underPressure, {
    maxEventLoopDelay: options.eventLoopDelayLimitMs,
    maxHeapUsedBytes: options.heapUsedLimitMb * 1024 * 1024,
    retryAfter: 1,
    pressureHandler: (_request, _reply, type) => {
      throw new ProblemError('SLANT_ERR_OVERLOADED', `The service is under pressure (${type}); retry shortly`, { retryAfterSeconds: 1 })
    }
  })
}, { name: 'under-pressure' })
