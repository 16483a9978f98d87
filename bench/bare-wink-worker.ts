/**
 * One thread of the bench's hardware-ceiling row: bare wink `readDoc` (default pipe) over the
 * texts it was given, `passes` times for every message it receives, answering with the time it
 * took. Two of these side by side against one alone show what this machine's cores give
 * wink-bound work, whatever the pool does. Started by bench/run.ts only.
 */
import { parentPort, workerData } from 'node:worker_threads'
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

export interface BareWinkWorkerData { texts: string[], warmPasses: number }

const { texts, warmPasses } = workerData as BareWinkWorkerData
const nlp = winkNLP(model)
const pass = (): void => { for (const text of texts) nlp.readDoc(text).tokens().length() }
for (let i = 0; i < warmPasses; i++) pass()
parentPort?.on('message', (passes: number) => {
  const started = performance.now()
  for (let i = 0; i < passes; i++) pass()
  parentPort?.postMessage(performance.now() - started)
})
parentPort?.postMessage('ready')
