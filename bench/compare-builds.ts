/**
 * `node dist/bench/compare-builds.js OTHER_CHECKOUT`: this build's analysis time against another
 * built checkout's (e.g. a `git worktree` of the commit before a change, after `npm run build`
 * there), both loaded in one process and alternating per article over the 200 bench articles, the
 * order swapped from article to article. Separate processes drift 10–30 % on these machines;
 * alternating per article cancels most of that (two copies of one build read 0.975–1.000).
 * Prints this build's time ÷ the other's: below 1 is faster.
 */
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { PROJECT_ROOT } from '../src/paths.js'
import { readBenchArticles } from './measure.js'

const { positionals, values: args } = parseArgs({ allowPositionals: true, options: { passes: { type: 'string', default: '10' } } })
if (positionals.length !== 1) {
  console.error('usage: node dist/bench/compare-builds.js OTHER_CHECKOUT [--passes N]')
  process.exit(2)
}
type Analyze = (text: string) => unknown
async function load (root: string): Promise<Analyze> {
  const dist = join(resolve(root), 'dist', 'src')
  const { analyze, createEngine } = await import(join(dist, 'analysis', 'index.js')) as typeof import('../src/analysis/index.js')
  const { loadLexicons } = await import(join(dist, 'lexicons', 'loader.js')) as typeof import('../src/lexicons/loader.js')
  const { SHIPPED_LEXICON_DIR } = await import(join(dist, 'paths.js')) as typeof import('../src/paths.js')
  const engine = createEngine(await loadLexicons([SHIPPED_LEXICON_DIR]), 'compare')
  return (text) => analyze(text, engine)
}
const other = await load(positionals[0])
const mine = await load(PROJECT_ROOT)
const articles = readBenchArticles()
for (let pass = 0; pass < 3; pass++) for (const text of articles) { other(text); mine(text) }
const passes = Number(args.passes)
let otherMs = 0
let mineMs = 0
for (let pass = 0; pass < passes; pass++) {
  articles.forEach((text, index) => {
    for (const which of (index + pass) % 2 === 0 ? [other, mine] : [mine, other]) {
      const started = performance.now()
      which(text)
      if (which === mine) mineMs += performance.now() - started
      else otherMs += performance.now() - started
    }
  })
}
console.log(`this build ${(mineMs / passes).toFixed(0)} ms a pass, the other ${(otherMs / passes).toFixed(0)} ms: ${(mineMs / otherMs).toFixed(3)}`)
