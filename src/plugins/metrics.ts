/**
 * Prometheus metrics at /metrics (fastify-metrics + prom-client,
 * https://github.com/SkeLLLa/fastify-metrics): request counts and latency by route and
 * status, plus Slant's own: documents, paragraphs and characters analysed, pool queue depth,
 * utilisation and recycles, and the loaded lexicon versions as labels.
 */
import fp from 'fastify-plugin'
import fastifyMetricsModule, { type IMetricsPluginOptions } from 'fastify-metrics'
import type { FastifyPluginAsync } from 'fastify'
import type { RenderedAnalysis } from '../analysis/render.js'

// A CommonJS module with `exports.default`: under NodeNext the plugin is the `default` property.
const fastifyMetrics = ((fastifyMetricsModule as unknown as { default?: unknown }).default ?? fastifyMetricsModule) as FastifyPluginAsync<Partial<IMetricsPluginOptions>>

export interface AnalysisMetrics {
  observe: (rendered: RenderedAnalysis, format: string) => void
}

declare module 'fastify' {
  interface FastifyInstance {
    analysisMetrics: AnalysisMetrics
  }
}

export default fp(async (fastify) => {
  await fastify.register(fastifyMetrics, {
    endpoint: '/metrics',
    // Each app owns the default registry while it lives (tests build many apps in one process).
    clearRegisterOnInit: true,
    routeMetrics: { enabled: { histogram: true, summary: false }, routeBlacklist: ['/metrics'] }
  })
  const client = fastify.metrics.client
  const documents = new client.Counter({ name: 'slant_documents_analysed_total', help: 'Documents analysed', labelNames: ['format'] })
  const paragraphs = new client.Counter({ name: 'slant_paragraphs_analysed_total', help: 'Paragraphs analysed' })
  const characters = new client.Counter({ name: 'slant_characters_analysed_total', help: 'UTF-16 code units analysed' })
  const analyzer = () => fastify.analyzer.stats()
  new client.Gauge({ name: 'slant_pool_queue_depth', help: 'Analyses waiting for a worker', collect () { this.set(analyzer().queued) } })
  new client.Gauge({ name: 'slant_pool_workers', help: 'Configured analysis worker threads', collect () { this.set(analyzer().workers) } })
  new client.Gauge({ name: 'slant_pool_utilisation', help: 'Share of worker time spent analysing (0–1)', collect () { this.set(analyzer().utilisation) } })
  new client.Gauge({ name: 'slant_pool_recycles', help: 'Times the worker pool was replaced (document quota, heap limit)', collect () { this.set(analyzer().recycled) } })
  new client.Gauge({ name: 'slant_worker_failures', help: 'Analyses whose worker threw or died (the worker is replaced)', collect () { this.set(analyzer().failed) } })
  new client.Gauge({ name: 'slant_analyses_cancelled', help: 'Analyses stopped because the client closed the connection', collect () { this.set(analyzer().cancelled) } })
  new client.Gauge({ name: 'slant_analyses_timed_out', help: 'Analyses answered 503 at their deadline (the worker is asked to stop)', collect () { this.set(analyzer().timedOut) } })
  new client.Gauge({ name: 'slant_tasks_rerun', help: 'Analyses run again because a worker died holding them unstarted (they had no part in the failure)', collect () { this.set(analyzer().rerun) } })
  new client.Gauge({ name: 'slant_workers_started', help: 'Analysis worker threads started, replacements and recycled pools included', collect () { this.set(analyzer().workersStarted) } })
  new client.Gauge({ name: 'slant_worker_heap_max_bytes', help: 'Largest V8 heap a worker reported after an analysis', collect () { this.set(analyzer().maxWorkerHeapBytes) } })
  const lexicons = new client.Gauge({ name: 'slant_lexicon_info', help: 'Loaded lexicons (value 1), with id, version and dimension', labelNames: ['id', 'version', 'dimension'] })
  fastify.addHook('onReady', async () => {
    for (const lexicon of fastify.lexicons) lexicons.set({ id: lexicon.id, version: lexicon.version, dimension: lexicon.dimension }, 1)
  })
  fastify.decorate('analysisMetrics', {
    observe: (rendered: RenderedAnalysis, format: string) => {
      documents.inc({ format })
      paragraphs.inc(rendered.paragraphs)
      characters.inc(rendered.characters)
    }
  })
}, { name: 'metrics', dependencies: ['lexicons'] })
