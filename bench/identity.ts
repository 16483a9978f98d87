/**
 * `npm run identity`: a hash of what `analyze()` returns for every text of ../shared/eval (dev
 * and test), the bench corpora and the samples, so that a change meant to make the analysis
 * faster can show that it changed nothing else: run it before and after, compare the hashes.
 * `--out FILE` also writes one hash per text, to find the texts that differ. Internal data: the
 * corpora are read in place, never copied.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { analyze, createEngine } from '../src/analysis/index.js'
import { loadLexicons } from '../src/lexicons/loader.js'
import { PROJECT_ROOT, SHIPPED_LEXICON_DIR } from '../src/paths.js'
import { readBenchArticles, readBenchFile } from './measure.js'

const { values: args } = parseArgs({ options: { out: { type: 'string' } } })
const shared = join(PROJECT_ROOT, '..', 'shared')
const jsonlTexts = (file: string): string[] => readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text?: unknown }).text).filter((text): text is string => typeof text === 'string')
const texts: string[] = []
for (const dataset of readdirSync(join(shared, 'eval')).sort()) {
  for (const split of ['dev', 'test']) {
    try { texts.push(...jsonlTexts(join(shared, 'eval', dataset, `${split}.jsonl`))) } catch { /* a dataset without this split */ }
  }
}
texts.push(...readBenchArticles())
for (const name of ['article.txt', 'long.txt', 'large.txt']) texts.push(readBenchFile(name))
for (const name of readdirSync(join(shared, 'samples')).sort()) texts.push(readFileSync(join(shared, 'samples', name), 'utf8'))

// A fixed engine version, so that a version bump alone does not change the hash.
const engine = createEngine(await loadLexicons([SHIPPED_LEXICON_DIR]), 'identity')
const all = createHash('sha256')
const perText: string[] = []
for (const text of texts) {
  const hash = createHash('sha256').update(JSON.stringify(analyze(text, engine))).digest('hex').slice(0, 16)
  perText.push(hash)
  all.update(hash)
}
if (args.out !== undefined) writeFileSync(args.out, perText.join('\n') + '\n')
console.log(`${texts.length} texts, identity ${all.digest('hex').slice(0, 16)}`)
