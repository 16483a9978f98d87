import t from 'tap'
import { analyzeWithFixture } from './fixture-engine.js'
import { analyze } from '../../src/analysis/index.js'
import { shippedEngine } from '../helper.js'

const matchesOf = (text: string) => analyzeWithFixture(text).paragraphs.flatMap((p) => p.matches)
  .map((m) => ({ entry: m.entry, text: m.text, voice: m.voice, negated: m.negated }))
/** Entry and voice of each state-framing match an engine finds in a text. */
const stateVoicesWith = (engine: Awaited<ReturnType<typeof shippedEngine>>) => (text: string) =>
  analyze(text, engine).paragraphs.flatMap((p) => p.matches).filter((m) => m.dimension === 'stateFraming').map((m) => [m.entry, m.voice])

t.test('state framing in the narrator voice is adopted, with offsets', async (t) => {
  const text = 'The two nations share a vision of a multipolar world order.'
  const [match] = analyzeWithFixture(text).paragraphs[0].matches
  t.same({ ...match }, {
    dimension: 'stateFraming', lexicon: 'state.ru', entry: 'multipolar-world', role: 'term', actor: 'ru',
    start: 36, end: 58, text: 'multipolar world order', voice: 'adopted', negated: false, weight: 1
  })
})

t.test('inside the content of an attribution the voice is reported', async (t) => {
  t.same(matchesOf('The Kremlin has reiterated that it is protecting Donbass.'), [
    { entry: 'protect-donbass', text: 'protecting Donbass', voice: 'reported', negated: false }
  ])
})

t.test('the tag inside a split quotation is the narrator\'s: a term there is adopted, the quoted parts reported', async (t) => {
  t.same(matchesOf('“We stand firm,” said Ivan Petrov, who runs a blog on the multipolar world. “And we will win.”').map((m) => [m.text, m.voice]), [
    ['multipolar world', 'adopted']
  ])
  t.same(matchesOf('“We stand firm,” said Ivan Petrov, who runs a blog. “And we want a multipolar world.”').map((m) => [m.text, m.voice]), [
    ['multipolar world', 'reported']
  ])
})

t.test('a negated verb that brings a term in with a preposition does not negate the term', async (t) => {
  t.same(matchesOf('Conscripts are not sent to fight in the special military operation.').map((m) => [m.text, m.negated]), [['special military operation', false]])
  t.same(matchesOf('This is not a special military operation.').map((m) => [m.text, m.negated]), [['special military operation', true]])
  // A preposition that brings in what the verb aims at is no setting: the negator denies the term.
  t.same(matchesOf('The drills do not aim at protecting Donbass.').map((m) => [m.text, m.negated]), [['protecting Donbass', true]])
})

t.test('a narrator\'s denial outside the clause it denies negates the terms in that clause', async (t) => {
  const negatedOf = (text: string) => matchesOf(text).filter((m) => m.entry !== 'narrator-denial').map((m) => [m.text, m.negated])
  t.same(negatedOf('It is not true that the army is protecting Donbass.'), [['protecting Donbass', true]], 'not true that')
  t.same(negatedOf('It is false that the drills were a defensive measure.'), [['defensive measure', true]], 'false that')
  t.same(negatedOf('Russia spreads the baseless claim that it is protecting Donbass.'), [['protecting Donbass', true]], 'a false claim that')
  t.same(negatedOf('The idea that the world is becoming multipolar world order is a myth.'), [['multipolar world order', true]], 'is a myth, after the clause')
  t.same(negatedOf('The claim that the drills were a defensive measure has been debunked.'), [['defensive measure', true]], 'a claim that … has been debunked')
  t.same(negatedOf('That the drills were a defensive measure is simply false.'), [['defensive measure', true]], 'a that-clause called false')
  t.same(negatedOf('Far from protecting Donbass, the shelling emptied its towns.'), [['protecting Donbass', true]], 'far from')
  t.same(negatedOf('There is no truth to the suggestion that it was a defensive measure.'), [['defensive measure', true]], 'no truth to')
  t.same(negatedOf('Fact check: No, the army is not protecting Donbass'), [['protecting Donbass', true]], 'a fact-check headline\'s *No,* before a negated verb')
  // What must stay as it is:
  t.same(negatedOf('The threat is not a myth: the army is protecting Donbass.'), [['protecting Donbass', false]], 'a clause after the colon is not denied')
  t.same(negatedOf('The special military operation is not a myth.'), [['special military operation', false]], '*is not a myth* affirms')
  t.same(negatedOf('The drills, a defensive measure, were wrong.'), [['defensive measure', false]], '*wrong* of a thing, not of a claim, denies nothing')
  t.same(negatedOf('It is wrong that the army is protecting Donbass alone.'), [['protecting Donbass', false]], '*wrong that* judges a fact it takes as true')
  t.same(negatedOf('Not far from Donetsk, the army is protecting Donbass.'), [['protecting Donbass', false]], '*not far from* is a place')
  t.same(negatedOf('Far from Moscow, the army is protecting Donbass.'), [['protecting Donbass', false]], 'the *far from* clause ends at its comma')
  t.same(negatedOf('The claim is false, but the army is protecting Donbass.'), [['protecting Donbass', false]], '*but* ends the denied clause')
  t.same(negatedOf('No, the army will not stop protecting Donbass.'), [['protecting Donbass', false]], 'what is not stopped goes on')
  t.same(negatedOf('Is it over? No, the army is protecting Donbass.'), [['protecting Donbass', false]], 'an answer *No,* before a claim of its own')
})

t.test('the words of a narrator\'s denial of a state term are critical framing; of anything else, or in someone\'s statement, not', async (t) => {
  const denials = (text: string) => analyzeWithFixture(text).paragraphs.flatMap((p) => p.matches).filter((m) => m.entry === 'narrator-denial').map((m) => ({ ...m }))
  t.same(denials('It is not true that the army is protecting Donbass.'), [{
    dimension: 'criticalFraming', lexicon: 'rules', entry: 'narrator-denial', role: 'distancing',
    start: 6, end: 19, text: 'not true that', voice: 'adopted', negated: false, weight: 0.5
  }])
  t.same(denials('The idea that the drills were a defensive measure is a myth.').map((m) => m.text), ['is a myth'])
  t.same(denials('No, the army is not protecting Donbass.').map((m) => [m.text, m.start, m.end]), [['No,', 0, 3]], 'the fact-check headline\'s *No,*')
  t.same(denials('No, the weather is not cold.'), [], '*No,* before no state term')
  t.same(denials('It is not true that the weather was cold.'), [], 'no state term denied')
  t.same(denials('The minister said it is not true that the army is protecting Donbass.'), [], 'inside a statement the denial is the speaker\'s')
  t.same(denials('Protecting Donbass is a myth, the weather is a myth.').map((m) => m.text), ['is a myth'], 'a denied subject starts after the denial before it')
  t.same(denials('Far from protecting Donbass and far from the weather, the army stayed.').map((m) => m.text), ['Far from'], 'a denied clause ends where the next denial begins')
})

t.test('an adversary named in a clause the narrator denies is not portrayed', async (t) => {
  const stateOf = (text: string) => matchesOf(text).map((m) => [m.entry, m.negated])
  t.same(stateOf('It is not true that NATO is preparing a provocation on the border.'), [])
  t.same(stateOf('It is a myth that NATO is preparing a provocation on the border.'), [])
  t.same(stateOf('NATO is preparing a provocation on the border.'), [['adversary-nato', false]], 'said in the narrator\'s own words, it is')
  t.same(stateOf('NATO is lying and preparing a provocation on the border.'), [['adversary-nato', false]], '*is lying* calls nothing a lie')
})

t.test('shipped lexicons: a hearsay hedge puts the rest of its clause in the state\'s mouth', async (t) => {
  const engine = await shippedEngine()
  const voices = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).map((m) => [m.entry, m.voice])
  t.same(voices('Russia, we are told, is protecting Donbass.'), [['hearsay', 'adopted'], ['protect-donbass', 'quoted']])
  t.same(voices('Russia, we are told, is winning, but the army is protecting Donbass.'), [['hearsay', 'adopted'], ['protect-donbass', 'adopted']], '*but* ends its reach')
  t.same(voices('We were told to leave. The army is protecting Donbass.'), [['protect-donbass', 'adopted']], 'a past *were told* is a report, not a hedge')
})

t.test('shipped lexicons: distancing reaches a term inside its own cue, and an accusation does not portray its speaker', async (t) => {
  const voices = stateVoicesWith(await shippedEngine())
  t.same(voices('“Glory to Ukraine” is a Nazi greeting.'), [['glorify-nazism', 'adopted']], 'a term that runs past a closing mark stays the narrator\'s')
  t.same(voices('Russia pressed on with its supposed denazification of Ukraine.'), [['denazification', 'quoted']])
  t.same(voices('Three years into what Moscow still insists on calling a "special military operation," the story has changed.'), [['special-military-operation', 'quoted']])
  t.same(voices('NATO accused Russia of violating its airspace.'), [], 'an accusation reports the speaker, it does not portray it')
  t.same(voices('NATO threatens Russia with new missiles.'), [['adversary-west', 'adopted']], 'a threat still does')
  t.same(voices('Kyiv threatened to boycott the tournament.'), [], 'a threatened boycott is a policy its speaker announces')
  t.same(voices('Poland had threatened to veto the package before backing down.'), [])
  t.same(voices('Kyiv threatened to shell the city.'), [['adversary-ukraine', 'adopted']], 'a threat of force still portrays')
  t.same(voices('NATO threatened to strike Russian cities.'), [['adversary-west', 'adopted']])
  t.same(voices('Russia has threatened its neighbours, including the Baltic States and Poland, with troops.'), [], 'a list of examples after *including* is acted on')
  t.same(voices('Poland has threatened its neighbours with troops.'), [['adversary-neighbours', 'adopted']])
})

t.test('shipped lexicons: an adversary said to feel something is not portrayed acting', async (t) => {
  const engine = await shippedEngine()
  const state = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).filter((m) => m.dimension === 'stateFraming').map((m) => m.entry)
  t.same(state('European diplomats were unimpressed.'), [])
  t.same(state('The European Union was unconvinced by the offer.'), [])
})

