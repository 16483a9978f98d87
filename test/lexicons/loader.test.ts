/** Lexicon loading: validation names the file and entry; a newsroom's own lexicons are used. */
import t from 'tap'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { loadLexicons } from '../../src/lexicons/loader.js'
import { PROJECT_ROOT } from '../../src/paths.js'
import { buildTestApp } from '../helper.js'

const CHINA = `id: state.cn
version: 0.1.0
dimension: stateFraming
actor: cn
description: A newsroom's own lexicon, written by this test
entries:
  - id: peaceful-reunification
    patterns: ["peaceful reunification"]
    weight: 1
    examples: ["the goal of peaceful reunification"]
    source: test
  - id: beijing
    role: source
    sourceType: official
    patterns: ["beijing"]
    weight: 1
    examples: ["Beijing said"]
    source: test
`

t.test('a lexicon dropped into LEXICON_DIR is listed and used by /analyze', async (t) => {
  const dir = t.testdir({ state: { 'cn.yaml': CHINA } })
  const app = await buildTestApp(t, { LEXICON_DIR: dir })
  const listed = (await app.inject({ url: '/lexicons' })).json().lexicons
  t.match(listed.find((lexicon: { id: string }) => lexicon.id === 'state.cn'), { version: '0.1.0', dimension: 'stateFraming', actor: 'cn', entries: 2 })
  const text = 'The island was promised peaceful reunification.'
  const body = (await app.inject({ method: 'POST', url: '/analyze', payload: { text } })).json()
  t.match(body.paragraphs[0].matches, [{ lexicon: 'state.cn', entry: 'peaceful-reunification', actor: 'cn', voice: 'adopted', text: 'peaceful reunification' }])
  t.ok(body.lexicons.some((lexicon: { id: string, version: string }) => lexicon.id === 'state.cn' && lexicon.version === '0.1.0'))
})

const broken: Array<[string, string, RegExp]> = [
  ['not YAML', 'id: [unclosed', /broken\.yaml: not valid YAML/],
  ['a bad version', CHINA.replace('0.1.0', 'one'), /broken\.yaml: .*\/version/],
  ['an entry without examples', CHINA.replace('    examples: ["the goal of peaceful reunification"]\n', ''), /broken\.yaml entry "peaceful-reunification": .*examples/],
  ['a duplicate entry id', CHINA.replace('id: beijing', 'id: peaceful-reunification'), /broken\.yaml entry "peaceful-reunification": duplicate entry id/],
  ['an unbalanced pattern', CHINA.replace('"peaceful reunification"', '"peaceful [reunification"'), /broken\.yaml entry "peaceful-reunification": pattern "peaceful \[reunification": unbalanced brackets/],
  ['a state lexicon without actor', CHINA.replace('actor: cn\n', ''), /broken\.yaml: a stateFraming lexicon needs an actor/],
  ['a source without sourceType', CHINA.replace('    sourceType: official\n', ''), /broken\.yaml entry "beijing": a source entry needs a sourceType/]
]

for (const [name, yaml, message] of broken) {
  t.test(`a lexicon with ${name} is refused with the file and entry named`, async (t) => {
    const dir = t.testdir({ 'broken.yaml': yaml })
    await t.rejects(loadLexicons([dir]), message)
  })
}

t.test('a broken custom lexicon stops the server from starting, naming the file', async (t) => {
  const dir = t.testdir({ 'broken.yaml': CHINA.replace('0.1.0', 'one') })
  const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'dist', 'src', 'server.js')], {
    env: { ...process.env, PORT: '0', POOL_SIZE: '1', LEXICON_DIR: dir, LOG_LEVEL: 'error' },
    encoding: 'utf8',
    timeout: 20_000
  })
  t.not(run.status, 0)
  t.match(run.stdout + run.stderr, /broken\.yaml/)
})

t.test('a lexicon id already used by a shipped lexicon is refused', async (t) => {
  const dir = t.testdir({ 'ru.yaml': CHINA.replace('state.cn', 'state.ru') })
  await t.rejects(loadLexicons([join(PROJECT_ROOT, 'lexicons'), dir]), /id "state\.ru" is already used by/)
})

t.test('worker pools, replacements too, run the lexicons loaded at start even when the files change', async (t) => {
  // Workers used to read the YAML themselves: a pool replaced after an edit would analyse with
  // lexicons that GET /lexicons and every response's `lexicons` list do not report.
  const { writeFileSync, rmSync } = await import('node:fs')
  const dir = t.testdir({ state: { 'cn.yaml': CHINA } })
  const app = await buildTestApp(t, { LEXICON_DIR: dir, POOL_SIZE: '1', WORKER_MAX_DOCUMENTS: '1' })
  await app.ready()
  const text = 'The island was promised peaceful reunification.'
  const entries = async () => (await app.inject({ method: 'POST', url: '/analyze', payload: { text } })).json().paragraphs[0].matches.map((match: { entry: string }) => match.entry)
  t.same(await entries(), ['peaceful-reunification'])
  writeFileSync(join(dir, 'state', 'cn.yaml'), CHINA.replace('"peaceful reunification"', '"reunification talks"'))
  rmSync(join(dir, 'state', 'cn.yaml'))
  for (let waited = 0; app.analyzer.stats().recycled < 1; waited += 50) {
    if (waited > 10_000) throw new Error('the pool was not replaced')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  t.same(await entries(), ['peaceful-reunification'], 'the replacement pool matches the entry GET /lexicons lists')
})
