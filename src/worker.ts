/**
 * Piscina task entry (https://github.com/piscinajs/piscina): loads the model and compiles the
 * lexicons once per thread, then answers each task with the rendered analysis (a JSON string plus
 * its sizes). The lexicons arrive already read and validated by the main thread (`workerData`):
 * every pool, replacements included, runs exactly the lexicons `GET /lexicons` reports, even if the
 * files change on disk, and a worker starts in about half the time (no YAML or schema modules,
 * no parse, no validation compile: about 0.65 of its 1.1 CPU-seconds).
 * Nothing from wink crosses the thread boundary: the task is plain data plus its TaskControl
 * word, read between paragraphs so a task whose client left or whose deadline passed stops
 * early (and one cancelled while queued does not start); the worker marks the word with its thread
 * id when it starts a task. The heap size travels back so the pool can recycle a bloated worker.
 */
import { threadId, workerData } from 'node:worker_threads'
import { getHeapStatistics } from 'node:v8'
import { createEngine } from './analysis/index.js'
import { renderAnalysis, type AnalysisTask, type RenderedAnalysis } from './analysis/render.js'
import type { LexiconFile } from './schemas/lexicon-file.js'
import { markStarted, stopRequested, type TaskControl } from './task-control.js'
import { ENGINE_VERSION } from './version.js'

export interface WorkerTask extends AnalysisTask { control?: TaskControl }
export interface WorkerReply { rendered: RenderedAnalysis, heapUsedBytes: number }

export interface WorkerData { lexicons: LexiconFile[] }

const { lexicons } = workerData as WorkerData
const engine = createEngine(lexicons, ENGINE_VERSION)

export default function analyzeTask ({ control, ...task }: WorkerTask): WorkerReply {
  if (control !== undefined) markStarted(control, threadId)
  const shouldStop = control === undefined ? undefined : () => stopRequested(control)
  return { rendered: renderAnalysis(task, engine, shouldStop), heapUsedBytes: getHeapStatistics().used_heap_size }
}
