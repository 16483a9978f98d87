/**
 * `npm run eval`: Slant's accuracy on labelled public data (../shared/eval, internal use only),
 * in process, per dataset and split. Tune on dev; report on test. Prints markdown tables.
 *
 *   npm run eval -- [--split dev|test|both] [--dataset polnear|euvsdisinfo|propaganda-diary-ru-ua|basil|ptc-semeval2020|persent] [--limit N]
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import Sentiment from 'sentiment'
import vader from 'vader-sentiment'
import { analyze, createEngine, type AnalysisResult } from '../src/analysis/index.js'
import { contentRanges } from '../src/analysis/attribution.js'
import { loadLexicons } from '../src/lexicons/loader.js'
import { PROJECT_ROOT, SHIPPED_LEXICON_DIR } from '../src/paths.js'
import { ENGINE_VERSION } from '../src/version.js'
import { addCounts, binary, macroF1, prf, spanOverlap, spanPrf, threeClass, tuneThresholds, type Counts, type Range } from './metrics.js'

interface EvalRecord {
  id: string
  doc: string
  paragraph: number
  text: string
  labels: Record<string, unknown>
  spans: Array<Range & { type: string, hasSource?: boolean }>
  meta: Record<string, unknown>
}

type Paragraph = AnalysisResult['paragraphs'][number]
/** Slant's view of one record: its result paragraphs with offsets made local to the record's text. */
interface View { paragraphs: Paragraph[], flags: Paragraph['flags'], sentiment: number }

const { values: args } = parseArgs({ options: { split: { type: 'string', default: 'both' }, dataset: { type: 'string' }, limit: { type: 'string' } } })
const EVAL_DIR = process.env.SLANT_EVAL_DIR ?? join(PROJECT_ROOT, '..', 'shared', 'eval')
if (!existsSync(EVAL_DIR)) {
  console.error(`eval: no labelled data at ${EVAL_DIR} (set SLANT_EVAL_DIR)`)
  process.exit(2)
}
const splits = args.split === 'both' ? ['dev', 'test'] : [args.split as string]
const limit = args.limit === undefined ? Infinity : Number(args.limit)
const engine = createEngine(await loadLexicons([SHIPPED_LEXICON_DIR]), ENGINE_VERSION)
const started = performance.now()

function load (dataset: string, split: string): EvalRecord[] {
  const records = readFileSync(join(EVAL_DIR, dataset, `${split}.jsonl`), 'utf8').split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as EvalRecord)
  if (limit === Infinity) return records
  const docs = [...new Set(records.map((record) => record.doc))].slice(0, limit)
  const keep = new Set(docs)
  return records.filter((record) => keep.has(record.doc))
}

/** Analyses each document once (its records joined as the dataset README says) and maps paragraphs back by offset. */
function analyzeRecords (records: EvalRecord[], joiner: string): Map<string, View> {
  const byDoc = new Map<string, EvalRecord[]>()
  for (const record of records) byDoc.set(record.doc, [...(byDoc.get(record.doc) ?? []), record])
  const views = new Map<string, View>()
  for (const docRecords of byDoc.values()) {
    docRecords.sort((a, b) => a.paragraph - b.paragraph)
    const offsets: number[] = []
    let text = ''
    for (const record of docRecords) {
      if (text !== '') text += joiner
      offsets.push(text.length)
      text += record.text
    }
    const result = analyze(text, engine)
    docRecords.forEach((record, i) => {
      const start = offsets[i]
      const end = start + record.text.length
      const paragraphs = result.paragraphs.filter((p) => p.start >= start && p.end <= end).map((p) => shift(p, start))
      const sentences = paragraphs.flatMap((p) => p.sentences)
      views.set(record.id, {
        paragraphs,
        flags: {
          attribution: paragraphs.some((p) => p.flags.attribution),
          stateFraming: paragraphs.some((p) => p.flags.stateFraming),
          criticalFraming: paragraphs.some((p) => p.flags.criticalFraming)
        },
        sentiment: sentences.length === 0 ? 0 : sentences.reduce((sum, s) => sum + s.sentiment, 0) / sentences.length
      })
    })
  }
  return views
}

