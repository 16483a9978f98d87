/**
 * Overload test (`npm run load`), loopback only and bounded in time:
 * 1. measure capacity at a normal load, 2. drive 2× that rate, 3. drop back to normal load.
 * Passes when every overload answer was 200 or 503 with Retry-After, the process stayed up,
 * and throughput recovered to ≥ 90 % of capacity.
 */
import autocannon from 'autocannon'
import { readFileSync } from 'node:fs'
import type { IncomingHttpHeaders } from 'node:http'
import { join } from 'node:path'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { PROJECT_ROOT } from '../src/paths.js'

const benchDir = process.env.SLANT_BENCH_DIR ?? join(PROJECT_ROOT, '..', 'shared', 'bench')
const article = readFileSync(join(benchDir, 'article.txt'), 'utf8')
const seconds = Number(process.env.LOAD_SECONDS ?? 8)

// One loopback client: the per-client rate limit would measure itself, so it is off here.
const app = await buildApp(loadConfig({ ...process.env, LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '0', POOL_QUEUE_SIZE: process.env.POOL_QUEUE_SIZE ?? '16' }))
await app.listen({ port: 0, host: '127.0.0.1' })
const { port } = app.server.address() as { port: number }
const url = `http://127.0.0.1:${port}/analyze`

interface Phase { name: string, requestsPerSecond: number, statuses: Record<string, number>, missingRetryAfter: number, errors: number }

async function phase (name: string, options: { connections: number, overallRate?: number }): Promise<Phase> {
  const statuses: Record<string, number> = {}
  let missingRetryAfter = 0
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: article,
    duration: seconds,
    connections: options.connections,
    ...(options.overallRate === undefined ? {} : { overallRate: options.overallRate }),
    requests: [{
      onResponse: (status: number, _body: string, _context: object, headers: IncomingHttpHeaders | undefined) => {
        statuses[status] = (statuses[status] ?? 0) + 1
        if (status === 503 && headers !== undefined) {
          // autocannon hands over the raw header list (name, value, name, value …) despite the type.
          const flat: unknown[] = Array.isArray(headers) ? headers : Object.entries(headers).flat()
          if (!flat.map((value) => String(value).toLowerCase()).includes('retry-after')) missingRetryAfter++
        }
      }
    }]
  })
  const ok = statuses['200'] ?? 0
  return { name, requestsPerSecond: ok / seconds, statuses, missingRetryAfter, errors: result.errors + result.timeouts }
}

await phase('warm-up', { connections: 4 })
const normal = await phase('capacity (4 connections)', { connections: 4 })
const overload = await phase('2× capacity (64 connections)', { connections: 64, overallRate: Math.ceil(normal.requestsPerSecond * 2) })
// Load drops: give the queue a moment to drain, then measure again.
await new Promise((resolve) => setTimeout(resolve, 2000))
const recovered = await phase('recovery (4 connections)', { connections: 4 })
await app.close()

const rows = [normal, overload, recovered]
console.log('| phase | 200/s | statuses | 503 without Retry-After | socket errors |')
console.log('| --- | --- | --- | --- | --- |')
for (const row of rows) console.log(`| ${row.name} | ${row.requestsPerSecond.toFixed(1)} | ${JSON.stringify(row.statuses)} | ${row.missingRetryAfter} | ${row.errors} |`)

const unexpected = Object.keys(overload.statuses).filter((status) => status !== '200' && status !== '503')
const recoveredShare = recovered.requestsPerSecond / normal.requestsPerSecond
const failures = [
  ...(unexpected.length > 0 ? [`unexpected statuses under overload: ${unexpected.join(', ')}`] : []),
  ...(overload.missingRetryAfter > 0 ? [`${overload.missingRetryAfter} 503s without Retry-After`] : []),
  ...(recoveredShare < 0.9 ? [`throughput recovered to only ${(recoveredShare * 100).toFixed(0)} %`] : [])
]
console.log(failures.length === 0 ? `PASS: recovered to ${(recoveredShare * 100).toFixed(0)} % of capacity` : `FAIL: ${failures.join('; ')}`)
process.exit(failures.length === 0 ? 0 : 1)
