/**
 * The two real articles in ../shared/samples, end to end with the shipped lexicons: paragraphs,
 * the spans a careful reader would mark, and the flags.
 */
import t, { type Test } from 'tap'
import { analyze, type AnalysisResult } from '../../src/analysis/index.js'
import { readSample, shippedEngine } from '../helper.js'

const engine = await shippedEngine()

type Paragraph = AnalysisResult['paragraphs'][number]
/** The framing match over exactly this text, so the assertion names the span a reader would mark. */
const matchOver = (paragraph: Paragraph, text: string) => paragraph.matches.find((match) => match.text === text)

function checkParagraphOffsets (t: Test, text: string, result: AnalysisResult) {
  for (const paragraph of result.paragraphs) {
    const slice = text.slice(paragraph.start, paragraph.end)
    t.equal(slice, slice.trim(), `paragraph ${paragraph.index} is trimmed`)
    t.ok(slice.length > 0, `paragraph ${paragraph.index} is not empty`)
    for (const span of [...paragraph.matches, ...paragraph.attributions.flatMap((a) => [a.cue, a.source])]) {
      t.equal(text.slice(span.start, span.end), span.text)
    }
  }
}

t.test('defense-visit-regional-risks: Russian sourcing, reported and adopted Kremlin framing', async (t) => {
  const text = readSample('defense-visit-regional-risks.txt')
  const result = analyze(text, engine)
  t.equal(result.document.paragraphs, 24)
  checkParagraphOffsets(t, text, result)
  const paragraph = (index: number) => result.paragraphs[index]

  t.match(paragraph(2).attributions, [{ cue: { text: 'According to' }, source: { text: 'the Russian Ministry of Defense', type: 'official', actor: 'ru' } }])
  t.same(paragraph(3).attributions, [], '"is expected to review" is a hedge, not an attribution')

  t.match(paragraph(11).attributions, [{ cue: { text: 'emphasized' }, source: { text: 'The Kremlin', type: 'official', actor: 'ru' } }])
  t.match(matchOver(paragraph(11), 'privileged strategic partnership'), { dimension: 'stateFraming', text: 'privileged strategic partnership', voice: 'reported' })

  t.match(matchOver(paragraph(12), 'countering Western dominance'), { dimension: 'stateFraming', actor: 'ru', text: 'countering Western dominance', voice: 'adopted' })
  t.equal(paragraph(12).flags.stateFraming, true, 'the narrator adopts the Kremlin line on Western dominance')

  t.match(paragraph(14).attributions, [{ source: { text: 'India’s Foreign Ministry', type: 'official', actor: 'in' } }])
  t.match(paragraph(16).attributions, [{ cue: { text: 'framed' }, source: { text: 'Russia', actor: 'ru' } }])
  t.match(matchOver(paragraph(16), 'protection of Russian-speaking populations'), { actor: 'ru', text: 'protection of Russian-speaking populations', voice: 'reported' })
  t.equal(paragraph(16).flags.stateFraming, false, 'reported framing alone is ordinary reporting')
  t.match(paragraph(17).attributions, [{ cue: { text: 'reiterated' }, source: { text: 'The Kremlin', actor: 'ru' } }])
  t.match(matchOver(paragraph(20), 'counterbalance Western influence'), { actor: 'ru', text: 'counterbalance Western influence', voice: 'adopted' })

  t.same(result.document.flags, { attribution: true, stateFraming: true, criticalFraming: false })
})

t.test('strategic-alliance-endures: a CMS export with Indian doctrine in the narrator voice', async (t) => {
  const text = readSample('strategic-alliance-endures.txt')
  const result = analyze(text, engine)
  t.equal(result.document.paragraphs, 29, 'no blank lines: every line is a paragraph')
  checkParagraphOffsets(t, text, result)
  const paragraph = (index: number) => result.paragraphs[index]

  t.match(matchOver(paragraph(2), 'strategic autonomy'), { actor: 'in', entry: 'strategic-autonomy', text: 'strategic autonomy', voice: 'adopted' })
  t.equal(paragraph(2).flags.stateFraming, true)
  t.match(matchOver(paragraph(14), 'multi-aligned'), { actor: 'in', text: 'multi-aligned', voice: 'adopted' })
  t.match(matchOver(paragraph(15), 'multipolar world'), { text: 'multipolar world', voice: 'adopted' })
  for (const heading of [5, 7, 10]) t.same(paragraph(heading).attributions, [], `the "Heading: text" line ${heading} is not an attribution`)
  // The two sourced lines, both in the "Read next" teasers: a headline crediting an exchange's chief,
  // and a recommendation credited to unnamed experts.
  t.same(result.paragraphs.flatMap((p) => p.attributions).map((a) => [a.cue.text, a.source.text, a.source.type]), [['explains', 'NSE chief', 'official'], ['call for', 'Experts', 'expert']])
  t.same(result.document.flags, { attribution: true, stateFraming: true, criticalFraming: false })
})