t.test('inside quotation marks without attribution the voice is quoted', async (t) => {
  t.same(matchesOf('A banner read “the special military operation goes on” at dawn.'), [
    { entry: 'special-military-operation', text: 'special military operation', voice: 'quoted', negated: false }
  ])
})

t.test('a distancing cue counts as critical framing and takes the state term out of the narrator voice', async (t) => {
  // *Moscow calls* also credits the term to Moscow: reported.
  t.same(matchesOf('Troops began what Moscow calls a special military operation.').map((m) => [m.entry, m.voice]),
    [['what-it-calls', 'adopted'], ['special-military-operation', 'reported']])
  t.same(matchesOf('Troops began what it calls a special military operation.').map((m) => [m.entry, m.voice]),
    [['what-it-calls', 'adopted'], ['special-military-operation', 'quoted']])
})

t.test('a denial is state framing, and the critical term inside it is not counted', async (t) => {
  t.same(matchesOf('The war is not an act of aggression but a necessary response.'), [
    { entry: 'not-aggression', text: 'not an act of aggression', voice: 'adopted', negated: false }
  ])
})

t.test('*no evidence that …* negates the whole clause after it; other negators only the next few words', async (t) => {
  const negatedOf = (text: string) => analyzeWithFixture(text).paragraphs.flatMap((p) => p.matches).map((m) => [m.entry, m.negated])
  t.same(negatedOf('There is no evidence that the troops deployed near the river were ever a defensive measure.'), [['defensive-measure', true]])
  t.same(negatedOf('There was no warning, and the troops deployed near the river were a defensive measure.'), [['defensive-measure', false]], 'a clause break ends the scope')
  t.same(negatedOf('The army did not retreat and the troops deployed near the river were a defensive measure.'), [['defensive-measure', false]], 'a plain negator reaches a few words, not the next clause')
})

t.test('a negated state term is marked negated and scores nothing', async (t) => {
  const [paragraph] = analyzeWithFixture('The invasion was not a defensive measure.').paragraphs
  t.same(paragraph.matches.map((m) => [m.entry, m.negated]), [['defensive-measure', true]])
  t.equal(paragraph.scores.stateFraming, 0)
  t.equal(paragraph.flags.stateFraming, false)
})

t.test('negation stops at a clause boundary', async (t) => {
  t.same(matchesOf('It was no accident, but an unprovoked invasion.').map((m) => [m.entry, m.negated]), [['unprovoked-invasion', false]])
})

t.test('framing scores squash weighted evidence by the documented formula', async (t) => {
  const adopted = analyzeWithFixture('They praised the multipolar world.').paragraphs[0]
  t.equal(adopted.scores.stateFraming, 0.5, 'one adopted weight-1 match: 1 / (1 + 1)')
  t.equal(adopted.flags.stateFraming, true)
  const reported = analyzeWithFixture('The Kremlin said the multipolar world had arrived.').paragraphs[0]
  t.equal(reported.scores.stateFraming, 0.259, 'reported: 0.35 / 1.35')
  t.equal(reported.flags.stateFraming, false)
  const critical = analyzeWithFixture('It was an unprovoked invasion.').paragraphs[0]
  t.equal(critical.scores.criticalFraming, 0.6, 'weight 1.5: 1.5 / 2.5')
})

t.test('scare quotes around a state term are critical distancing; a longer quotation is not', async (t) => {
  t.same(matchesOf('Troops began the “special military operation” at dawn.').map((m) => [m.entry, m.text, m.voice]), [
    ['scare-quotes', '“special military operation”', 'adopted'],
    ['special-military-operation', 'special military operation', 'quoted']
  ])
  t.same(matchesOf('A banner read “our special military operation will protect every village”.').map((m) => m.entry), ['special-military-operation'])
})

t.test('a speaker\'s own scare quotes inside a quotation distance in the speaker\'s voice', async (t) => {
  t.same(matchesOf('"Russia\'s \'special military operation\' has failed," the minister said.').map((m) => [m.entry, m.text, m.voice]), [
    ['scare-quotes', "'special military operation'", 'reported'],
    ['special-military-operation', 'special military operation', 'reported']
  ])
  t.same(matchesOf('“The ‘special military operation’ has failed.”').map((m) => [m.entry, m.voice]), [['scare-quotes', 'quoted'], ['special-military-operation', 'quoted']], 'no tag: the quotation\'s voice')
  t.same(matchesOf('"They told us \'the special military operation is going to plan\' every day," she said.').map((m) => m.entry), ['special-military-operation'], 'a quotation within a quotation, not scare quotes')
})

t.test('an adversary counts only when portrayed with hostility in the narrator voice', async (t) => {
  t.same(matchesOf('NATO troops murdered civilians and destroyed villages.').map((m) => [m.entry, m.text, m.voice]), [['adversary-nato', 'NATO', 'adopted']])
  t.same(matchesOf('NATO leaders met in Brussels on Tuesday.'), [], 'a neutral mention is just news')
  t.same(matchesOf('The Kremlin said NATO troops murdered civilians and destroyed villages.').map((m) => m.entry), [], 'reported hostility is the source\'s, not the narrator\'s')
})

t.test('a hostility word makes a neutral-sentiment sentence a hostile portrayal of an adversary, never a match of its own', async (t) => {
  t.same(matchesOf('NATO is preparing a provocation on the border.').map((m) => [m.entry, m.text]), [['adversary-nato', 'NATO']])
  t.same(matchesOf('Officials described a provocation on the border.'), [], 'no adversary named: nothing')
})

t.test('an adversary named as a place or in a dateline is not an actor', async (t) => {
  t.same(matchesOf('Senators met in Washington to discuss the encirclement of the city.'), [])
  t.same(matchesOf('WASHINGTON — Protesters denounced the encirclement of the city.'), [])
  t.same(matchesOf('WASHINGTON -- Protesters denounced the encirclement of the city.'), [], 'a wire dateline with a double hyphen')
  t.same(matchesOf('Trump warned in Everett, Washington, of a provocation.'), [])
  t.same(matchesOf('Washington is planning a provocation.').map((m) => m.text), ['Washington'])
})

t.test('an adversary named as a partner or a target is not the actor', async (t) => {
  t.same(matchesOf('NATO is planning a provocation.').map((m) => m.text), ['NATO'], 'the actor, for contrast')
  t.same(matchesOf('Kyiv is planning a provocation with NATO.'), [], 'a partner')
  t.same(matchesOf('Kyiv is planning a provocation against NATO.'), [], 'a target')
  t.same(matchesOf('The talks between NATO and Kyiv ended in a provocation.'), [])
})

t.test('a debunk is not a hostile portrayal: denied, negated or the state\'s own hostility', async (t) => {
  t.same(matchesOf('NATO does not encircle the country.'), [], 'the adversary\'s action is denied')
  t.same(matchesOf('NATO answered with no provocation at all.'), [], 'the hostility word is negated')
  t.same(matchesOf('NATO strengthened its defence after a Russian encirclement.'), [], 'the state is the agent')
  t.same(matchesOf('NATO is planning an encirclement.').map((m) => m.text), ['NATO'])
})

t.test('shipped lexicons: keeping the critics\' word at arm\'s length is no critique of the state', async (t) => {
  const engine = await shippedEngine()
  const criticalMatches = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches)
    .filter((m) => m.dimension === 'criticalFraming').map((m) => [m.entry, m.text])
  t.same(criticalMatches('India abstained on what Western governments call an unprovoked invasion.'), [['unprovoked-invasion', 'unprovoked invasion']])
  t.same(criticalMatches('The so-called unprovoked invasion was in fact a response.'), [])
  // The narrator's *what they call* about a state speaker's own word stays critical in the speaker's reported statement.
  t.same(criticalMatches('Russian officials describe the strikes as part of what they call the special military operation.'), [['what-it-calls', 'what they call']])
  // Distancing from the state's own word is critical framing, as is debunking.
  t.same(criticalMatches('Russia launched what it calls a special military operation.'), [['what-it-calls', 'what it calls']])
  t.same(criticalMatches('Repeating already debunked disinformation.').map(([entry]) => entry), ['debunking', 'propaganda'])
})

t.test('shipped lexicons: the second actor has its own adversary and hostility lists', async (t) => {
  const engine = await shippedEngine()
  const stateMatches = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches)
    .filter((m) => m.dimension === 'stateFraming').map((m) => [m.lexicon, m.entry, m.actor, m.voice])
  t.same(stateMatches('Pakistan continues to harbour terrorists across the border.'), [['state.in', 'adversary-pakistan', 'in', 'adopted']])
  t.same(stateMatches('Islamabad hosted the cricket match.'), [])
  t.same(stateMatches('Jammu and Kashmir is an integral part of India.'), [['state.in', 'kashmir-integral-part', 'in', 'adopted']])
  // Russia's hostility words do not make Pakistan an adversary of Russia, nor India's of NATO.
  t.same(stateMatches('NATO discussed terrorism at the summit.'), [])
})

t.test('an adversary that suffers the action (a passive) is not portrayed', async (t) => {
  t.same(matchesOf('NATO soldiers were killed in a provocation.'), [])
  t.same(matchesOf('NATO soldiers staged a provocation.').map((m) => m.text), ['NATO'])
})

t.test('an adversary in a sentence with critical framing is not a hostile portrayal', async (t) => {
  t.same(matchesOf('NATO answered the unprovoked invasion with a provocation.').map((m) => m.entry), ['unprovoked-invasion'])
})

t.test('an adversary denied the act just before its name is not portrayed (*neither … nor NATO*)', async (t) => {
  t.same(matchesOf('NATO troops murdered civilians and destroyed villages.').map((m) => m.entry), ['adversary-nato'])
  t.same(matchesOf('Not NATO troops but mercenaries murdered civilians and destroyed villages.'), [])
})

