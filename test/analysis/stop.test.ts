/** An analysis asked to stop abandons its work between steps; one never asked is unchanged. */
import t from 'tap'
import { analyze, analyzeInput, AnalysisStoppedError } from '../../src/analysis/index.js'
import { renderAnalysis } from '../../src/analysis/render.js'
import { shippedEngine } from '../helper.js'

const text = 'The minister said the talks would resume.\n\nCritics argue the plan is a so-called reform.\n\nThe ministry denied it.'

t.test('the stop check is asked before reading and at every paragraph', async (t) => {
  const engine = await shippedEngine()
  let asked = 0
  const result = analyze(text, engine, () => { asked++; return false })
  t.equal(asked, 4, 'once before wink reads the text, then once per paragraph (3)')
  t.same(result, analyze(text, engine), 'a check that never stops changes nothing')
})

t.test('a stop request abandons the analysis at the next check', async (t) => {
  const engine = await shippedEngine()
  let asked = 0
  t.throws(() => analyze(text, engine, () => ++asked === 3), AnalysisStoppedError)
  t.equal(asked, 3, 'stopped at the second paragraph, not at the end')
  t.throws(() => analyzeInput({ text: `<p>${text}</p>`, format: 'html' }, engine, () => true), AnalysisStoppedError, 'HTML too')
})

t.test('the worker renders a stopped analysis as stopped, with no JSON', async (t) => {
  const engine = await shippedEngine()
  t.same(renderAnalysis({ text }, engine, () => true), { json: '', paragraphs: 0, characters: text.length, tokens: 0, stopped: true })
  t.notOk('stopped' in renderAnalysis({ text }, engine, () => false))
})