function shift (paragraph: Paragraph, by: number): Paragraph {
  const move = <T extends Range>(span: T): T => ({ ...span, start: span.start - by, end: span.end - by })
  return {
    ...paragraph,
    attributions: paragraph.attributions.map((a) => ({ ...a, cue: move(a.cue), source: move(a.source), ...(a.content === undefined ? {} : { content: move(a.content) }), ...(a.contentParts === undefined ? {} : { contentParts: a.contentParts.map(move) }) })),
    matches: paragraph.matches.map(move)
  }
}

const pct = (value: number): string => (value * 100).toFixed(1)
const num = (value: number): string => value.toFixed(3)
function table (title: string, header: string[], rows: string[][]): void {
  console.log(`\n#### ${title}\n`)
  console.log(`| ${header.join(' | ')} |`)
  console.log(`| ${header.map(() => '---').join(' | ')} |`)
  for (const row of rows) console.log(`| ${row.join(' | ')} |`)
}
const targets: string[] = []
function target (name: string, value: number, met: boolean, goal: string): string {
  targets.push(`| ${name} | ${num(value)} | ${goal} | ${met ? 'met' : 'not met'} |`)
  return met ? 'met' : 'not met'
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 })

function polnear (split: string): void {
  const records = load('polnear', split)
  const views = analyzeRecords(records, '\n\n')
  let paragraphCounts = zero()
  const spanCounts = { cue: { p: zero(), r: zero() }, source: { p: zero(), r: zero() }, content: { p: zero(), r: zero() } }
  let stateFlags = 0
  for (const record of records) {
    const view = views.get(record.id)!
    const gold = record.spans.filter((span) => span.type !== 'sentence' && span.hasSource === true)
    paragraphCounts = addCounts(paragraphCounts, binary(view.flags.attribution, gold.some((span) => span.type === 'cue')))
    const predicted = view.paragraphs.flatMap((p) => p.attributions)
    for (const kind of ['cue', 'source', 'content'] as const) {
      const spans = predicted.flatMap((a) => (kind === 'content' ? contentRanges(a) : [a[kind]]))
      const { precisionSide, recallSide } = spanOverlap(spans, gold.filter((span) => span.type === kind))
      spanCounts[kind].p = addCounts(spanCounts[kind].p, precisionSide)
      spanCounts[kind].r = addCounts(spanCounts[kind].r, recallSide)
    }
    if (view.flags.stateFraming) stateFlags++
  }
  const paragraph = prf(paragraphCounts)
  const spans = Object.fromEntries(Object.entries(spanCounts).map(([kind, c]) => [kind, spanPrf(c.p, c.r)]))
  const falseFlagRate = stateFlags / records.length
  table(`PolNeAR ${split} — attribution (${records.length} paragraphs)`, ['measure', 'precision', 'recall', 'F1', 'gold'], [
    ['paragraph `flags.attribution` vs has an attribution with a source', num(paragraph.precision), num(paragraph.recall), num(paragraph.f1), String(paragraph.support)],
    ...Object.entries(spans).map(([kind, s]) => [`${kind} span overlap`, num(s.precision), num(s.recall), num(s.f1), String(s.support)]),
    ['`flags.stateFraming` on these US-politics paragraphs (false-flag rate)', '', '', pct(falseFlagRate) + ' %', String(records.length)]
  ])
  if (split === 'test') {
    target('PolNeAR attribution paragraph F1', paragraph.f1, paragraph.f1 >= 0.85, '≥ 0.85')
    target('PolNeAR cue span-overlap F1', spans.cue.f1, spans.cue.f1 >= 0.75, '≥ 0.75')
    target('PolNeAR paragraphs flagged stateFraming', falseFlagRate, falseFlagRate <= 0.05, '≤ 0.05')
  }
}

