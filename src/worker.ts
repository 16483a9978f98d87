/**
 * Piscina task entry (https://github.com/piscinajs/piscina): loads the model and lexicons once
 * per thread, then answers `{ text }` with the plain-JSON analysis. Nothing from wink crosses
 * the thread boundary. The heap size travels back so the pool can recycle a bloated worker.
 */
import { workerData } from 'node:worker_threads'
import { getHeapStatistics } from 'node:v8'
import { analyzeInput, createEngine, type AnalysisResult, type InputFormat } from './analysis/index.js'
import { loadLexicons } from './lexicons/loader.js'

export interface WorkerTask { text: string, format?: InputFormat }
export interface WorkerReply { result: AnalysisResult, heapUsedBytes: number }

const { lexiconDirs } = workerData as { lexiconDirs: string[] }
const engine = createEngine(await loadLexicons(lexiconDirs))

export default function analyzeTask (task: WorkerTask): WorkerReply {
  return { result: analyzeInput(task, engine), heapUsedBytes: getHeapStatistics().used_heap_size }
}
