/** Helpers for tests of the worker pool: an app on the fault-injecting worker, abandoned requests, waiting. */
import type { Test } from 'tap'
import { Writable } from 'node:stream'
import { request } from 'node:http'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../src/paths.js'
import { buildApp } from '../src/app.js'
import { testConfig } from './helper.js'

const workerFile = join(PROJECT_ROOT, 'test', 'fixtures', 'faulty-worker.mjs')

export type PoolApp = Awaited<ReturnType<typeof buildApp>>

/** The app with one worker (unless `env` says otherwise) running test/fixtures/faulty-worker.mjs; log lines go to `lines`. */
export async function poolApp (t: Test, env: Record<string, string>, lines?: string[]): Promise<PoolApp> {
  const logger = lines === undefined ? false : { level: 'info', stream: new Writable({ write (chunk, _e, cb) { lines.push(String(chunk)); cb() } }) }
  const app = await buildApp(testConfig({ POOL_SIZE: '1', ...env }), { workerFile, logger })
  t.teardown(() => app.close())
  await app.ready()
  return app
}

export const post = (text: string) => ({ method: 'POST' as const, url: '/analyze', headers: { 'content-type': 'text/plain' }, payload: text })

/** Sends a request over a real connection and closes it before the answer. */
export async function abandon (url: string, path: string, body: string, contentType: string, afterMs: number): Promise<void> {
  const sent = request(`${url}${path}`, { method: 'POST', headers: { 'content-type': contentType } })
  sent.on('error', () => {})
  sent.end(body)
  await new Promise((resolve) => setTimeout(resolve, afterMs))
  sent.destroy()
}

/** Asks again every half second while a replacement worker loads the model (slower on a busy CI machine). */
export async function statusOnceRecovered (app: PoolApp): Promise<number> {
  let status = 0
  for (let attempt = 0; attempt < 10 && status !== 200; attempt++) {
    status = (await app.inject(post('Back to normal.'))).statusCode
    if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return status
}

export async function until (condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 50) {
    if (waited > 10_000) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
