import t from 'tap'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { main, type CliIo } from '../src/cli.js'
import { PROJECT_ROOT } from '../src/paths.js'

function fakeIo (stdin = ''): CliIo & { out: string, err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => { io.out += text },
    stderr: (text: string) => { io.err += text },
    readStdin: async () => stdin,
    isTty: false
  }
  return io
}

t.test('analyze reads stdin and prints the analysis as JSON', async (t) => {
  const io = fakeIo('One paragraph.\n\nAnother one.')
  t.equal(await main(['analyze'], io), 0)
  const result = JSON.parse(io.out)
  t.equal(result.document.paragraphs, 2)
  t.equal(result.engine.name, 'slant')
})

t.test('several files print NDJSON, one line per file; html files are reduced to text', async (t) => {
  const dir = t.testdir({ 'a.txt': 'Plain story.', 'b.html': '<nav>menu</nav><p>Web story.</p>' })
  const io = fakeIo()
  t.equal(await main(['analyze', join(dir, 'a.txt'), join(dir, 'b.html')], io), 0)
  const lines = io.out.trim().split('\n').map((line) => JSON.parse(line))
  t.same(lines.map((line) => [line.file.endsWith('a.txt'), line.document.paragraphs]), [[true, 1], [false, 1]])
  t.equal(lines[1].text, 'Web story.')
})

t.test('--summary prints flags and the strongest evidence per paragraph', async (t) => {
  const io = fakeIo('Nothing to see here.')
  t.equal(await main(['analyze', '--summary'], io), 0)
  t.match(io.out, /^stdin: 1 paragraphs, 1 sentences/)
  t.match(io.out, /¶ {2}0 ··· {2}"Nothing to see here\."/)
})

t.test('a missing file is reported and makes the exit code 1; bad usage exits 2', async (t) => {
  const io = fakeIo()
  t.equal(await main(['analyze', '/no/such/file.txt'], io), 1)
  t.match(io.err, /cannot read \/no\/such\/file\.txt: ENOENT/)
  t.equal(await main(['frobnicate'], fakeIo()), 2)
  t.equal(await main(['analyze', '--format', 'pdf'], fakeIo()), 2)
  t.equal(await main(['analyze', '--bogus'], fakeIo()), 2)
})

t.test('the installed bin runs the built CLI', async (t) => {
  const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'slant.js'), 'analyze', '--ndjson'], { input: 'Piped text.', encoding: 'utf8' })
  t.equal(run.status, 0, run.stderr)
  t.equal(JSON.parse(run.stdout).document.paragraphs, 1)
})
