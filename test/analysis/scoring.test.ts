/** The worked example of docs/scoring.md, through the shipped lexicons, number for number. */
import t from 'tap'
import { analyze } from '../../src/analysis/index.js'
import { shippedEngine } from '../helper.js'
import { squash, evidenceOf, VOICE_FACTOR } from '../../src/analysis/scoring.js'

t.test('the squash is monotonic and scores one unit of evidence 0.5', async (t) => {
  t.equal(squash(0), 0)
  t.equal(squash(1), 0.5)
  t.equal(squash(3), 0.75)
  t.ok(squash(2) > squash(1.9))
})

t.test('voice factors order adopted > quoted > reported; negation zeroes evidence', async (t) => {
  t.ok(VOICE_FACTOR.adopted > VOICE_FACTOR.quoted && VOICE_FACTOR.quoted > VOICE_FACTOR.reported)
  const base = { dimension: 'stateFraming' as const, lexicon: 'x', entry: 'y', role: 'term', start: 0, end: 1, text: 'x', weight: 2 }
  t.equal(evidenceOf({ ...base, voice: 'adopted', negated: false }), 2)
  t.equal(evidenceOf({ ...base, voice: 'reported', negated: false }), 0.7)
  t.equal(evidenceOf({ ...base, voice: 'adopted', negated: true }), 0)
})

t.test('docs/scoring.md worked example', async (t) => {
  const result = analyze('The Kremlin has reiterated that its troops are protecting Donbass.\n\nCritics call it an unprovoked invasion.', await shippedEngine())
  const [first, second] = result.paragraphs
  t.same(first.scores, { attribution: 1, stateFraming: 0.344, criticalFraming: 0, sentiment: 0 })
  t.same(first.flags, { attribution: true, stateFraming: false, criticalFraming: false })
  t.same(second.scores.criticalFraming, 0.714)
  t.same(second.attributions.map((a) => [a.cue.text, a.source.text, a.source.type]), [['call', 'Critics', 'critic']])
  t.same(second.flags, { attribution: true, stateFraming: false, criticalFraming: true })
  t.match(result.document.scores, { attribution: 1, stateFraming: 0.172, criticalFraming: 0.357 })
  t.same(result.document.flags, { attribution: true, stateFraming: false, criticalFraming: true })
})

t.test('adopting the same narrative raises the flag', async (t) => {
  const [paragraph] = analyze('Russian troops are protecting Donbass.', await shippedEngine()).paragraphs
  t.equal(paragraph.scores.stateFraming, 0.6)
  t.equal(paragraph.flags.stateFraming, true)
})

t.test('overlapping matches of one dimension count once, at the strongest', async (t) => {
  const { paragraphEvidence } = await import('../../src/analysis/scoring.js')
  const base = { dimension: 'stateFraming' as const, lexicon: 'x', role: 'term', voice: 'reported' as const, negated: false, text: 'x' }
  const matches = [
    { ...base, entry: 'a', start: 0, end: 10, weight: 1.5 },
    { ...base, entry: 'b', start: 4, end: 14, weight: 1 },
    { ...base, entry: 'c', start: 20, end: 25, weight: 1 }
  ]
  // 1.5 × 0.35 for the overlapping pair, 1 × 0.35 for the separate match: reported evidence stays below the flag.
  t.equal(Math.round(paragraphEvidence([], [], matches).stateFraming * 1000) / 1000, 0.875)
})

t.test('a sentence in an attribution\'s content is attributed, though its cue is in another sentence', async (t) => {
  const engine = await shippedEngine()
  const quoted = analyze('“We will win,” Peskov said. “We will not stop.” The markets fell.', engine).paragraphs[0]
  t.equal(quoted.scores.attribution, 0.667, 'two of three sentences are Peskov\'s')
  const interview = analyze('Q: Why now?\n\nSorokin: We act.\n\nWe never refused talks. We are patient.', engine).paragraphs
  t.same(interview.map((p) => [p.scores.attribution, p.flags.attribution]), [[0, false], [1, true], [1, false]],
    'the answer\'s second paragraph is attributed but lists no attribution of its own, so it is not flagged')
})
