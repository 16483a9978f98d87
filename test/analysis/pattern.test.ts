import t from 'tap'
import { compileLexicons, findMatches } from '../../src/analysis/match/lexicon.js'
import { compilePattern, mayMatchIn, QUOTE_START, requiredWords, startKeys } from '../../src/analysis/match/pattern.js'
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
  t.same(matches('["] russian threat ["] be [a] pretext', 'the “Russian threat” is a pretext'), ['“Russian threat” is a pretext'], 'an optional opening mark is part of the match')
  t.same(matches('["] russian threat ["] be [a] pretext', 'the Russian threat is a pretext'), ['Russian threat is a pretext'])
})

t.test('a run of optional wildcards is up to that many words, past scare quotes, never punctuation', async (t) => {
  const gap = 'claim that * [*] [*] [*] be false'
  t.same(matches(gap, 'The claim that troops left is false.'), ['claim that troops left is false'])
  t.same(matches(gap, 'The claim that the troops left Kherson is false.'), ['claim that the troops left Kherson is false'])
  t.same(matches(gap, 'The claim that the troops left Kherson in May is false.'), [], 'five words: one too many')
  t.same(matches(gap, 'The claim that “the troops” left is false.'), ['claim that “the troops” left is false'])
  t.same(matches(gap, 'The claim that troops, tanks left is false.'), [], 'a comma ends the gap')
  // The longest reading wins when the gap could end at two places.
  t.same(matches('war * [*] [*] against russia [now]', 'a war waged by them against Russia now'), ['war waged by them against Russia now'])
  const [, , third] = compilePattern('a * [*] [*] b', splitWord)
  t.equal(third.optionalWordRun, 2, 'the run is counted once, from its first slot')
})

t.test('a wildcard never stands for a negator: the pattern must write it out', async (t) => {
  t.same(matches('maidan be [a] [*] [*] coup', 'The Maidan was not a coup.'), [], 'a denial is not the narrative')
  t.same(matches('maidan be [a] [*] [*] coup', 'The Maidan was a foreign staged coup.'), ['Maidan was a foreign staged coup'])
  t.same(matches('maidan be * coup', 'The Maidan was never coup.'), [], 'a required wildcard either')
  t.same(matches('maidan be [not] [a] [*] coup', 'The Maidan was not a coup.'), ['Maidan was not a coup'], 'written out, it matches')
})

t.test('~ stands for up to three auxiliaries and adverbs between two slots, never a negator', async (t) => {
  const hurt = 'sanctions ~ hurt europe'
  t.same(matches(hurt, 'The sanctions hurt Europe.'), ['sanctions hurt Europe'], 'none')
  t.same(matches(hurt, 'The sanctions have hurt Europe.'), ['sanctions have hurt Europe'], 'an auxiliary')
  t.same(matches(hurt, 'The sanctions have only really hurt Europe.'), ['sanctions have only really hurt Europe'], 'an auxiliary and two adverbs')
  t.same(matches(hurt, 'The sanctions will have always really hurt Europe.'), [], 'four: one too many')
  t.same(matches(hurt, 'The sanctions have not hurt Europe.'), [], 'a negator is the denial')
  t.same(matches(hurt, 'The sanctions have never hurt Europe.'), [], 'never either')
  t.same(matches(hurt, 'The sanctions on steel hurt Europe.'), [], 'a preposition or noun is not a filler')
  t.same(matches(hurt, 'The sanctions, they say, hurt Europe.'), [], 'nor punctuation')
  t.same(matches('president ~ overthrow by', 'An elected president was overthrown by a mob.'), ['president was overthrown by'], 'the passive')
  t.same(matches('mob ~ overthrow', 'A mob has overthrown the president.'), ['mob has overthrown'], 'the perfect, through the lemma')
  const [, filler] = compilePattern(hurt, splitWord)
  t.equal(filler.filler, true)
  t.equal(filler.optional, true, 'optional: required words and start keys pass over it')
  t.same(Object.fromEntries([...(startKeys(compilePattern(hurt, splitWord)) ?? [])]), { sanctions: undefined, sanction: undefined }, 'no word is certain after a filler')
  t.equal(mayMatchIn(requiredWords(compilePattern(hurt, splitWord)), tokenizeParagraph('The sanctions have hurt Europe.', 0).sentences[0].words), true)
  for (const pattern of ['~ hurt europe', 'sanctions hurt ~', '~']) t.throws(() => compilePattern(pattern, splitWord), { name: 'PatternError' }, pattern)
})

