/**
 * One thread of the bench's scaling rows: bare wink `readDoc` (default pipe) or Slant's whole
 * analysis over the texts it was given, `passes` times for every message it receives, answering
 * with the time it took. Two of these side by side against one alone show what this machine's
 * cores give that work without the pool. Started by bench/run.ts only.
 */
import { parentPort, workerData } from 'node:worker_threads'
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { analyze, createEngine } from '../src/analysis/index.js'
import { loadLexicons } from '../src/lexicons/loader.js'
import { SHIPPED_LEXICON_DIR } from '../src/paths.js'
import { ENGINE_VERSION } from '../src/version.js'

export interface BareWinkWorkerData { texts: string[], warmPasses: number, work: 'wink' | 'analysis' }

const { texts, warmPasses, work } = workerData as BareWinkWorkerData
let pass: () => void
if (work === 'wink') {
  const nlp = winkNLP(model)
  pass = () => { for (const text of texts) nlp.readDoc(text).tokens().length() }
} else {
  const engine = createEngine(await loadLexicons([SHIPPED_LEXICON_DIR]), ENGINE_VERSION)
  pass = () => { for (const text of texts) analyze(text, engine) }
}
for (let i = 0; i < warmPasses; i++) pass()
parentPort?.on('message', (passes: number) => {
  const started = performance.now()
  for (let i = 0; i < passes; i++) pass()
  parentPort?.postMessage(performance.now() - started)
})
parentPort?.postMessage('ready')