t.test('an adversary in a paragraph that distances itself from a claim is a fact, not a hostile portrayal', async (t) => {
  t.same(matchesOf('NATO troops murdered civilians and destroyed villages.').map((m) => m.entry), ['adversary-nato'])
  t.same(matchesOf('This is the so-called plan. NATO troops murdered civilians and destroyed villages.').map((m) => m.entry), ['so-called'])
})

t.test('shipped lexicons: a stance verb\'s object is the narrator\'s wording, a reported clause is the source\'s', async (t) => {
  const engine = await shippedEngine()
  const voices = (text: string) => [...new Set(analyze(text, engine).paragraphs.flatMap((p) => p.matches).filter((m) => m.dimension === 'stateFraming').map((m) => m.voice))]
  t.same(voices('Putin praised the special military operation.'), ['adopted'])
  t.same(voices('Putin said the special military operation was going to plan.'), ['reported'])
  t.same(voices('The ministry criticized what it called the neo-Nazi regime in Kyiv.').includes('adopted'), false, 'distancing still quotes')
})

t.test('shipped lexicons: what a justification presents a thing *as*, and a term named as someone\'s narrative, are not the narrator\'s', async (t) => {
  const engine = await shippedEngine()
  const flagged = (text: string) => {
    const paragraph = analyze(text, engine).paragraphs[0]
    return [paragraph.flags.stateFraming, paragraph.flags.criticalFraming, [...new Set(paragraph.matches.filter((m) => m.dimension === 'stateFraming').map((m) => m.voice))]]
  }
  t.same(flagged('Moscow seeks to justify the invasion as protecting Russian speakers.'), [false, true, ['quoted']])
  t.same(flagged('Western officials dismissed Moscow\'s narrative of a multipolar world.'), [false, true, ['quoted']])
  t.same(flagged('The Kremlin\'s version of events blames Kyiv.'), [false, true, []])
  t.same(flagged('The troops are seen as protecting Russian speakers.')[0], true, '*as* without a distancing cue before it distances nothing')
})

t.test('shipped lexicons: an adversary modifying a verb\'s object is acted on, not portrayed acting', async (t) => {
  const engine = await shippedEngine()
  const stateFlag = (text: string) => analyze(text, engine).paragraphs[0].flags.stateFraming
  t.equal(stateFlag('Hungary has blocked EU aid to Ukraine, citing the rights of its minority.'), false)
  t.equal(stateFlag('NATO troops murdered civilians and destroyed villages.'), true, 'the adversary\'s own troops still act')
})

t.test('shipped lexicons: a distancing cue is denied only by a negator right before it', async (t) => {
  const engine = await shippedEngine()
  const distancing = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).filter((m) => m.role === 'distancing').map((m) => [m.text, m.negated])
  t.same(distancing('The deliveries would not change the course of what it calls the special military operation.'), [['what it calls', false]])
  t.same(distancing('The photos do not prove anything about this conspiracy theory.'), [['conspiracy theory', false]])
  t.same(distancing('This is not a conspiracy theory.'), [['conspiracy theory', true]])
})

t.test('shipped lexicons: a state term in a statement split by its tag is reported, both sides of the tag', async (t) => {
  const engine = await shippedEngine()
  const voices = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).filter((m) => m.dimension === 'stateFraming').map((m) => [m.text, m.voice])
  t.same(voices('The special military operation, the envoy said, is going to plan.'), [['special military operation', 'reported']])
  t.same(voices('Everything is going to plan, the envoy said, and the special military operation will end soon.'), [['special military operation', 'reported']])
})

t.test('shipped lexicons: a denied statement scopes over its clause', async (t) => {
  const engine = await shippedEngine()
  const stateFlag = (text: string) => analyze(text, engine).paragraphs[0].flags.stateFraming
  t.equal(stateFlag('The UNICEF officer never said anything in the press release about Kyiv aggression.'), false)
  t.equal(stateFlag('The report dwells at length on Kyiv aggression.'), true)
})

t.test('shipped lexicons: the invasion as the narrator\'s time reference is weak critical evidence, below the flag, and no hostile portrayal of NATO', async (t) => {
  const engine = await shippedEngine()
  const flags = (text: string) => analyze(text, engine).paragraphs[0].flags
  t.same(flags('NATO has expanded its presence on the eastern flank since the invasion, deploying battlegroups to the Baltic states.'),
    { attribution: false, stateFraming: false, criticalFraming: false })
})

t.test('shipped lexicons: the West\'s proxy war, NATO creeping to Russia\'s borders and sanctions that have backfired, in the narrator\'s voice', async (t) => {
  const engine = await shippedEngine()
  const adopted = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).filter((m) => m.dimension === 'stateFraming' && m.voice === 'adopted' && m.role !== 'adversary').map((m) => m.text)
  t.same(adopted('The West\'s proxy war in Ukraine has entered a new phase.'), ['The West\'s proxy war'])
  t.same(adopted('The alliance continued to creep towards Russia\'s borders.'), ['creep towards Russia\'s borders'])
  t.same(adopted('Western sanctions have backfired on Europe.'), ['sanctions have backfired on Europe'])
  t.same(adopted('Analysts debate whether the conflict is a proxy war. Finland\'s accession doubled the alliance\'s border with Russia.'), [])
})

t.test('shipped lexicons: refusing to tolerate a thing affirms it; India\'s doctrine of pursuing its interest outside any bloc', async (t) => {
  const engine = await shippedEngine()
  const matches = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).filter((m) => m.dimension === 'stateFraming').map((m) => [m.entry, m.negated])
  t.same(matches('India will not tolerate cross-border terrorism.'), [['cross-border-terrorism', false]])
  t.same(matches('Pakistan did not sponsor cross-border terrorism, its envoy wrote.'), [['cross-border-terrorism', true]])
  t.same(matches('India did not stop fighting cross-border terrorism.'), [['cross-border-terrorism', false]], 'what is not stopped goes on')
  t.same(matches('It pursues its national interest, engaging all major powers without becoming part of any bloc.'), [['national-interest', false], ['non-alignment', false]])
})

t.test('shipped lexicons: selling a thing *as* something distances it; the evidence saying otherwise debunks; civilians killed is harm', async (t) => {
  const engine = await shippedEngine()
  const critical = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).filter((m) => m.dimension === 'criticalFraming').map((m) => m.entry)
  t.same(critical('The Kremlin has tried to sell its war as a defensive operation. The evidence says otherwise.'), ['seeking-to-justify', 'debunking'])
  t.same(critical('Thousands of civilians were killed in Mariupol.'), ['harm-framing'])
  t.same(critical('The vice president will travel to the Hill in an attempt to sell the compromise.'), [])
  const voices = analyze('Moscow tried to sell the invasion as a special military operation.', engine).paragraphs[0].matches.filter((m) => m.dimension === 'stateFraming').map((m) => m.voice)
  t.same(voices, ['quoted'])
})

t.test('shipped lexicons: India\'s *balanced and independent position* is its doctrine', async (t) => {
  const engine = await shippedEngine()
  t.same(analyze('Putin thanked India for its balanced and independent position.', engine).paragraphs[0].matches.map((m) => [m.entry, m.actor]), [['strategic-autonomy', 'in']])
})

t.test('shipped lexicons: refusing to join or support a thing affirms it; *not supported by any evidence* debunks', async (t) => {
  const engine = await shippedEngine()
  const matches = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).map((m) => [m.entry, m.negated])
  t.same(matches('We expect partners not to join illegal sanctions.'), [['sanctions-backfire', false]])
  t.same(matches('We do not support unilateral sanctions.'), [['sanctions-backfire', false]])
  t.same(matches('The claim is not supported by any evidence made public so far.'), [['debunking', false]])
})

t.test('shipped lexicons: a term after a speaker’s colon is reported, not adopted', async (t) => {
  const voices = async (text: string) => analyze(text, await shippedEngine()).paragraphs.flatMap((p) => p.matches).map((m) => [m.entry, m.voice])
  t.same(await voices('Lavrov was blunt: the special military operation will continue.'), [['special-military-operation', 'reported']])
  t.same(await voices('The result was clear: the special military operation will continue.'), [['special-military-operation', 'adopted']])
})

t.test('an adversary in a list after a preposition, or as a verb\'s object, is not the actor', async (t) => {
  t.same(matchesOf('Kyiv planned the provocation with Finland, NATO and Sweden.'), [], 'later in a list after *with*')
  t.same(matchesOf('Despite promises made to Gorbachev, NATO is planning a provocation.').map((m) => m.text), ['NATO'], 'a comma that ends a phrase is no list')
  t.same(matchesOf('The provocation hurt NATO badly.'), [], 'the object of a verb')
  t.same(matchesOf('It seems NATO is planning a provocation.').map((m) => m.text), ['NATO'], 'the subject of a clause after the verb acts')
  t.same(matchesOf('MOSCOW/WASHINGTON (AP) — Protesters denounced the encirclement of the city.'), [], 'a dateline of two cities')
  t.same(matchesOf('WASHINGTON/MOSCOW — Protesters denounced the encirclement of the city.'), [], 'the first of two cities, no agency')
  t.same(matchesOf('WASHINGTON/NEW DELHI — Protesters denounced the encirclement of the city.'), [], 'a second city of two words')
})

t.test('a sentence that reports a policy measure, or asks a question, is not hostile by its sentiment alone', async (t) => {
  t.same(matchesOf('NATO troops murdered civilians and destroyed villages.').map((m) => m.text), ['NATO'], 'a hostile sentence, for contrast')
  t.same(matchesOf('NATO has banned the export of fuel.'), [], 'a ban: negative to wink, neutral news')
  t.same(matchesOf('NATO has banned the export of fuel in a provocation.').map((m) => m.text), ['NATO'], 'a hostility word still counts')
  t.same(matchesOf('Why has NATO murdered civilians?'), [], 'a question portrays nobody')
})

