/** An analysis asked to stop abandons its work between steps; one never asked is unchanged. */
import t from 'tap'
import { analyze, analyzeInput, AnalysisStoppedError, TOKENIZE_CHUNK_CHARS } from '../../src/analysis/index.js'
import { renderAnalysis } from '../../src/analysis/render.js'
import { shippedEngine } from '../helper.js'

const text = 'The minister said the talks would resume.\n\nCritics argue the plan is a so-called reform.\n\nThe ministry denied it.'

t.test('the stop check is asked at every paragraph, first of all before wink reads the text', async (t) => {
  const engine = await shippedEngine()
  let asked = 0
  const result = analyze(text, engine, () => { asked++; return false })
  t.equal(asked, 3, 'once per paragraph')
  t.same(result, analyze(text, engine), 'a check that never stops changes nothing')
  t.throws(() => analyze(text, engine, () => true), AnalysisStoppedError, 'stopped before any reading')
})

t.test('a stop request abandons the analysis at the next check', async (t) => {
  const engine = await shippedEngine()
  let asked = 0
  t.throws(() => analyze(text, engine, () => ++asked === 2), AnalysisStoppedError)
  t.equal(asked, 2, 'stopped at the second paragraph, not at the end')
  t.throws(() => analyzeInput({ text: `<p>${text}</p>`, format: 'html' }, engine, () => true), AnalysisStoppedError, 'HTML too')
})

t.test('the worker renders a stopped analysis as stopped, with no JSON', async (t) => {
  const engine = await shippedEngine()
  t.same(renderAnalysis({ text }, engine, () => true), { json: '', paragraphs: 0, characters: text.length, tokens: 0, stopped: true })
  t.notOk('stopped' in renderAnalysis({ text }, engine, () => false))
})

t.test('a long text is read in pieces, with a stop check between them and nothing changed at the joins', async (t) => {
  const engine = await shippedEngine()
  // 2,000 paragraphs of 81 characters: three pieces of at least TOKENIZE_CHUNK_CHARS (65,536).
  const paragraph = 'The minister said on Monday that the talks would resume. Critics disagreed.'
  const long = Array.from({ length: 2000 }, () => paragraph).join('\n\n')
  t.ok(long.length > 2 * TOKENIZE_CHUNK_CHARS)
  let checks = 0
  const result = analyze(long, engine, () => { checks++; return false })
  t.equal(checks, 2000)
  t.equal(result.paragraphs.length, 2000)
  const relative = (index: number) => {
    const { start, sentences, scores, flags, attributions, matches } = result.paragraphs[index]
    return JSON.stringify({ sentences, scores, flags, attributions, matches }, (key, value) => typeof value === 'number' && (key === 'start' || key === 'end') ? value - start : value)
  }
  const first = relative(0)
  const differing = result.paragraphs.map((_, index) => index).filter((index) => relative(index) !== first)
  t.same(differing, [], 'every paragraph, those either side of a join included, analysed as the first one')
  t.ok(result.paragraphs.every((found) => long.slice(found.start, found.end) === paragraph), 'offsets index the submitted text')
})
