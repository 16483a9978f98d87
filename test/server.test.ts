/**
 * The production start command (the Dockerfile's CMD) in a real child process: it listens,
 * analyses through the worker pool, and on SIGTERM finishes in-flight work and exits 0.
 */
import t from 'tap'
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { once } from 'node:events'
import { PROJECT_ROOT } from '../src/paths.js'

t.test('node dist/src/server.js serves /analyze and exits 0 on SIGTERM', async (t) => {
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'dist', 'src', 'server.js')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', POOL_SIZE: '1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  t.teardown(() => { if (child.exitCode === null) child.kill('SIGKILL') })
  let output = ''
  const address = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 20_000)
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk
      const found = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
      if (found !== null) { clearTimeout(timer); resolve(found[1]) }
    })
  })
  t.equal((await fetch(`${address}/health/ready`)).status, 200)
  const response = await fetch(`${address}/analyze`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'The minister said it was over.' })
  t.equal(response.status, 200)
  t.equal((await response.json() as { document: { paragraphs: number } }).document.paragraphs, 1)

  const inFlight = fetch(`${address}/analyze`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'Word '.repeat(100_000) })
  await new Promise((resolve) => setTimeout(resolve, 50))
  child.kill('SIGTERM')
  const [code] = await once(child, 'exit')
  t.equal(code, 0, 'exits 0', { serverLog: output.slice(-2000) })
  t.equal((await inFlight).status, 200, 'the in-flight request was finished')
  t.match(output, /"signal":"SIGTERM"/)
})