t.test('shipped lexicons: neutral sanctions copy is not a Kremlin portrayal of the West', async (t) => {
  const engine = await shippedEngine()
  const stateMatches = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches)
    .filter((m) => m.dimension === 'stateFraming').map((m) => [m.entry, m.text])
  t.same(stateMatches('The EU has banned the re-export of Russian LNG.'), [])
  t.same(stateMatches('The European Union and the United States began imposing sweeping sanctions on Russia.'), [], '*impose* sanctions is no hostility word')
  t.same(stateMatches('But the answer lies in building industry, and in trade agreements with the European Union.'), [], '*lies in* is no lie')
  t.same(stateMatches('WASHINGTON — The Pentagon denied it.'), [], 'a denial is speech, not a hostile act')
  t.same(stateMatches('The West imposes its will on Europe.'), [['adversary-west', 'The West']], 'the target after *on* is not portrayed')
})

t.test('shipped lexicons: in an interview the answer paragraphs are the interviewee\'s, reported', async (t) => {
  const text = 'Q: What happened?\n\nSorokin: We act.\n\nThe special military operation goes on.'
  const voices = analyze(text, await shippedEngine()).paragraphs.flatMap((p) => p.matches).map((m) => [m.entry, m.voice])
  t.same(voices, [['special-military-operation', 'reported']])
  const narrated = analyze('Sorokin: We act.\n\nThe special military operation goes on.', await shippedEngine()).paragraphs.flatMap((p) => p.matches).map((m) => [m.entry, m.voice])
  t.same(narrated, [['special-military-operation', 'adopted']], 'no Q: label, no interview')
})

t.test('shipped lexicons: one entry read twice over the same words is one match; *no substitute for* affirms', async (t) => {
  const matches = async (text: string) => analyze(text, await shippedEngine()).paragraphs.flatMap((p) => p.matches).map((m) => [m.entry, m.text, m.negated])
  t.same(await matches('Russia\'s full-scale invasion of Ukraine continued.'), [['invasion-named', 'Russia\'s full-scale invasion of Ukraine', false]])
  t.same(await matches('There is no substitute for dialogue and diplomacy.'), [['era-not-of-war', 'dialogue and diplomacy', false]])
  t.same(await matches('This is not dialogue and diplomacy.'), [['era-not-of-war', 'dialogue and diplomacy', true]])
})

t.test('shipped lexicons: not reacting to a thing still names it; the Kremlin\'s finance narrative; a shared partnership is the speaker\'s', async (t) => {
  const matches = async (text: string) => analyze(text, await shippedEngine()).paragraphs.flatMap((p) => p.matches).map((m) => [m.entry, m.negated, m.actor])
  t.same(await matches('India has not condemned the invasion of Ukraine.'), [['invasion-named', false, undefined]])
  t.same((await matches('The West did not stage a coup in Kyiv.')).every(([, negated]) => negated === true), true, 'a denied act is still denied')
  t.same((await matches('The deal will shield both countries from the weaponisation of the dollar.')).map(([entry]) => entry), ['dollar-weaponised'])
  t.same(await matches('Peskov said the visit would strengthen the special and privileged strategic partnership.'), [['privileged-partnership-ru', false, 'ru']])
  t.same(await matches('Jaishankar said the visit would strengthen the special and privileged strategic partnership.'), [['time-tested-partnership', false, 'in']])
})

t.test('shipped lexicons: neutral names of policies and events are not the narrative', async (t) => {
  const matches = async (text: string) => analyze(text, await shippedEngine()).paragraphs.flatMap((p) => p.matches).map((m) => [m.entry, m.negated])
  t.same(await matches('The summit discussed NATO enlargement.'), [])
  t.same(await matches('He said leaders who had taken power in coups found a partner in Moscow.'), [])
  t.same(await matches('Observers noted the contrast in language.'), [])
  t.same(await matches('Not all Global South speakers were neutral.'), [['global-south', false]], '*not all* limits the quantifier, not the term')
  t.same((await matches('Current authorities in Ukraine seized power in a coup.')).map(([entry]) => entry), ['maidan-was-a-coup'])
})

t.test('shipped lexicons: a term presented as a pretext is not the narrator\'s', async (t) => {
  const voices = async (text: string) => analyze(text, await shippedEngine()).paragraphs.flatMap((p) => p.matches).filter((m) => m.dimension === 'stateFraming').map((m) => [m.entry, m.voice])
  t.same(await voices('Russia used the protection of Russian speakers as a pretext for its annexation of Crimea.'), [['protect-donbass', 'quoted']])
  t.same(await voices('Kyiv is run by neo-Nazis.'), [['glorify-nazism', 'adopted']])
})

t.test('shipped lexicons: an adversary that feels something is not portrayed acting', async (t) => {
  const stateEntries = async (text: string) => analyze(text, await shippedEngine()).paragraphs.flatMap((p) => p.matches).filter((m) => m.dimension === 'stateFraming').map((m) => m.entry)
  t.same(await stateEntries('The European Union was disappointed by India\'s abstention.'), [])
  t.same(await stateEntries('The EU was deeply concerned by the vote.'), [])
  t.same(await stateEntries('NATO was aggressive towards Russia.'), ['adversary-west'], 'a hostile disposition still portrays')
})

t.test('shipped lexicons: in a Q&A without labels the answers are the interviewee\'s, reported', async (t) => {
  const text = 'An interview\n\nSergei Volkov is a Moscow political scientist.\n\nWhat happened?\n\nThe special military operation goes on.\n\nWhy?\n\nKyiv is run by neo-Nazis.\n\nAnd next?\n\nWe wait.'
  const voices = analyze(text, await shippedEngine()).paragraphs.flatMap((p) => p.matches).filter((m) => m.dimension === 'stateFraming').map((m) => [m.entry, m.voice])
  t.ok(voices.length >= 2, 'the narrative terms are found')
  t.same(voices.filter(([, voice]) => voice !== 'reported'), [], 'none is the publication\'s own')
})

t.test('shipped lexicons: a term two states share is the speaker\'s, or the one state the paragraph names', async (t) => {
  const engine = await shippedEngine()
  const actors = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).filter((m) => m.text.startsWith('multipolar')).map((m) => [m.lexicon, m.voice])
  t.same(actors('Lavrov said the multipolar world had arrived.'), [['state.ru', 'reported']])
  t.same(actors('Jaishankar said the multipolar world had arrived.'), [['state.in', 'reported']])
  t.same(actors('Russia and China back a multipolar world and the special military operation.'), [['state.ru', 'adopted']], 'the paragraph names Russia\'s narrative')
  t.same(actors('The two nations share a vision of a multipolar world order.'), [['state.ru', 'adopted'], ['state.in', 'adopted']], 'no sign: both, each with its actor')
})

t.test('shipped lexicons: a neutral name holding a distancing cue is no distancing (*the so-called shadow fleet*)', async (t) => {
  const engine = await shippedEngine()
  const critical = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).filter((m) => m.dimension === 'criticalFraming').map((m) => m.entry)
  t.same(critical('The EU listed tankers of the so-called shadow fleet.'), [])
  t.same(critical('Moscow held a so-called vote.'), ['so-called'], 'elsewhere *so-called* still distances')
})

t.test('an adversary in a dateline of several words, or in a yes/no question, is not portrayed', async (t) => {
  t.same(matchesOf('NEW YORK/WASHINGTON (Reuters) — Protesters denounced the encirclement of the city.'), [])
  t.same(matchesOf('Will NATO murder civilians?'), [], 'a question asks; it portrays nobody')
})

t.test('shipped lexicons: the state side\'s sneer at its critics is no critical framing; a disputed claim is', async (t) => {
  const engine = await shippedEngine()
  const critical = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).filter((m) => m.dimension === 'criticalFraming').map((m) => m.entry)
  t.same(critical('The so-called liberals who lecture India have never understood it.'), [])
  t.same(critical('Moscow rejects the so-called rules-based order.'), [])
  t.same(critical('The claim that Western leaders ordered Kyiv to stop has been disputed.'), ['claim-echoed'])
})

t.test('shipped lexicons: a state\'s own spokesperson distancing from its critics is not critical framing', async (t) => {
  const engine = await shippedEngine()
  const critical = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).filter((m) => m.dimension === 'criticalFraming').map((m) => [m.entry, m.voice])
  t.same(critical('Zakharova said the so-called warrant was void.'), [])
  t.same(critical('The MEA said the so-called evidence was fabricated.'), [])
  t.same(critical('Critics said the so-called referendum was a sham.'), [['critics-argue', 'adopted'], ['illegal-annexation', 'reported'], ['so-called', 'reported']], 'a speaker with no state is still counted')
})

t.test('shipped lexicons: a state term or an adversary inside a claim the narrator names is not the narrator\'s', async (t) => {
  const state = stateVoicesWith(await shippedEngine())
  t.same(state('The claim that NATO expansion forced Russia\'s hand deserves scrutiny.'), [])
  t.same(state('The idea that Russia is protecting Donbass is absurd.'), [['protect-donbass', 'quoted']])
  t.same(state('Russia is protecting Donbass.'), [['protect-donbass', 'adopted']])
  t.same(state('The SVR, which claims that the CIA plots to murder the president, raised the alert.').length, 1, '*which claims that* is a verb the tagger calls a noun')
})

t.test('shipped lexicons: a labelled question asks; the target of an attack is not portrayed', async (t) => {
  const engine = await shippedEngine()
  const state = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).filter((m) => m.dimension === 'stateFraming').map((m) => [m.entry, m.text])
  t.same(state('Q: Will NATO attack Russia?'), [], 'a speaker label before the question')
  t.same(state('Russia fears a deadly attack on a NATO member.'), [])
  t.same(state('Russia is waging a deadly war against the West.'), [])
  t.same(state('NATO launched a deadly attack on Russia.'), [['adversary-west', 'NATO']], 'the attacker still is')
})

t.test('shipped lexicons: a negated verb does not negate the *what it calls* clause that is its object; a possessive stands between cue and term', async (t) => {
  const engine = await shippedEngine()
  const found = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).map((m) => [m.entry, m.negated, m.voice])
  t.same(found('Moscow would not halt what it calls its special military operation.'), [['what-it-calls', false, 'adopted'], ['special-military-operation', false, 'quoted']])
  t.same(found('This is not a conspiracy theory.'), [['debunking', true, 'adopted']], 'a negator before the cue itself still negates it')
})

