/**
 * `npm run soak`: 100,000 distinct articles through the worker pool, to show per-worker memory
 * stays bounded while wink's lexeme cache grows with every new token. Each article is a real one
 * from ../shared/bench with unique invented words appended, so every document brings new
 * out-of-vocabulary tokens. Prints worker heap and process RSS as the run goes.
 *   npm run soak -- [--documents N] [--quota N]
 */
import { parseArgs } from 'node:util'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { readBenchArticles } from './measure.js'

const { values: args } = parseArgs({ options: { documents: { type: 'string', default: '100000' }, quota: { type: 'string', default: '5000' } } })
const total = Number(args.documents)
const articles = readBenchArticles()
const app = await buildApp(loadConfig({ LOG_LEVEL: 'silent', POOL_SIZE: '2', WORKER_MAX_DOCUMENTS: args.quota, POOL_QUEUE_SIZE: '64' }))
await app.ready()

let counter = 0
/** Invented words no vocabulary holds, so each one is a new lexeme for wink's cache. */
const inventedWords = (n: number): string => Array.from({ length: n }, () => `zq${(counter++).toString(36)}x`).join(' ')
const started = performance.now()
const inFlight = 8
let next = 0
async function lane (): Promise<void> {
  while (next < total) {
    const index = next++
    const text = `${articles[index % articles.length]}\n\n${inventedWords(40)}.`
    const rendered = await app.analyzer.run({ text })
    if (rendered.paragraphs === 0) throw new Error('empty analysis')
    if (index % 10_000 === 0 || index === total - 1) {
      const rssMb = process.memoryUsage().rss / 1048576
      console.log(`${index + 1} documents, ${Math.round((performance.now() - started) / 1000)} s: process RSS ${rssMb.toFixed(0)} MB, pool recycled ${app.analyzer.stats().recycled}×, max worker heap so far ${(app.analyzer.stats().maxWorkerHeapBytes / 1048576).toFixed(0)} MB`)
    }
  }
}
await Promise.all(Array.from({ length: inFlight }, lane))
console.log(`done: ${total} distinct documents (${counter} invented words), max worker heap ${(app.analyzer.stats().maxWorkerHeapBytes / 1048576).toFixed(0)} MB, max process RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB, recycled ${app.analyzer.stats().recycled}×`)
await app.close()