function euvsdisinfo (split: string): void {
  const records = load('euvsdisinfo', split)
  const views = analyzeRecords(records, '\n\n')
  const rows: string[][] = []
  for (const kind of ['claim-title', 'claim-summary', 'disproof']) {
    const subset = records.filter((record) => record.meta.kind === kind)
    const flagged = subset.filter((record) => (kind === 'disproof' ? views.get(record.id)!.flags.criticalFraming : views.get(record.id)!.flags.stateFraming)).length
    const anyMatch = subset.filter((record) => views.get(record.id)!.paragraphs.some((p) => p.matches.some((m) => m.dimension === (kind === 'disproof' ? 'criticalFraming' : 'stateFraming') && !m.negated))).length
    rows.push([kind, kind === 'disproof' ? '`flags.criticalFraming`' : '`flags.stateFraming`', pct(flagged / subset.length) + ' %', pct(anyMatch / subset.length) + ' %', String(subset.length)])
    if (split === 'test' && kind === 'claim-title') target('EUvsDisinfo claim recall (flags.stateFraming)', flagged / subset.length, flagged / subset.length >= 0.6, '≥ 0.60')
  }
  // Disproofs restate the narrative they refute: state framing flagged there is an in-domain false flag.
  const disproofs = records.filter((record) => record.meta.kind === 'disproof')
  const wronglyState = disproofs.filter((record) => views.get(record.id)!.flags.stateFraming).length
  rows.push(['disproof', '`flags.stateFraming` (false flag)', pct(wronglyState / disproofs.length) + ' %', '', String(disproofs.length)])
  table(`EUvsDisinfo ${split} — state framing recall on claims, critical framing on disproofs`, ['unit', 'flag', 'flag rate (recall)', 'any non-negated match', 'units'], rows)
}

function propagandaDiary (split: string): void {
  const records = load('propaganda-diary-ru-ua', split)
  const views = new Map<string, View>()
  for (const record of records) for (const [id, view] of analyzeRecords([{ ...record, doc: record.id }], '\n\n')) views.set(id, view)
  const quotes = records.filter((record) => record.meta.kind === 'disinfo-quote')
  const byNarrative = new Map<string, { flagged: number, matched: number, total: number }>()
  for (const record of quotes) {
    const narrative = String(record.labels.narrative)
    const entry = byNarrative.get(narrative) ?? { flagged: 0, matched: 0, total: 0 }
    const view = views.get(record.id)!
    entry.total++
    if (view.flags.stateFraming) entry.flagged++
    if (view.paragraphs.some((p) => p.matches.some((m) => m.dimension === 'stateFraming' && !m.negated))) entry.matched++
    byNarrative.set(narrative, entry)
  }
  const rows = [...byNarrative.entries()].sort((a, b) => b[1].total - a[1].total)
    .map(([narrative, e]) => [narrative, pct(e.flagged / e.total) + ' %', pct(e.matched / e.total) + ' %', String(e.total)])
  const all = [...byNarrative.values()].reduce((sum, e) => ({ flagged: sum.flagged + e.flagged, matched: sum.matched + e.matched, total: sum.total + e.total }), { flagged: 0, matched: 0, total: 0 })
  rows.push(['**all quotes**', pct(all.flagged / all.total) + ' %', pct(all.matched / all.total) + ' %', String(all.total)])
  const debunks = records.filter((record) => record.meta.kind === 'debunk-paragraph')
  const critical = debunks.filter((record) => views.get(record.id)!.flags.criticalFraming).length
  rows.push(['debunk paragraphs flagged **critical**', pct(critical / debunks.length) + ' %', '', String(debunks.length)])
  const wronglyState = debunks.filter((record) => views.get(record.id)!.flags.stateFraming).length
  rows.push(['debunk paragraphs flagged **state** (false flag)', pct(wronglyState / debunks.length) + ' %', '', String(debunks.length)])
  table(`propaganda-diary-ru-ua ${split} — Kremlin quotes per narrative (recall of \`flags.stateFraming\`)`, ['narrative', 'flagged', 'any match', 'quotes'], rows)
}

function basil (split: string): void {
  const records = load('basil', split)
  const views = analyzeRecords(records, '\n\n')
  const groups: Array<[string, (r: EvalRecord) => boolean]> = [
    ['lexical bias in the narrator voice', (r) => r.labels.lexicalBiasNarrator === 1],
    ['bias inside a quote', (r) => r.labels.biasInQuote === 1],
    ['no bias', (r) => r.labels.bias === 0]
  ]
  const rows = groups.map(([name, test]) => {
    const subset = records.filter(test)
    const rate = (predicate: (view: View) => boolean) => pct(subset.filter((r) => predicate(views.get(r.id)!)).length / subset.length) + ' %'
    return [name, rate((v) => v.paragraphs.some((p) => p.matches.some((m) => m.dimension === 'criticalFraming'))), rate((v) => v.flags.criticalFraming), rate((v) => v.flags.attribution), String(subset.length)]
  })
  table(`BASIL ${split} — what transfers: critical matches and attributions by gold bias location`, ['paragraphs with', 'any critical match', 'critical flag', 'attribution flag', 'paragraphs'], rows)
}

