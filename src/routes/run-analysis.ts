/**
 * One analysis request, shared by /analyze and /analyze/batch: blank-text check, the call into
 * the pool, the HTML no-text check, response options. Throws ProblemError for client mistakes.
 */
import type { FastifyBaseLogger } from 'fastify'
import type { ServerResponse } from 'node:http'
import { ProblemError } from '../errors.js'
import { MAX_HTML_NESTING, nestsDeeperThan } from '../analysis/text/html-to-text.js'
import type { Analyzer } from '../plugins/analyzer.js'
import type { AnalysisMetrics } from '../plugins/metrics.js'
import type { AnalyzeOptions } from '../schemas/analyze-request.js'
import type { RenderedAnalysis } from '../analysis/render.js'

export interface AnalysisInput {
  text: string
  format: 'text' | 'html'
  id?: string | undefined
  options?: AnalyzeOptions | undefined
}

const NON_BLANK = /\S/

/**
 * Aborted when the connection closes before the response is complete: the client has gone, and
 * its analyses (queued or running) are stopped instead of computed for nobody.
 */
export function clientGoneSignal (response: ServerResponse): AbortSignal {
  const controller = new AbortController()
  response.once('close', () => { if (!response.writableEnded) controller.abort() })
  return controller.signal
}

export async function runAnalysis (services: { analyzer: Analyzer, analysisMetrics: AnalysisMetrics }, input: AnalysisInput, log: FastifyBaseLogger, signal?: AbortSignal): Promise<RenderedAnalysis> {
  if (!NON_BLANK.test(input.text)) throw new ProblemError('SLANT_ERR_TEXT_EMPTY', 'The text has no non-whitespace character')
  // A linear scan here rather than a worker tied up parsing: the parser is quadratic in depth.
  if (input.format === 'html' && nestsDeeperThan(input.text, MAX_HTML_NESTING)) {
    throw new ProblemError('SLANT_ERR_HTML_TOO_DEEP', `The HTML nests more than ${MAX_HTML_NESTING.toLocaleString('en')} elements deep`)
  }
  const started = performance.now()
  const rendered = await services.analyzer.run({
    text: input.text,
    format: input.format,
    ...(input.id === undefined ? {} : { id: input.id }),
    ...(input.options?.sentences === false ? { sentences: false } : {})
  }, signal === undefined ? {} : { signal })
  if (rendered.refused !== undefined) throw new ProblemError('SLANT_ERR_TOO_MANY_PARAGRAPHS', rendered.refused.detail)
  if (input.format === 'html' && rendered.paragraphs === 0) {
    throw new ProblemError('SLANT_ERR_NO_ARTICLE_TEXT', 'The HTML has no article text outside navigation, scripts, styles, forms and footers')
  }
  services.analysisMetrics.observe(rendered, input.format)
  log.info({
    format: input.format,
    characters: rendered.characters,
    paragraphs: rendered.paragraphs,
    tokens: rendered.tokens,
    analysisMs: Math.round(performance.now() - started)
  }, 'analyzed')
  return rendered
}
