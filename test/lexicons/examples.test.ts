/**
 * Every shipped lexicon entry is run through the real tokenizer on its own examples: an entry
 * that cannot match its examples (or matches a counter-example) fails CI.
 */
import t from 'tap'
import { loadLexicons } from '../../src/lexicons/loader.js'
import { compileLexicons, findMatches } from '../../src/analysis/match/lexicon.js'
import { tokenizeParagraph } from '../../src/analysis/nlp/wink.js'
import { SHIPPED_LEXICON_DIR } from '../../src/paths.js'

const lexicons = await loadLexicons([SHIPPED_LEXICON_DIR])

t.ok(lexicons.length >= 3, 'ships the attribution, critical and state lexicons')

for (const lexicon of lexicons) {
  t.test(`${lexicon.id} (${lexicon.file})`, async (t) => {
    for (const entry of lexicon.entries) {
      // Each entry is compiled alone so a match can only come from its own patterns.
      const compiled = compileLexicons([{ ...lexicon, entries: [entry] }])
      const matchesIn = (phrase: string) => {
        const { tokens, sentences } = tokenizeParagraph(phrase, 0)
        return findMatches(compiled, tokens, sentences)
      }
      for (const example of entry.examples) {
        t.ok(matchesIn(example).length > 0, `${entry.id} matches its example "${example}"`)
      }
      for (const counterExample of entry.counterExamples ?? []) {
        t.equal(matchesIn(counterExample).length, 0, `${entry.id} does not match "${counterExample}"`)
      }
    }
  })
}

t.test('every shipped pattern opens with a word, so the matcher looks it up instead of trying it at every token', async (t) => {
  // One `* 's narrative of` pattern, tried at every token, cost 6 % of the whole analysis.
  const compiled = compileLexicons(lexicons)
  t.same(compiled.anyStart.map((pattern) => `${pattern.lexicon.id}:${pattern.entry.id}`), [])
})
