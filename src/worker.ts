/**
 * Piscina task entry (https://github.com/piscinajs/piscina): loads the model and lexicons once
 * per thread, then answers each task with the rendered analysis (a JSON string plus its sizes).
 * Nothing from wink crosses the thread boundary: the task is plain data plus its TaskControl
 * word, read between paragraphs so a task whose client left or whose deadline passed stops
 * early (and one cancelled while queued does not start). The heap size travels back so the
 * pool can recycle a bloated worker.
 */
import { workerData } from 'node:worker_threads'
import { getHeapStatistics } from 'node:v8'
import { createEngine } from './analysis/index.js'
import { renderAnalysis, type AnalysisTask, type RenderedAnalysis } from './analysis/render.js'
import { loadLexicons } from './lexicons/loader.js'
import { stopRequested, type TaskControl } from './task-control.js'
import { ENGINE_VERSION } from './version.js'

export interface WorkerTask extends AnalysisTask { control?: TaskControl }
export interface WorkerReply { rendered: RenderedAnalysis, heapUsedBytes: number }

const { lexiconDirs } = workerData as { lexiconDirs: string[] }
const engine = createEngine(await loadLexicons(lexiconDirs), ENGINE_VERSION)

export default function analyzeTask ({ control, ...task }: WorkerTask): WorkerReply {
  const shouldStop = control === undefined ? undefined : () => stopRequested(control)
  return { rendered: renderAnalysis(task, engine, shouldStop), heapUsedBytes: getHeapStatistics().used_heap_size }
}