t.test('shipped lexicons: a fact-check\'s claim line, or a paragraph that names a narrative to distance itself from it, is not flagged state framing', async (t) => {
  const engine = await shippedEngine()
  const paragraph = (text: string) => {
    const [first] = analyze(text, engine).paragraphs
    return { flags: first.flags, voices: first.matches.filter((m) => m.dimension === 'stateFraming').map((m) => m.voice) }
  }
  t.same(paragraph('CLAIM: The Kiev regime came to power in a coup and is run by neo-Nazis.'), {
    flags: { attribution: false, stateFraming: false, criticalFraming: false }, voices: ['quoted', 'quoted', 'quoted']
  })
  t.same(paragraph('The Kiev regime came to power in a coup and is run by neo-Nazis.').flags.stateFraming, true, 'without the label, the narrator says it')
  t.same(paragraph('In the Kremlin\'s telling, the Kiev regime came to power in a coup and is run by neo-Nazis. None of these claims survives contact with the record.'), {
    flags: { attribution: true, stateFraming: false, criticalFraming: true }, voices: ['reported', 'reported', 'reported']
  })
  t.same(paragraph('In the Kremlin\'s telling, the Kiev regime came to power in a coup and is run by neo-Nazis.').flags.stateFraming, true, 'reported without the narrator\'s distance, three terms still flag')
})

t.test('shipped lexicons: the writer\'s own *we* and *our view* are the narrator\'s voice; a term named as a claim is quoted', async (t) => {
  const voices = stateVoicesWith(await shippedEngine())
  t.same(voices('In our view, the Kiev regime must be stopped.'), [['kyiv-regime', 'adopted']])
  t.same(voices('We believe the Kiev regime must be stopped.'), [['kyiv-regime', 'adopted']])
  t.same(voices('US officials believe the Kiev regime must be stopped.'), [['kyiv-regime', 'reported']], 'not the country')
  t.same(voices('The denazification claim resonates at home.'), [['denazification', 'quoted']])
})

t.test('shipped lexicons: an adversary in a clause of time is portrayed only by a hostility word, not by the main clause\'s mood', async (t) => {
  const engine = await shippedEngine()
  const state = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).filter((m) => m.dimension === 'stateFraming').map((m) => m.entry)
  t.same(state('The attack came hours after Ukrainian President Volodymyr Zelenskyy renewed his appeal for more air defence.'), [])
  t.same(state('The war began after NATO prepared a provocation.'), ['adversary-west', 'provocation-narrative'], 'a hostility word in the clause still portrays')
})

t.test('shipped lexicons: a claim\'s *that*-clause after a colon or a dash, or moved to the end, is the claim\'s, not the narrator\'s', async (t) => {
  const state = stateVoicesWith(await shippedEngine())
  t.same(state('By noon a claim was circulating online: that Russia is protecting Donbass.'), [['protect-donbass', 'quoted']], 'after a colon')
  t.same(state('By noon a claim was circulating online — that Russia is protecting Donbass.'), [['protect-donbass', 'quoted']], 'after a dash')
  t.same(state('By noon a claim was circulating online that Russia is protecting Donbass.'), [['protect-donbass', 'quoted']], 'extraposed')
  t.same(state('A rumour spread on Telegram that NATO is preparing a provocation.').map(([entry]) => entry).includes('adversary-west'), false, 'an adversary inside it is not portrayed')
  // What must stay as it is:
  t.same(state('The claim was so widely shared that Russia is protecting Donbass.'), [['protect-donbass', 'adopted']], 'a clause of result')
  t.same(state('The claim was repeated by bloggers that Russia is protecting Donbass.'), [['protect-donbass', 'adopted']], 'after a common noun it may be a relative')
  t.same(state('The aim is clear: that Russia is protecting Donbass.'), [['protect-donbass', 'adopted']], 'no claim noun before the colon')
})

t.test('shipped lexicons: an adversary in a reported question, in a sentence whose relative clause reports someone, reached through *whose*, or feeling in a headline is not portrayed', async (t) => {
  const engine = await shippedEngine()
  const adversaries = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).filter((m) => m.role === 'adversary').map((m) => m.text)
  t.same(adversaries('Asked whether Western partners had raised concerns, the minister said India does not accept lectures.'), [], 'the asker\'s topic')
  t.same(adversaries('Washington has urged Delhi to stop buying oil that officials say pays for the war.'), [], 'the mood of a reported relative clause')
  t.same(adversaries('So have the Baltic states, whose diplomats complained that they were met with a lecture about hypocrisy.'), [], 'the speaker\'s possessor')
  t.same(adversaries('Kyiv on edge after overnight strikes'), [], 'a headline\'s feeling, the copula left out')
  // What must stay as it is:
  t.same(adversaries('NATO troops are terrorising villages that officials say are peaceful.'), ['NATO troops'], 'a hostility word of the narrator\'s own still portrays')
  t.same(adversaries('The Baltic states are puppets.'), ['The Baltic states'])
  t.same(adversaries('Kyiv terrorises Donbass after overnight strikes'), ['Kyiv'], 'a headline with a verb portrays its subject acting')
  t.same(adversaries('Whether or not anyone asked, NATO troops are terrorising the border.'), ['NATO troops'], 'no question clause around the adversary')
})

t.test('a parenthetical reporting tag does not end the clause a negator scopes over', async (t) => {
  const negatedOf = (text: string) => matchesOf(text).map((m) => [m.text, m.voice, m.negated])
  t.same(negatedOf('Russia is not, the minister said, protecting Donbass.').map(([text, , negated]) => [text, negated]), [['protecting Donbass', true]], 'split by the tag')
  t.same(negatedOf('The minister said Russia is not protecting Donbass.'), [['protecting Donbass', 'reported', true]], 'as without it')
  // What must stay as it is:
  t.same(negatedOf('Russia is, the minister said, protecting Donbass.').map(([text, , negated]) => [text, negated]), [['protecting Donbass', false]], 'no negator')
  t.same(negatedOf('Russia is not weak, and its army, well trained, is protecting Donbass.').map(([text, , negated]) => [text, negated]), [['protecting Donbass', false]], 'a comma that closes no tag still ends the clause')
})

t.test('shipped lexicons: *He is not, he insists, a propagandist* is negated as *He insists he is not a propagandist*', async (t) => {
  const engine = await shippedEngine()
  const paragraph = (text: string) => {
    const [first] = analyze(text, engine).paragraphs
    return { critical: first.flags.criticalFraming, matches: first.matches.map((m) => [m.text, m.voice, m.negated]) }
  }
  t.same(paragraph('He is not, he insists, a propagandist.'), { critical: false, matches: [['a propagandist', 'reported', true]] })
  t.same(paragraph('He insists he is not a propagandist.'), { critical: false, matches: [['a propagandist', 'reported', true]] })
  t.same(paragraph('He is, he insists, a propagandist.'), { critical: true, matches: [['a propagandist', 'reported', false]] }, 'without the negator the label stands')
})

t.test('shipped lexicons: a narrator\'s frame announcing someone else\'s narrative distances, and what follows it is not the narrator\'s', async (t) => {
  const engine = await shippedEngine()
  const paragraph = (text: string) => {
    const [first] = analyze(text, engine).paragraphs
    return { flags: first.flags, matches: first.matches.map((m) => [m.entry, m.text, m.voice]) }
  }
  t.same(paragraph('The Kremlin\'s story goes like this. Russia is protecting Donbass. The Kiev regime is a puppet.'), {
    flags: { attribution: false, stateFraming: false, criticalFraming: false },
    matches: [['narrative-frame', 'story goes like this', 'adopted'], ['protect-donbass', 'protecting Donbass', 'quoted'], ['kyiv-regime', 'Kiev regime', 'quoted']]
  }, 'a frame that ends its sentence: the sentences after it')
  t.same(paragraph('The argument runs: Russia is protecting Donbass.').matches, [['narrative-frame', 'argument runs:', 'adopted'], ['protect-donbass', 'protecting Donbass', 'quoted']], 'after a colon')
  t.same(paragraph('We are asked to believe that Russia is protecting Donbass.').matches, [['narrative-frame', 'are asked to believe that', 'adopted'], ['protect-donbass', 'protecting Donbass', 'quoted']])
  t.same(paragraph('Moscow would have us believe that Russia is protecting Donbass.').matches, [['narrative-frame', 'would have us believe that', 'adopted'], ['protect-donbass', 'protecting Donbass', 'quoted']])
  t.same(paragraph('Moscow wants the world to believe Russia is protecting Donbass.').matches.map(([entry, , voice]) => [entry, voice]), [['narrative-frame', 'adopted'], ['protect-donbass', 'quoted']])
  // What must stay as it is:
  t.same(paragraph('The story goes like this. Russia is protecting Donbass. But the Kiev regime is a puppet.').matches.at(-1), ['kyiv-regime', 'Kiev regime', 'adopted'], 'the narrator\'s answer ends the account')
  t.same(paragraph('The railway line runs from Moscow. Russia is protecting Donbass.').matches, [['protect-donbass', 'protecting Donbass', 'adopted']], '*runs* with a place is no frame')
  t.same(paragraph('We have to believe that Russia is protecting Donbass.').matches, [['protect-donbass', 'protecting Donbass', 'adopted']], '*have to believe* is the writer\'s own belief')
  t.same(paragraph('They taught us to believe in Russia. It is protecting Donbass.').matches.map(([entry]) => entry), ['protect-donbass'], '*believe in* trusts, it claims nothing')
})