t.test('> slots must follow a match without being part of its span', async (t) => {
  const usa = 'usa >@VERB|@AUX'
  t.same(matches(usa, 'USA destroys the old order.'), ['USA'], 'the verb is required, the span is the name')
  t.same(matches(usa, 'USA Today reported it.'), [], 'no verb after the name')
  t.same(matches(usa, 'They flew to the USA.'), [], 'nor at the end of a sentence')
  t.same(matches('war [against russia] >be', 'The war against Russia is real.'), ['war against Russia'], 'the longest span whose context follows')
  t.same(matches('war [against russia] >be', 'The war is real.'), ['war'])
  t.same(matches('nato >[never] >expand', 'NATO never expands.'), ['NATO'], 'context slots may be optional')
  t.same(matches('nato >[never] >expand', 'NATO expands.'), ['NATO'])
  t.same(matches('nato >(will expand|expands)', 'NATO will expand.'), ['NATO'], 'and hold several words')
  t.same(matches('nato >(will expand|expands)', 'NATO will not expand.'), [])
  const [, context] = compilePattern(usa, splitWord)
  t.equal(context.opensContext, true)
  t.same(Object.fromEntries([...(startKeys(compilePattern('the west >be', splitWord)) ?? [])].map(([key, next]) => [key, next === undefined ? 'any' : [...next]])), { the: ['west'] }, 'start keys are those of the span')
  t.equal(mayMatchIn(requiredWords(compilePattern('nato >expand', splitWord)), tokenizeParagraph('NATO held a summit.', 0).sentences[0].words), false, 'the context\'s words are required words too')
  for (const pattern of ['>usa', '>usa >be', 'usa >be bad', 'sanctions ~ >hurt', '[usa] >be', 'nato >~ >expand', 'nato >be ~ >expand']) t.throws(() => compilePattern(pattern, splitWord), { name: 'PatternError' }, pattern)
})

t.test('^ anchors a match at the start of its sentence', async (t) => {
  const subject = '^ ukraine >@VERB|@AUX'
  t.same(matches(subject, 'Ukraine wants war.'), ['Ukraine'])
  t.same(matches(subject, 'It rained. Ukraine wants war.'), ['Ukraine'], 'any sentence of the paragraph')
  t.same(matches(subject, '“Ukraine wants war,” he said.'), ['Ukraine'], 'past an opening quotation mark')
  t.same(matches(subject, 'The weapons received by Ukraine are old.'), [], 'not inside a sentence')
  t.same(matches(subject, 'It rained, and Ukraine wants war.'), [])
  t.equal(compilePattern(subject, splitWord)[0].opensSentence, true)
  t.equal(compilePattern('ukraine >@VERB', splitWord)[0].opensSentence, false)
  t.same(Object.fromEntries([...(startKeys(compilePattern('^ the west', splitWord)) ?? [])].map(([key, next]) => [key, next === undefined ? 'any' : [...next]])), { the: ['west'] }, 'start keys are those of the first slot')
  for (const pattern of ['^', 'ukraine ^ wants', '^ ^ ukraine']) t.throws(() => compilePattern(pattern, splitWord), { name: 'PatternError' }, pattern)
})

t.test('a match never crosses a sentence boundary', async (t) => {
  t.same(matches('world order', 'A new world. Order was restored.'), [])
})

t.test('malformed patterns are refused', async (t) => {
  for (const pattern of ['[unclosed', 'closed]', '(a|b', 'a||b', '[only]', '[(nested)]', '( )']) {
    t.throws(() => compilePattern(pattern, splitWord), { name: 'PatternError' }, pattern)
  }
})

