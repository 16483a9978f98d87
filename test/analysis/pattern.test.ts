import t from 'tap'
import { compileLexicons, findMatches } from '../../src/analysis/match/lexicon.js'
import { compilePattern, startCheck } from '../../src/analysis/match/pattern.js'
import { tokenizeParagraph, splitWord } from '../../src/analysis/nlp/wink.js'

function matches (pattern: string, text: string): string[] {
  const compiled = compileLexicons([{ id: 'critical', version: '1.0.0', dimension: 'criticalFraming', entries: [{ id: 'e', patterns: [pattern], weight: 1, examples: ['-'] }] }])
  const { tokens, sentences } = tokenizeParagraph(text, 0)
  return findMatches(compiled, tokens, sentences).map((m) => text.slice(tokens[m.first].start, tokens[m.last - 1].end))
}

t.test('words match any inflection through the lemma; = matches the exact form only', async (t) => {
  t.same(matches('protect donbass', 'They protected Donbass.'), ['protected Donbass'])
  t.same(matches('protect donbass', 'It protects Donbass.'), ['protects Donbass'])
  t.same(matches('=protect donbass', 'They protected Donbass.'), [])
})

t.test('alternatives, optional slots and multi-word groups', async (t) => {
  t.same(matches('multipolar|multi-polar world [order]', 'a multi-polar world order'), ['multi-polar world order'])
  t.same(matches('multipolar world [order]', 'a multipolar world.'), ['multipolar world'])
  t.same(matches('not [an] [act of] aggression', 'It is not an act of aggression.'), ['not an act of aggression'])
  t.same(matches('hegemony of (the united states|washington)', 'the hegemony of the United States'), ['hegemony of the United States'])
  t.same(matches('hegemony of (the united states|washington)', 'the hegemony of the West'), [])
})

t.test('wildcards, parts of speech and quotes', async (t) => {
  t.same(matches('what * call', 'what Moscow calls a war'), ['what Moscow calls'])
  t.same(matches('what * call', 'what , calls'), [], '* never matches punctuation')
  t.same(matches('mr. @PROPN', 'Mr. Smith said'), ['Mr. Smith'])
  t.same(matches('" aggression "', 'its “aggression” again'), ['“aggression”'])
})

t.test('a match never crosses a sentence boundary', async (t) => {
  t.same(matches('world order', 'A new world. Order was restored.'), [])
})

t.test('malformed patterns are refused', async (t) => {
  for (const pattern of ['[unclosed', 'closed]', '(a|b', 'a||b', '[only]', '[(nested)]', '( )']) {
    t.throws(() => compilePattern(pattern, splitWord), { name: 'PatternError' }, pattern)
  }
})

t.test('the start check is known only when the tokens at a start are certain', async (t) => {
  const check = (pattern: string) => {
    const found = startCheck(compilePattern(pattern, splitWord))
    return found === undefined ? undefined : { next: [...found.next].sort(), current: found.current === undefined ? undefined : [...found.current].sort() }
  }
  t.same(check('the kremlin'), { next: ['kremlin'], current: undefined })
  t.same(check('protect donbass|donbas'), { next: ['donbas', 'donbass'], current: undefined })
  t.same(check('[the] kremlin'), { next: ['kremlin'], current: ['kremlin'] }, 'optional first slot: the start token may be the second slot')
  t.same(check('(the us|the west) be behind'), { next: ['us', 'west'], current: undefined }, 'multi-word alternatives give their second words')
  t.same(check("russia's army"), { next: ["'s"], current: undefined }, "russia 's: the second token is 's")
  t.equal(check('the [kremlin]'), undefined, 'optional second slot that may end the pattern')
  t.same(check('nato [be] plan|want'), { next: ['be', 'plan', 'want'], current: undefined }, 'an optional second slot adds the third slot\'s first words')
  t.equal(check('nato [be] * plan'), undefined, 'a wildcard after an optional slot')
  t.equal(check('what * call'), undefined, 'wildcard second slot')
  t.equal(check('nato'), undefined, 'a one-slot pattern')
})
