/**
 * The bench's analysis ÷ bare wink comparison, run inside a worker thread started with the
 * service's resource limits (its young generation: see WORKER_YOUNG_GENERATION_MB), which is where
 * Slant's analysis runs in production. Posts the median ratio of alternating pairs, as the main
 * thread's comparison does. Started by bench/run.ts only.
 */
import { parentPort, workerData } from 'node:worker_threads'
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { analyze, createEngine } from '../src/analysis/index.js'
import { loadLexicons } from '../src/lexicons/loader.js'
import { SHIPPED_LEXICON_DIR } from '../src/paths.js'
import { ENGINE_VERSION } from '../src/version.js'
import { alternatingPairs, median } from './measure.js'

export interface InWorkerData { texts: string[], warmPasses: number, pairs: number }

const { texts, warmPasses, pairs } = workerData as InWorkerData
const engine = createEngine(await loadLexicons([SHIPPED_LEXICON_DIR]), ENGINE_VERSION)
const bare = winkNLP(model)
const bareRun = (): void => { for (const text of texts) bare.readDoc(text).tokens().length() }
const analysisRun = (): void => { for (const text of texts) analyze(text, engine) }
for (let i = 0; i < warmPasses; i++) { bareRun(); analysisRun() }
parentPort?.postMessage(median(alternatingPairs(bareRun, analysisRun, pairs).ratios))