t.test('where a pattern can start: each start word with the words the next token must then be', async (t) => {
  const check = (pattern: string) => {
    const found = startKeys(compilePattern(pattern, splitWord))
    return found === undefined ? undefined : Object.fromEntries([...found].map(([key, next]) => [key, next === undefined ? 'any' : [...next].sort()]))
  }
  t.same(check('the kremlin'), { the: ['kremlin'] })
  t.same(check('protect donbass|donbas'), { protect: ['donbas', 'donbass'] })
  t.same(check('[the] kremlin'), { the: ['kremlin'], kremlin: 'any' }, 'optional first slot: the start may be the second slot, which may end the pattern')
  t.same(check('[the] kremlin say'), { the: ['kremlin'], kremlin: ['say'] })
  t.same(check('(the us|the west) be behind'), { the: ['us', 'west'] }, 'multi-word alternatives give their second words')
  t.same(check('(the us|washington) [*] create'), { the: ['us'], washington: 'any' }, 'decided per start word: *the* needs *us*, *washington* may go on anywhere')
  t.same(check("russia's army"), { russia: ["'s"] }, "russia 's: the second token is 's")
  t.same(check('claims|said that'), { claims: ['that'], claim: ['that'], said: ['that'], say: ['that'] }, 'a start word is a normal form or a lemma')
  t.same(check('=said that'), { said: ['that'] }, 'an exact word starts only on its own form')
  t.same(check('the [kremlin]'), { the: 'any' }, 'optional second slot that may end the pattern')
  t.same(check('nato [be] plan|want'), { nato: ['be', 'plan', 'want'] }, 'an optional second slot adds the third slot\'s first words')
  t.same(check('nato [be] * plan'), { nato: 'any' }, 'a wildcard after an optional slot')
  t.same(check('what * call'), { what: 'any' }, 'wildcard second slot')
  t.same(check('nato'), { nato: 'any' }, 'a one-slot pattern')
  t.equal(check('* call'), undefined, 'a wildcard first: the pattern may start anywhere')
  t.same(check('" aggression "'), { [QUOTE_START]: ['aggression'] }, 'a quotation mark first: tried at quotation marks only')
  t.same(check('["] russian threat'), { [QUOTE_START]: ['russian'], russian: ['threat'] }, 'an optional quotation mark first: at the mark or at the word after it')
})

t.test('patterns behind a frequent first word match wherever they did before the index', async (t) => {
  const compiled = compileLexicons([{
    id: 'critical',
    version: '1.0.0',
    dimension: 'criticalFraming',
    entries: [
      { id: 'west-behind', patterns: ['(the west|washington) [*] be behind'], weight: 1, examples: ['-'] },
      { id: 'the-kremlin', patterns: ['the kremlin'], weight: 1, examples: ['-'] },
      { id: 'call-on', patterns: ['=called on', 'call'], weight: 1, examples: ['-'] }
    ]
  }])
  const text = 'Washington clearly is behind it, the West is behind it, the Kremlin called on them.'
  const { tokens, sentences } = tokenizeParagraph(text, 0)
  const found = findMatches(compiled, tokens, sentences).map((m) => [m.compiled.entry.id, text.slice(tokens[m.first].start, tokens[m.last - 1].end)])
  t.same(found, [
    ['west-behind', 'Washington clearly is behind'],
    ['west-behind', 'the West is behind'],
    ['the-kremlin', 'the Kremlin'],
    ['call-on', 'called on']
  ])
})

t.test('scare quotes inside a phrase do not break a match; a pattern may still ask for a quote', async (t) => {
  t.same(matches('hybrid war against russia', 'waging a “hybrid war” against Russia'), ['hybrid war” against Russia'])
  t.same(matches('hybrid war against russia', 'a "hybrid" "war" against Russia'), ['hybrid" "war" against Russia'])
  t.same(matches('hybrid war', '“hybrid war”'), ['hybrid war'], 'a match starts and ends on a word')
  t.same(matches('" aggression "', 'its “aggression” again'), ['“aggression”'])
})

t.test("a sentence's word set rules out a pattern only when one of its required words is missing", async (t) => {
  const words = (text: string): Int32Array => tokenizeParagraph(text, 0).sentences[0].words
  const needs = (pattern: string): Int32Array => requiredWords(compilePattern(pattern, splitWord))
  const atExpense = needs('(no|not|never) [*] [*] strengthen [its] security at the expense of others')
  t.equal(mayMatchIn(atExpense, words('No state should strengthen its security at the expense of others.')), true)
  t.equal(mayMatchIn(atExpense, words('No state should strengthen its security.')), false, 'expense is missing')
  t.equal(mayMatchIn(needs('protect donbass'), words('It protects Donbass.')), true, 'a lemma is in the set')
  t.equal(mayMatchIn(needs('protect donbass'), words('It protects Luhansk.')), false, 'donbass is missing')
  t.equal(mayMatchIn(needs('what * call'), words('what Moscow calls a war')), true, '* and optional slots require nothing')
  t.equal(mayMatchIn(needs("russia 's security interests"), words("Russia's security interests")), true, 'a possessive split off a name')
  t.equal(needs('@PROPN *').length, 0, 'a pattern of wildcards requires nothing')
  // And through the matcher: a sentence without the pattern's words is not matched, one with them is.
  t.same(matches('security at the expense of others', 'Not at the expense of others.'), [])
  t.same(matches('security at the expense of others', 'Security at the expense of others.'), ['Security at the expense of others'])
})