function ptc (split: string): void {
  const records = load('ptc-semeval2020', split)
  const views = analyzeRecords(records, '\n')
  let counts = zero()
  for (const record of records) {
    const view = views.get(record.id)!
    counts = addCounts(counts, binary(view.paragraphs.some((p) => p.matches.some((m) => m.dimension === 'criticalFraming')), record.labels.loadedLanguage === 1))
  }
  const score = prf(counts)
  table(`PTC ${split} — loaded language / name calling per line vs any critical-framing match`, ['precision', 'recall', 'F1', 'gold lines', 'lines'], [[num(score.precision), num(score.recall), num(score.f1), String(score.support), String(records.length)]])
}

const afinn = new Sentiment()
const GRID = Array.from({ length: 41 }, (_, i) => Math.round((-0.5 + i * 0.025) * 1000) / 1000)
const sentimentScorers: Record<string, (text: string, view: View) => number> = {
  'Slant (wink sentence sentiment, negation-aware)': (_text, view) => view.sentiment,
  '`sentiment` (AFINN, comparative)': (text) => afinn.analyze(text).comparative,
  '`vader-sentiment` (compound)': (text) => vader.SentimentIntensityAnalyzer.polarity_scores(text).compound
}
const tunedThresholds = new Map<string, { negative: number, positive: number }>()
function persent (split: string): void {
  const records = load('persent', split).filter((record) => record.labels.sentiment !== null && record.labels.sentiment !== undefined)
  const views = analyzeRecords(records, '\n\n')
  const rows: string[][] = []
  const scores: Record<string, number> = {}
  for (const [name, scorer] of Object.entries(sentimentScorers)) {
    const pairs = records.map((record): [number, number] => [scorer(record.text, views.get(record.id)!), record.labels.sentiment as number])
    if (split === 'dev' || !tunedThresholds.has(name)) tunedThresholds.set(name, tuneThresholds(pairs, GRID))
    const { negative, positive } = tunedThresholds.get(name)!
    scores[name] = macroF1(pairs.map(([score, gold]) => [threeClass(score, negative, positive), gold]), [-1, 0, 1])
    rows.push([name, num(scores[name]), `${negative} / ${positive}`])
  }
  table(`PerSenT ${split} — paragraph sentiment, 3-class macro-F1 (${records.length} paragraphs; thresholds tuned on dev)`, ['scorer', 'macro-F1', 'neg / pos thresholds'], rows)
  if (split === 'test') {
    const [slant, ...baselines] = Object.values(scores)
    target('PerSenT sentiment macro-F1 (above both baselines)', slant, baselines.every((b) => slant > b), `> ${baselines.map(num).join(' and ')}`)
  }
}

const DATASETS: Record<string, (split: string) => void> = {
  polnear, euvsdisinfo, 'propaganda-diary-ru-ua': propagandaDiary, basil, 'ptc-semeval2020': ptc, persent
}
console.log(`# Slant accuracy — engine ${engine.lexicons.map((l) => `${l.id}@${l.version}`).join(', ')}`)
for (const split of splits) {
  console.log(`\n### ${split}`)
  for (const [name, run] of Object.entries(DATASETS)) {
    if (args.dataset !== undefined && args.dataset !== name) continue
    // PerSenT thresholds must come from dev even when only test is requested.
    if (name === 'persent' && split === 'test' && !splits.includes('dev')) persentDevThresholds()
    run(split)
  }
}
function persentDevThresholds (): void {
  const records = load('persent', 'dev').filter((record) => record.labels.sentiment !== null && record.labels.sentiment !== undefined)
  const views = analyzeRecords(records, '\n\n')
  for (const [name, scorer] of Object.entries(sentimentScorers)) {
    tunedThresholds.set(name, tuneThresholds(records.map((record) => [scorer(record.text, views.get(record.id)!), record.labels.sentiment as number]), GRID))
  }
}
if (targets.length > 0) {
  console.log('\n### Targets (test split)\n\n| target | value | goal | status |\n| --- | --- | --- | --- |')
  for (const row of targets) console.log(row)
}
console.log(`\n_${Math.round((performance.now() - started) / 1000)} s on ${process.version}_`)
