/**
 * An analysis rendered to its wire JSON where it is computed (in the worker), so the main thread
 * only forwards a string: no structured clone of a large object graph, no second serialisation.
 * The shape is the AnalyzeResponse schema's (the openapi test validates served responses).
 */
import { AnalysisStoppedError, analyzeInput, TooManyParagraphsError, type Engine, type InputFormat, type ShouldStop } from './index.js'

export interface AnalysisTask {
  text: string
  format?: InputFormat
  /** Client id, echoed first in the response. */
  id?: string
  /** false leaves the per-paragraph sentence lists out. */
  sentences?: boolean
}

export interface RenderedAnalysis {
  /** The AnalyzeResponse body ('' when refused). */
  json: string
  paragraphs: number
  characters: number
  tokens: number
  /** Why the text was refused (only plain data crosses the thread boundary, not an error class). */
  refused?: { reason: 'too-many-paragraphs', detail: string }
  /** Abandoned because `shouldStop` said so (the client left, or the deadline passed). */
  stopped?: true
}

export function renderAnalysis (task: AnalysisTask, engine: Engine, shouldStop?: ShouldStop): RenderedAnalysis {
  let result
  try {
    result = analyzeInput(task, engine, shouldStop)
  } catch (err) {
    if (err instanceof AnalysisStoppedError) return { json: '', paragraphs: 0, characters: task.text.length, tokens: 0, stopped: true }
    if (!(err instanceof TooManyParagraphsError)) throw err
    return { json: '', paragraphs: err.paragraphs, characters: task.text.length, tokens: 0, refused: { reason: 'too-many-paragraphs', detail: err.message } }
  }
  if (task.sentences === false) for (const paragraph of result.paragraphs) paragraph.sentences = []
  const body = task.id === undefined ? result : { id: task.id, ...result }
  return { json: JSON.stringify(body), paragraphs: result.document.paragraphs, characters: result.document.characters, tokens: result.document.tokens }
}
