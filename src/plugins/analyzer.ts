/**
 * `fastify.analyzer`: runs the pure analysis. With `poolSize` 0 it runs in-process (tests, CLI);
 * otherwise in a worker-thread pool so the main thread never calls wink's `readDoc`.
 */
import fp from 'fastify-plugin'
import { analyze, createEngine, type AnalysisResult } from '../analysis/index.js'

export interface Analyzer {
  run: (text: string) => Promise<AnalysisResult>
  ready: () => boolean
}

declare module 'fastify' {
  interface FastifyInstance {
    analyzer: Analyzer
  }
}

export default fp(async (fastify) => {
  const engine = createEngine(fastify.lexicons)
  fastify.decorate('analyzer', {
    run: async (text: string) => analyze(text, engine),
    ready: () => true
  })
}, { name: 'analyzer', dependencies: ['lexicons'] })
