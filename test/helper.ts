/** Test helpers: the real app built in-process, captured logs, and fixture readers. */
import type { Test } from 'tap'
import { Writable } from 'node:stream'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildApp } from '../src/app.js'
import { loadConfig, type Config } from '../src/config.js'
import { loadLexicons } from '../src/lexicons/loader.js'
import { createEngine, type Engine } from '../src/analysis/index.js'
import { PROJECT_ROOT, SHIPPED_LEXICON_DIR } from '../src/paths.js'
import { ENGINE_VERSION } from '../src/version.js'

export const SHARED_DIR = join(PROJECT_ROOT, '..', 'shared')

/**
 * In-process analysis (POOL_SIZE 0) blocks the event loop by design, so the event-loop-delay
 * guard is off unless a test turns it on.
 */
export function testConfig (env: Record<string, string> = {}): Config {
  return loadConfig({ LOG_LEVEL: 'silent', POOL_SIZE: '0', EVENT_LOOP_DELAY_LIMIT_MS: '0', ...env })
}

export async function buildTestApp (t: Test, env: Record<string, string> = {}, logLines?: string[]) {
  const logger = logLines === undefined
    ? false
    : {
        level: 'trace',
        stream: new Writable({ write (chunk, _encoding, callback) { logLines.push(String(chunk)); callback() } })
      }
  const app = await buildApp(testConfig(env), { logger })
  t.teardown(() => app.close())
  return app
}

let engine: Engine | undefined
/** The shipped lexicons compiled once per test process. */
export async function shippedEngine (): Promise<Engine> {
  engine ??= createEngine(await loadLexicons([SHIPPED_LEXICON_DIR]), ENGINE_VERSION)
  return engine
}

export function readSample (name: string): string {
  return readFileSync(join(SHARED_DIR, 'samples', name), 'utf8')
}

export function fixture (name: string): string {
  return readFileSync(join(PROJECT_ROOT, 'test', 'fixtures', name), 'utf8')
}