t.test('shipped lexicons: a term that is the topic of a claim noun is mentioned, not used', async (t) => {
  const state = stateVoicesWith(await shippedEngine())
  t.same(state('Bloggers spread claims about the Kiev regime.'), [['kyiv-regime', 'quoted']], '*claims about*')
  t.same(state('There is talk of denazification in the capital.'), [['denazification', 'quoted']], '*talk of*')
  t.same(state('Channels spread stories about "Ukrainian Nazis" and "NATO mercenaries" every day.').map(([, voice]) => voice), ['quoted', 'quoted'], 'a list of topics')
  // What must stay as it is:
  t.same(state('He will talk of denazification.'), [['denazification', 'reported']], '*talk of* as a verb: what he speaks of is his wording')
  t.same(state('The history of the special military operation is long.'), [['special-military-operation', 'adopted']], 'not a claim noun')
  t.same(state('The story of the special military operation is long.'), [['special-military-operation', 'adopted']], '*the story of* tells what happened')
  t.same(state('The myth of invincibility is gone, the Kiev regime is collapsing.')[0], ['kyiv-regime', 'adopted'], 'a new clause after the comma')
})

t.test('shipped lexicons: *what X calls* with a long noun phrase distances as a short one; *what he called “…”* in his own statement only credits his wording', async (t) => {
  const engine = await shippedEngine()
  const found = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).map((m) => [m.entry, m.text, m.voice])
  t.same(found('Troops advanced in what the Russian Ministry of Foreign Affairs calls a special military operation.'), [
    ['what-it-calls', 'what the Russian Ministry of Foreign Affairs calls', 'adopted'], ['special-military-operation', 'special military operation', 'reported']
  ])
  t.same(found('Troops advanced in what Moscow calls a special military operation.'), [
    ['what-it-calls', 'what Moscow calls', 'adopted'], ['special-military-operation', 'special military operation', 'reported']
  ], 'as the short one')
  t.same(found('Putin said Moscow valued what he called a "special and privileged strategic partnership".'), [
    ['privileged-partnership-ru', 'special and privileged strategic partnership', 'reported']
  ], 'the speaker\'s own quoted words')
  // What must stay as it is:
  t.same(found('Russian officials describe the strikes as part of what they call the special military operation.').map(([entry]) => entry), ['what-it-calls', 'special-military-operation'], 'unquoted, the narrator keeps the speaker\'s name at arm\'s length')
  t.same(found('The minister called the talks useful.'), [], 'no *what*')
  t.same(found('No reporting can equal what the outlet has done in calling power to account.'), [], 'a gerund after other words is no naming of *what*')
})

t.test('shipped lexicons: a term the narrator offers as one answer of an alternative question is not adopted; a yes-no question still insinuates', async (t) => {
  const voices = async (text: string) => analyze(text, await shippedEngine()).paragraphs.flatMap((p) => p.matches).filter((m) => m.dimension === 'stateFraming').map((m) => [m.text, m.voice])
  t.same(await voices('Strategic autonomy, or strategic silence?'), [['Strategic autonomy', 'quoted']])
  t.same(await voices('Is Ukraine a failed state?'), [['failed state', 'adopted']], 'how propaganda headlines assert')
  t.same(await voices('Strategic autonomy is a choice.'), [['Strategic autonomy', 'adopted']])
})

t.test('shipped lexicons: a question opening on a negated auxiliary asserts what it asks; a statement or an imperative still denies', async (t) => {
  const negations = async (text: string) => analyze(text, await shippedEngine()).paragraphs.flatMap((p) => p.matches).filter((m) => m.entry === 'encircle-russia').map((m) => m.negated)
  t.same(await negations('Isn\'t NATO encircling Russia?'), [false])
  t.same(await negations('Doesn\'t NATO encircle Russia?'), [false])
  t.same(await negations('NATO isn\'t encircling Russia.'), [true])
  t.same(await negations('Don\'t believe that NATO is encircling Russia.'), [true])
})


t.test('shipped lexicons: a question the narrator answers at once with a bare negative denies what it asked', async (t) => {
  const engine = await shippedEngine()
  const read = (text: string) => analyze(text, engine).paragraphs[0]
  const denied = read('Did NATO provoke the war? It did not.')
  t.equal(denied.flags.stateFraming, false)
  t.ok(denied.matches.filter((m) => m.dimension === 'stateFraming').every((m) => m.negated), 'every term of the question negated, the adversary not portrayed')
  t.equal(read('Is Ukraine a failed state? No, it is not.').flags.stateFraming, false)
  t.equal(read('Did NATO provoke the war? Of course not.').flags.stateFraming, false)
  t.equal(read('Did NATO provoke the war? Yes.').flags.stateFraming, true, 'a yes confirms the insinuation')
  t.equal(read('Did NATO provoke the war? Many in Moscow think so.').flags.stateFraming, true, 'an answer that is no bare negative')
})

t.test('shipped lexicons: an explainer\'s question heading answered by a bare No in the next paragraph denies what it asked', async (t) => {
  const engine = await shippedEngine()
  const flagsOf = (text: string) => analyze(text, engine).paragraphs.map((p) => p.flags.stateFraming)
  t.same(flagsOf('Is there a genocide of Russian speakers in Donbass?\n\nNo. Monitors found no such campaign.'), [false, false])
  t.same(flagsOf('Is there a genocide of Russian speakers in Donbass?\n\nNo, monitors found no such campaign.'), [false, false])
  t.same(flagsOf('Is there a genocide of Russian speakers in Donbass?\n\nMonitors have looked for years.'), [true, false], 'an answer that is no bare negative')
  t.same(flagsOf('Is there a genocide of Russian speakers in Donbass? No. 10 Downing Street would not comment.').slice(0, 1), [true], '*No. 10* is a number, not an answer')
})

t.test('shipped lexicons: a question about what a state says credits the statement to it', async (t) => {
  const voices = stateVoicesWith(await shippedEngine())
  t.same(voices('Why does Moscow say NATO provoked the war?'), [['west-behind-unrest', 'reported'], ['nato-aggression', 'reported']])
  t.same(voices('Does the Kremlin claim that the West provoked the war?'), [['west-behind-unrest', 'reported']])
  t.same(voices('Why did NATO provoke the war?'), [['west-behind-unrest', 'adopted'], ['nato-aggression', 'adopted']], 'a question that presupposes the claim')
  t.same(voices('Does anyone say NATO provoked the war?'), [['west-behind-unrest', 'adopted'], ['nato-aggression', 'adopted']], 'nobody named says it')
})

t.test('shipped lexicons: a country owning a business or a building is not the country acting', async (t) => {
  const engine = await shippedEngine()
  const adversaries = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).filter((m) => m.role === 'adversary').map((m) => m.text)
  t.same(adversaries("Poland's largest bank is spreading lies and chaos across Europe."), [])
  t.same(adversaries("Poland's largest shopping mall burned down in chaos and panic."), [])
  t.same(adversaries("Poland's army is spreading lies and chaos across Europe."), ['Poland'], 'its army is the state acting')
})

t.test('shipped lexicons: what someone knows or has realised the narrator presents as fact — its terms are adopted', async (t) => {
  const voices = stateVoicesWith(await shippedEngine())
  t.same(voices('Europe realised that anti-Russian sanctions are meaningless.'), [['sanctions-futile', 'adopted'], ['west-russophobic', 'adopted']])
  t.same(voices('Officials said NATO is encircling Russia.'), [['encircle-russia', 'reported']], 'a statement is the speaker\'s')
  t.same(voices('Green knows just what Washington needs, and it is not encircling Russia.').filter(([entry]) => entry === 'adversary-west'), [], 'what is known is no proposition')
})

t.test('shipped lexicons: what is no longer hidden is there, and a negated *without* affirms', async (t) => {
  const engine = await shippedEngine()
  const negations = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).filter((m) => m.entry === 'war-against-russia').map((m) => m.negated)
  t.same(negations('Kyiv no longer hides its preparations for a war against Russia.'), [false])
  t.same(negations('The regime could not survive without a war against Russia.'), [false])
  t.same(negations('Kyiv is not preparing a war against Russia.'), [true])
  t.same(negations('They imagine a world without a war against Russia.'), [true])
})

t.test('shipped lexicons: harm done by the narrative\'s villain is the narrative, not a critique of it', async (t) => {
  const engine = await shippedEngine()
  const read = (text: string) => analyze(text, engine).paragraphs[0]
  const villain = read('Ukrainian neo-Nazis have been killing civilians in Donbas for eight years.')
  t.equal(villain.flags.criticalFraming, false)
  t.equal(villain.flags.stateFraming, true)
  t.equal(read('Russian strikes have been killing civilians in Kharkiv.').flags.criticalFraming, true, 'harm by the state itself is the critique')
})

t.test('shipped lexicons: repression, censorship or abuses laid on the narrative\'s villain are the narrative, not a critique of it', async (t) => {
  const engine = await shippedEngine()
  const critical = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).filter((m) => m.dimension === 'criticalFraming').map((m) => [m.entry, m.text])
  t.same(critical('Since then the Kyiv regime has banned opposition parties.'), [])
  t.same(critical('Since then the government in Kyiv has banned opposition parties.'), [])
  t.same(critical('Since then the Kremlin has banned opposition parties.'), [['political-repression', 'banned opposition parties']], 'the state\'s own repression is the critique')
  t.same(critical('The West accuses Russia of war crimes in Syria.'), [['war-crimes', 'war crimes']], 'the state named between them is the one the deed is laid on')
})

t.test('shipped lexicons: critique by name — the Kremlin\'s aggression, annexation at gunpoint, passive harm, what the state pretends to fear', async (t) => {
  const engine = await shippedEngine()
  const critical = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).filter((m) => m.dimension === 'criticalFraming' && !m.negated).map((m) => m.entry)
  t.same(critical("The Kremlin's aggression produced the very NATO enlargement it claims to fear."), ['aggression', 'pretends-to'])
  t.same(critical('Moscow staged referendums held at gunpoint.'), ['illegal-annexation'])
  t.same(critical('Tens of thousands of Ukrainian civilians have been killed or wounded.'), ['harm-framing'])
  t.same(critical('A child was killed during the NATO exercise.'), [], 'harm with the narrative\'s villain as its agent is the narrative')
  t.same(critical('The company claims to be the market leader.'), [], 'a boast is no narrative')
})

t.test('shipped lexicons: a narrative someone presents, speaks of or invokes is theirs, not the narrator\'s', async (t) => {
  const engine = await shippedEngine()
  const read = (text: string) => analyze(text, engine).paragraphs[0]
  const presented = read('Abroad, Russian diplomats present the war as a rebellion against Western hegemony.')
  t.same(presented.matches.filter((m) => m.dimension === 'stateFraming').map((m) => [m.entry, m.voice]), [['western-hegemony', 'reported']])
  t.equal(presented.flags.stateFraming, false)
  const spokenOf = read('When Indian officials speak of strategic autonomy, they mean independence.')
  t.same(spokenOf.matches.map((m) => [m.entry, m.voice]), [['strategic-autonomy', 'reported']])
  t.same(read('The leaders discussed the special military operation.').matches.map((m) => m.voice), ['adopted'], 'a topic discussed is the narrator\'s wording')
  t.ok(read('Strategic autonomy, which New Delhi invokes to justify its neutrality, is under strain.').matches.some((m) => m.entry === 'seeking-to-justify'))
})

t.test('shipped lexicons: India\'s line on unilateral sanctions is Indian doctrine, not the Kremlin\'s sanctions narrative', async (t) => {
  const engine = await shippedEngine()
  const actors = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).filter((m) => m.dimension === 'stateFraming').map((m) => [m.entry, m.actor])
  t.same(actors('India does not support unilateral sanctions that are not mandated by the United Nations, the spokesman said.'), [['only-un-sanctions', 'in']])
  t.same(actors('India has never endorsed sanctions imposed outside the UN framework.'), [['only-un-sanctions', 'in']])
  t.same(actors('Moscow condemned the illegal unilateral sanctions.'), [['sanctions-backfire', 'ru']])
})

t.test('shipped lexicons: an adversary inside a state term is not listed again as evidence of its own', async (t) => {
  const engine = await shippedEngine()
  const entries = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).map((m) => m.entry)
  t.same(entries('The Kyiv regime continues its provocations.').filter((entry) => entry.startsWith('adversary')), [])
  t.ok(entries('Kyiv continues its provocations and lies.').some((entry) => entry === 'adversary-ukraine'), 'alone it is portrayed')
})

t.test('shipped lexicons: an adversary giving aid is not portrayed as hostile by its grim setting', async (t) => {
  const engine = await shippedEngine()
  const adversaries = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).filter((m) => m.role === 'adversary').map((m) => m.text)
  t.same(adversaries('The EU is the biggest humanitarian donor to the Syrian crisis, the worst disaster in decades.'), [])
  t.same(adversaries('The EU is spreading chaos, lies and disaster across the region.'), ['The EU'], 'hostile without any help word')
})

t.test('shipped lexicons: a state label the narrator scare-quotes inside its own phrase is quoted, not adopted', async (t) => {
  const voices = stateVoicesWith(await shippedEngine())
  t.same(voices('Under the law, spreading "false information" about the armed forces carries a long sentence.'), [['repressive-labels', 'quoted']])
  t.same(voices('They keep spreading fakes about the Russian army.'), [['western-media-lies', 'adopted'], ['repressive-labels', 'adopted']], 'unquoted, the label is the narrator\'s')
  t.same(voices('There is no evidence of Russian meddling in the vote.').map(([, voice]) => voice), ['adopted', 'adopted', 'adopted'], 'a distancing cue on the same words that quotes nothing')
})

t.test('shipped lexicons: *what they call* before a critical term or in an analyst\'s words is no distance from a state narrative', async (t) => {
  const engine = await shippedEngine()
  const critical = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).filter((m) => m.dimension === 'criticalFraming').map((m) => [m.entry, m.voice])
  t.same(critical("Western governments criticise India for buying oil since the start of what they call Russia's unprovoked war."), [['unprovoked-invasion', 'reported']],
    'a named possessor between the cue and the critical term')
  t.same(critical('The report lists what the authors describe as "a portable kit of Kremlin talking points".'), [['propaganda', 'reported']], 'an analyst\'s phrase')
  t.same(critical("Officials defend what they call Russia's special military operation."), [['what-it-calls', 'adopted']], 'a state term after the possessor stays distanced')
  t.same(critical('Critics dismiss what Moscow calls "denazification".'), [['what-it-calls', 'adopted']], 'a state caller')
})

t.test('shipped lexicons: a naming cue is critical framing only when it keeps the state\'s words at arm\'s length', async (t) => {
  const engine = await shippedEngine()
  const critical = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).filter((m) => m.dimension === 'criticalFraming').map((m) => [m.entry, m.text, m.voice])
  t.same(critical('The leaks come amid what European officials describe as a sharp rise in sabotage.'), [], 'a non-state holder of a neutral phrase')
  t.same(critical('The minister said India would not join what he called "unilateral Western sanctions".'), [], 'a speaker credited with his own phrase')
  t.same(critical('Li said Western politicians have hyped the so-called "no-limits partnership".'), [], 'a speaker distancing from a Western label')
  t.same(critical('The troops entered what Moscow calls the new regions.'), [['what-it-calls', 'what Moscow calls', 'adopted']], 'a state holder')
  t.same(critical('Moscow annexed the regions after what it called referendums.'), [['what-it-calls', 'what it called', 'adopted']], 'a pronoun for the state named before it')
  t.same(critical('Kallas said Russia\'s so-called peace plan was a trap.'), [['so-called', 'so-called', 'reported']], 'a state possessor')
  t.same(critical('The monitors said it was mainly the self-proclaimed republics that refused access.'), [['so-called', 'self-proclaimed', 'reported']], 'what names itself')
  t.same(critical('They hyped the so-called partnership.'), [['so-called', 'so-called', 'adopted']], 'the narrator\'s own')
})

t.test('shipped lexicons: in copy that speaks for the state, the narrator\'s *so-called* and a critical word inside a state term are not critical framing', async (t) => {
  const engine = await shippedEngine()
  const critical = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).filter((m) => m.dimension === 'criticalFraming').map((m) => [m.entry, m.text, m.voice])
  t.same(critical('Western media can no longer hide the collapse of the so-called counteroffensive.'), [], 'the adversary acts and the state is not named')
  t.same(critical('The Western propaganda machine can no longer hide the collapse of the so-called counteroffensive.'), [], 'a state term adopted in the sentence')
  t.same(critical('Moscow staged so-called referendums in four regions.'), [['illegal-annexation', 'so-called referendums', 'adopted'], ['so-called', 'so-called', 'adopted']], 'the state named: the narrator keeps it at arm\'s length')
  t.same(critical('The so-called election results surprised no one.'), [['so-called', 'so-called', 'adopted']], 'no adversary acting')
  t.same(critical('Aid reached the towns in Ukraine after the so-called ceasefire.'), [['so-called', 'so-called', 'adopted']], 'an adversary as a place, not an actor')
  t.same(critical('The Kremlin propaganda machine can no longer hide the losses.'), [['propaganda', 'Kremlin propaganda machine', 'adopted']], 'a critical term of its own')
})

t.test('shipped lexicons: *we are told* before an infinitive is an order, not hearsay', async (t) => {
  const engine = await shippedEngine()
  const voices = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).map((m) => [m.entry, m.voice])
  t.same(voices('Somebody blew up the pipeline, and we are told not to ask who.'), [])
  t.same(voices('We are told to stay calm while the army is protecting Donbass.'), [['protect-donbass', 'adopted']])
  t.same(voices('We are told that the army is protecting Donbass.'), [['hearsay', 'adopted'], ['protect-donbass', 'quoted']])
})

t.test('shipped lexicons: words two states\' lexicons share go to the state whose longer phrase holds them', async (t) => {
  const engine = await shippedEngine()
  const actors = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).filter((m) => m.dimension === 'stateFraming').map((m) => [m.entry, m.actor])
  t.same(actors('What India has refused to do is join unilateral sanctions that have no mandate from the UN Security Council.'), [['only-un-sanctions', 'in']])
  t.same(actors('Moscow again condemned the unilateral sanctions.').map(([, actor]) => actor), ['ru'], 'alone, the words are Russia\'s')
})

t.test('shipped lexicons: a statement the narrator endorses (*rightly made clear that*) is the narrator\'s own', async (t) => {
  const voices = stateVoicesWith(await shippedEngine())
  t.same(voices('The government has rightly made clear that it will not accept lectures on its energy choices.'), [['no-lectures', 'adopted']])
  t.same(voices('The government has made clear that it will not accept lectures on its energy choices.'), [['no-lectures', 'reported']], 'without the verdict, reported')
})

t.test('shipped lexicons: the state\'s own aggression past an adjective is critical framing, and no hostility of the West beside it', async (t) => {
  const engine = await shippedEngine()
  const read = (text: string) => analyze(text, engine).paragraphs[0]
  const paragraph = read("Since the beginning of Russia's armed aggression in 2014, the United States and the European Union have consistently supported Ukraine's territorial integrity.")
  t.same(paragraph.matches.map((m) => [m.entry, m.dimension]), [['aggression', 'criticalFraming']])
  t.equal(paragraph.flags.stateFraming, false)
  t.same(read('The most powerful virus was brought to Italy by Gladio, NATO\'s secret terrorist network.').matches.map((m) => m.text), ['NATO'], 'another\'s possessive past an adjective is no self')
})

t.test('shipped lexicons: a name the narrator kept at arm\'s length once in a paragraph stays there when it comes again', async (t) => {
  const voices = stateVoicesWith(await shippedEngine())
  t.same(voices('The evacuation was announced in the so-called DPR. A video of DPR leader Denis Pushilin was recorded two days earlier.'),
    [['people-republics', 'quoted'], ['people-republics', 'quoted']])
  t.same(voices('A video of DPR leader Denis Pushilin was recorded two days earlier.'), [['people-republics', 'adopted']], 'without the distance, the narrator\'s own name')
  t.same(voices('A video of DPR leader Denis Pushilin was recorded two days earlier.\n\nThe evacuation was announced in the so-called DPR.'), [['people-republics', 'adopted'], ['people-republics', 'quoted']], 'only later in the same paragraph')
})

t.test('shipped lexicons: a negator before a list, a cause or a passive\'s agent denies the adversary the act', async (t) => {
  const engine = await shippedEngine()
  const adversaries = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).filter((m) => m.role === 'adversary').map((m) => m.text)
  t.same(adversaries('It is Russia, not the US or NATO, that has threatened to use nuclear weapons.'), [])
  t.same(adversaries('Ukraine lost Crimea because Russia annexed it, not because of NATO.'), [])
  t.same(adversaries('The war in Ukraine was not caused by the USA.'), [])
  t.same(adversaries('The war in Ukraine was caused by the USA.'), ['the USA'], 'affirmed, the adversary is portrayed')
  t.same(adversaries('Neither Petrov nor Boshirov, named by the UK as suspects, can be regarded as spies of a hostile regime.'), ['the UK'], 'the negator denies the names, not the one who named them')
  t.same(adversaries('Snipers were hired by Western forces to provoke chaos.'), ['Western forces'])
})

t.test('shipped lexicons: the state or its predecessor as the agent of a hostility word portrays no adversary', async (t) => {
  const engine = await shippedEngine()
  const adversaries = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).filter((m) => m.role === 'adversary').map((m) => m.text)
  t.same(adversaries('Estonia, Latvia and Lithuania declared their independence after 45 years of Soviet occupation.'), [])
  t.same(adversaries('Latvia faced provocations by Russia in the Baltic.'), [])
  t.same(adversaries('Latvia faced provocations in the Baltic.'), ['Latvia'], 'with no agent named, the hostility word portrays the adversary')
})

t.test('shipped lexicons: a state term in the picture after a portrayal\'s *as* is the portrayer\'s, which the narrator names at arm\'s length', async (t) => {
  const engine = await shippedEngine()
  const read = (text: string) => analyze(text, engine).paragraphs[0]
  const found = (text: string) => read(text).matches.map((m) => [m.entry, m.voice, m.text])
  t.same(found('The campaign exaggerates real grievances so as to portray the Baltic states as hostile, fascist regimes.'),
    [['portrayal', 'adopted', 'portray the Baltic states as'], ['neo-nazi-ukraine', 'quoted', 'fascist regimes']])
  const relative = read('The second narrative depicts Estonia and Latvia as poor countries whose governments take orders from the United States.')
  t.same(relative.matches.map((m) => [m.entry, m.voice]), [['portrayal', 'adopted'], ['colonised-by-the-west', 'quoted']], 'into a relative clause of the picture')
  t.equal(relative.flags.stateFraming, false)
  const heading = read('2. The Baltic states as "failed states" ruled from Washington')
  t.same(heading.matches.map((m) => [m.entry, m.voice]), [['portrayal', 'adopted'], ['scare-quotes', 'adopted'], ['ukraine-failed-state', 'quoted']], 'a verbless heading pictures its subject')
  t.equal(heading.flags.stateFraming, false)
  // Not a portrayal: the narrator's own claim, a connective *as*, a clause of its own after the picture, a heading with a verb.
  t.same(found('The Baltic governments are hostile, fascist regimes.'), [['neo-nazi-ukraine', 'adopted', 'fascist regimes']])
  t.same(found('Hundreds dead as a result of the Kiev regime shelling'), [['kyiv-regime', 'adopted', 'Kiev regime']])
  t.same(found('The portrayal of Russia as weak is everywhere, and the Kiev regime is shelling Donetsk.').map(([entry, voice]) => [entry, voice]), [['kyiv-regime', 'adopted']])
  t.same(found('In order to portray Russia as weak, NATO is pumping weapons into Ukraine.').map(([entry, voice]) => [entry, voice]), [['western-weapons-prolong', 'adopted']])
  t.same(found('Kyiv shells Donbass as the Kiev regime loses ground').map(([entry, voice]) => [entry, voice]).filter(([entry]) => entry === 'kyiv-regime'), [['kyiv-regime', 'adopted']])
  // Attributed, the portrayal is the speaker's: reported, and no distancing of the narrator's own.
  t.same(found('Zakharova portrayed the Baltic governments as puppets of Washington.').map(([entry, voice]) => [entry, voice]),
    [['western-puppets', 'reported'], ['west-controls-ukraine', 'reported']])
})

t.test('shipped lexicons: a verbless heading *X as Y* pictures its adversary, it does not portray it acting', async (t) => {
  const engine = await shippedEngine()
  const read = (text: string) => analyze(text, engine).paragraphs[0]
  t.same(read('3. NATO as the aggressor').matches, [])
  t.equal(read('NATO is the aggressor.').flags.stateFraming, true, 'the narrator\'s own sentence portrays it')
})

t.test('shipped lexicons: a verbless heading that keeps one state term in scare quotes names its other terms too', async (t) => {
  const voices = stateVoicesWith(await shippedEngine())
  t.same(voices('1. "Russophobia" and the persecution of Russian speakers'), [['russophobia', 'quoted'], ['russian-speakers-persecuted', 'quoted']])
  t.same(voices('Russophobia and the persecution of Russian speakers'), [['russophobia', 'adopted'], ['russian-speakers-persecuted', 'adopted']], 'without the marks, both adopted')
  t.same(voices('"Russophobia" grows as Riga continues the persecution of Russian speakers.').map(([, voice]) => voice), ['quoted', 'adopted'], 'a sentence with a verb claims what is not in marks')
})

t.test('shipped lexicons: what someone is accused of, with no accuser named, is the accusation\'s, not the narrator\'s claim', async (t) => {
  const voices = stateVoicesWith(await shippedEngine())
  t.same(voices('The IOC has been accused of politicising sport.'), [['politicisation-of-sport', 'quoted']])
  t.same(voices('A federation charged with politicising sport lost its licence.'), [['politicisation-of-sport', 'quoted']], 'a reduced relative')
  t.same(voices('The IOC is politicising sport.'), [['politicisation-of-sport', 'adopted']], 'the narrator\'s own claim')
  t.same(voices('Russia accused the IOC of politicising sport.'), [['politicisation-of-sport', 'reported']], 'an accuser named: reported')
  t.same(voices('The IOC, accused of bias, is politicising sport.'), [['politicisation-of-sport', 'adopted']], 'an accusation of something else')
})

t.test('shipped lexicons: the adversary a statement is addressed to is spoken to, not portrayed', async (t) => {
  const engine = await shippedEngine()
  const read = (text: string) => analyze(text, engine).paragraphs[0]
  const told = read("Russia's foreign ministry told Washington to stop interfering in the internal affairs of a sovereign state.")
  t.same(told.matches.filter((m) => m.role === 'adversary'), [])
  t.equal(told.flags.stateFraming, false)
  t.same(read('Washington is interfering in the internal affairs of a sovereign state, the ministry said.').matches.filter((m) => m.role === 'adversary').map((m) => m.text), [],
    'the inverted speaker\'s content is reported')
  t.same(read('Washington keeps interfering in the internal affairs of sovereign states and destroying them.').matches.filter((m) => m.role === 'adversary').map((m) => m.text), ['Washington'],
    'the narrator\'s own sentence portrays it')
})

t.test('shipped lexicons: a state\'s own denial denied in turn by the narrator\'s clause is refuted, its own *not* still never negates it', async (t) => {
  const engine = await shippedEngine()
  const read = (text: string) => analyze(text, engine).paragraphs[0]
  const refuted = read('It is not true that Russian forces hit only military targets.')
  t.same(refuted.matches.map((m) => [m.entry, m.negated]), [['narrator-denial', false], ['not-targeting-civilians', true]])
  t.equal(refuted.flags.stateFraming, false)
  t.same(read('The claim that Russia strikes only military targets is a lie.').matches.map((m) => [m.entry, m.negated]), [['not-targeting-civilians', true], ['narrator-denial', false]])
  t.same(read('Russia strikes only military targets.').matches.map((m) => [m.entry, m.negated]), [['not-targeting-civilians', false]], 'asserted')
  t.same(read('The army does not target civilians.').matches.map((m) => [m.entry, m.negated]), [['not-targeting-civilians', false]], 'the denial\'s own negator')
})

t.test('shipped lexicons: an adversary under attack, under fire or under siege suffers it, it does not act', async (t) => {
  const engine = await shippedEngine()
  const adversaries = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).filter((m) => m.role === 'adversary').map((m) => m.text)
  t.same(adversaries('Live: Kyiv under massive attack as Russia launches 400 drones'), [])
  t.same(adversaries('Kharkiv came under fire again overnight as Russia pressed its offensive.'), [])
  t.same(adversaries('NATO is putting Russia under pressure and preparing an attack.'), ['NATO'], 'the one who puts others under pressure acts')
  t.same(adversaries('Poland under pressure from Washington is preparing a provocation against Belarus.'), ['Poland'], 'a verb after the phrase is the adversary\'s own act')
  t.same(adversaries('Poland under pressure as the blockade of Belarus fails'), [], 'a clause of time after it')
})

t.test('shipped lexicons: critical words in the state\'s own voice are the state\'s charges, not critiques of it', async (t) => {
  const engine = await shippedEngine()
  const critical = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).filter((m) => m.dimension === 'criticalFraming').map((m) => [m.entry, m.text])
  t.same(critical('The Western propaganda machine has been unable to hide the failure of the so-called counteroffensive.'), [],
    'a critical word inside a longer state term, and *so-called* beside the narrator\'s own state term')
  t.same(critical('The Kremlin propaganda machine has been unable to hide the failure of the offensive.'), [['propaganda', 'Kremlin propaganda machine']], 'aimed at the state: critical')
  t.same(critical('The so-called referendum was held at gunpoint.').map(([entry]) => entry), ['illegal-annexation', 'so-called'], 'no state term beside it: the narrator\'s distance')
  t.same(critical('The US keeps backing the so-called opposition while pumping weapons into Ukraine.'), [], 'beside an adopted narrative')
  t.same(critical('Moscow says the West is pumping weapons into Ukraine; the so-called referendum was a sham.').map(([entry]) => entry), ['illegal-annexation', 'so-called'], 'the state term reported, the narrator\'s own distance stands')
})
