import t from 'tap'
import { analyze } from '../../src/analysis/index.js'
import { shippedEngine } from '../helper.js'

/**
 * Plain wire sentences about Russia's adversaries acting in the war and around it, with the
 * shipped lexicons: none reproduces a Kremlin narrative, so none may raise a state flag. Written
 * for the twentieth session after a critique found neutral Moldova, UN and sports copy flagged;
 * the ones Slant still flags are `todo`, each with the reason, so a fix shows and a regression fails.
 */
const NEUTRAL_WIRE = [
  'Ukraine struck a refinery in Russia with drones overnight.',
  'Ukraine rejected the plan.',
  'Ukraine launched a counteroffensive in the south.',
  "Ukraine's air force said it shot down 40 drones.",
  'Ukraine hit a Russian airbase in Crimea with missiles.',
  'Ukrainian troops advanced into the Kursk region in August.',
  "Ukraine has banned the Russian Orthodox Church's branch.",
  'Poland closed its border crossing with Belarus.',
  "Poland's coal mines cut output last year.",
  "Electricity prices have risen since the plant, which supplied most of Moldova's electricity, cut output.",
  'Germany is sending more tanks to Ukraine.',
  'Germany expelled two Russian diplomats on Tuesday.',
  'France summoned the Russian ambassador.',
  'Britain imposed new sanctions on Russian banks.',
  'The United States announced a new $400 million aid package for Ukraine.',
  'Washington blocked the resolution at the Security Council.',
  'NATO scrambled jets after a Russian drone entered Polish airspace.',
  'NATO will hold exercises in Estonia next month.',
  'The exercises, organised by NATO, began on Monday in Estonia.',
  'The new power line linking Moldova to Romania is funded by the EU.',
  'The resolution, sponsored by the United States, failed to pass.',
  'The EU froze Russian central bank assets in 2022.',
  'The EU agreed a new package of sanctions against Russia.',
  'The West has supplied Ukraine with long-range missiles.',
  'Western allies pledged more air defence systems.',
  'Estonia moved to strip Russian citizens of local voting rights.',
  'Latvia demolished a Soviet monument in Riga.',
  'Finland joined NATO in April 2023.',
  'Ukraine accused Russia of deporting children.',
  'Zelensky fired his army chief in February.',
  "Ukraine's parliament passed a law lowering the mobilisation age.",
  'The Pentagon confirmed that Ukrainian forces used ATACMS.',
  'The US sanctioned three Chinese firms for supplying Russia.',
  'Poland has spent more than 4 percent of its GDP on defence.',
  'Ukraine struck a Russian warship in the Black Sea, sinking it.',
  'Ukraine said it destroyed a Russian command post.',
  'Kyiv threatened to boycott the games.',
  'Kyiv rejected the proposal as unacceptable.',
  'American officials warned Russia against using nuclear weapons.',
  'Western intelligence agencies warned of a coming offensive.',
  'Ukrainian forces shelled Russian positions near the river.',
  'Germany expelled two Russian diplomats on Tuesday.',
  'Berlin suspended the pipeline certification in February.',
  'France recalled its ambassador for consultations.',
  'The British are sending another batch of Challenger tanks.',
  'The German government halted arms exports to the region.',
  'French authorities arrested a man suspected of spying for Moscow.',
  'Britain accused Russia of a cyberattack on its election commission.',
  'The UK has banned imports of Russian steel.',
  'USA withdraws from the arms control treaty.',
  'West condemns the sham referendums.',
  'America is sending cluster munitions to Ukraine.',
  'Western governments have frozen about $300 billion in Russian assets.',
  'Ukraine is preparing a spring offensive.',
  'Ukraine has lost control of the town after weeks of fighting.',
  'Ukraine will hold no elections while martial law is in force.',
  'Ukraine was forced to ration electricity after the strikes.',
  'Ukraine\'s navy struck a Russian landing ship near Feodosia.',
  'Ukraine\'s parliament voted to extend martial law.',
  'The Ukrainian president dismissed the defence minister.',
  'Ukrainian diplomats walked out of the meeting.',
  'Ukraine\'s security service detained a suspected Russian agent.',
  'The West has failed to agree on a price cap for Russian gas.',
  'Germany has become Ukraine\'s second-largest arms supplier.',
  'France will train Ukrainian pilots on Mirage jets.',
  'The Germans fear a long war in the east.',
  'America has imposed tariffs on Indian goods over Russian oil.',
  'Washington imposed visa bans on Georgian officials.',
  // Twenty-first session: copy on the topics of state.ru 1.35.0 (partners' neglect, Nazi history, elections,
  // the pandemic, monuments, sanctions) and its new hostility words, none of which may make it a claim.
  'The EU extended its economic sanctions on Russia for another six months.',
  'Estonia removed a Soviet-era tank monument from a road near Narva.',
  "Moldova's parliament passed the 2024 budget on Thursday.",
  'The European Commission did not comment on the leaked draft.',
  'Washington remained silent on the request for several days.',
  'The suspect chose to remain silent during questioning, police said.',
  'Voters in Georgia remained indifferent to the campaign, turnout figures showed.',
  'The ship was abandoned by its crew after the engine failed.',
  'Hungary turned away hundreds of migrants at its southern border.',
  'Officials found no evidence of widespread voter fraud in the state.',
  'The Supreme Court rejected a lawsuit alleging fraud in the 2020 election.',
  'The Soviet Union signed a non-aggression pact with Nazi Germany in August 1939.',
  'A German court convicted a 97-year-old former secretary at a Nazi concentration camp.',
  'Scientists say the coronavirus most likely emerged naturally in bats.',
  'The World Health Organization said the vaccine prevents severe illness.',
  'Regulators said blood clots linked to the AstraZeneca vaccine were very rare.',
  "Bill Gates' foundation pledged $250 million to fight the pandemic.",
  'Russian peacekeepers deployed to Nagorno-Karabakh under a ceasefire deal.',
  'Only Russia can end the war by withdrawing its troops, the Ukrainian president said.',
  'Russian forces were more effective than expected in the southern offensive.',
  "Lithuania's parliament approved a bill to ban the import of Russian electricity.",
  'NATO did not give any details about the exercise.',
  'The EU has not helped cover the costs of the border fence, Hungary said.',
  'The US intelligence community concluded that Russia interfered in the 2016 election.',
  'The CIA helped overthrow the elected government of Iran in 1953.',
  "Latvia's election commission said turnout was 59 percent.",
  'The United States donated one million vaccine doses to Ukraine.',
  'Migrants set fire to tents at the overcrowded camp on Lesbos, police said.',
  'The Czech government approved a plan to take in 5,000 refugees.',
  "Moldova's president accused Moscow of plotting a coup.",
  "Germany's interior minister said police were investigating the arson attack.",
  "Armenia's prime minister said the country could no longer rely on Russia for its security.",
  'Poland passed a law that critics called revisionist, drawing protests from Israel.',
  'Vandals desecrated a Jewish cemetery in northern Poland overnight, police said.',
  'The US imposed sanctions on officials accused of bribery in Moldova.',
  'Kyiv renamed a street after the nationalist leader Stepan Bandera.',
  "NATO's eastern flank members called for more troops to be deployed.",
  'The European Union said the election was marred by irregularities.',
  'Washington accused Moscow of using energy as a weapon.',
  'The White House said the United States would not abandon its allies.',
  "Germany's economy shrank for a second quarter as exports fell.",
  'The US Senate passed a bill to fund the government through March.',
  'Estonia dismantled a Soviet-era tank memorial in Narva.',
  'Brussels proposed a new package of sanctions targeting Russian oil.',
  'The Pentagon said it would send additional air defence systems to Ukraine.',
  'Sweden formally joined NATO on Thursday, ending decades of neutrality.',
  "The EU's foreign policy chief said the bloc would keep supporting Ukraine.",
  'Britain expelled a Russian defence attache, accusing him of spying.',
  "Poland's president vetoed a bill on media ownership.",
  'The EU is fighting disinformation campaigns ahead of the vote.',
  'NATO said its members would meet their spending target this year.'
]

/** Still flagged: an adversary as the actor of a sentence wink reads as negative is the portrayal rule (docs/scoring.md), which cannot tell a report from a claim; a hostility word that names history (*the Nazi invasion*, *the occupation*) is read as a portrayal of the country beside it. */
const STILL_FLAGGED: Record<string, string> = {
  'The US struck Houthi targets in Yemen.': 'an adversary striking, in a negative sentence',
  'Lithuania restricted transit to Kaliningrad.': 'an adversary restricting, in a negative sentence',
  'Kyiv blamed Moscow for the attack on the dam.': 'blaming is a hostile act cue of an adversary',
  'Poland marked the 85th anniversary of the Nazi invasion with a ceremony in Gdansk.': 'the hostility word *Nazi* inside a historical name (the Nazi invasion) portrays the country that commemorates it',
  'Finland fought alongside Nazi Germany against the Soviet Union from 1941 to 1944.': 'the hostility word *Nazi* inside a historical name (Nazi Germany); a state.ru hedge does not reach hostility words',
  "Latvia's parliament voted to remove Soviet monuments that glorify the occupation.": 'the hostility word *occupation* names the Soviet occupation, not an act of Latvia',
  "Sweden's death toll from COVID-19 was higher than that of its Nordic neighbours.": 'an adversary as the subject of a sentence wink reads as negative',
  'The European Parliament voted to condemn the Soviet crimes of the Molotov-Ribbentrop era.': 'an adversary condemning, in a negative sentence'
}

t.test('plain wire sentences about Russia\'s adversaries raise no state flag', async (t) => {
  const engine = await shippedEngine()
  for (const sentence of NEUTRAL_WIRE) {
    const [paragraph] = analyze(sentence, engine).paragraphs
    t.equal(paragraph.flags.stateFraming, false, sentence)
  }
  for (const [sentence, reason] of Object.entries(STILL_FLAGGED)) {
    const [paragraph] = analyze(sentence, engine).paragraphs
    t.equal(paragraph.flags.stateFraming, false, sentence, { todo: reason })
  }
})

t.test('a country owning an economy or a supply is not the country acting; its state organs are', async (t) => {
  const engine = await shippedEngine()
  const adversaries = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.matches).filter((m) => m.entry === 'adversary-neighbours').map((m) => m.text)
  t.same(adversaries("Poland's coal mines cut output last year."), [])
  t.same(adversaries("The plant supplied most of Moldova's electricity before it cut output."), [])
  t.same(adversaries("Poland's government is destroying relations with Russia."), ['Poland'])
})

t.test('a wire lede\'s clause of time after the tag says when the report was made, not what was said', async (t) => {
  const engine = await shippedEngine()
  const said = (text: string) => analyze(text, engine).paragraphs.flatMap((p) => p.attributions).map((a) => ({ source: a.source.text, content: a.content === undefined ? undefined : [a.content.start, a.content.end, text.slice(a.content.start, a.content.end)] }))
  t.same(said('Moldova has secured enough gas for the winter, its energy ministry said on Wednesday, three weeks after transit ended.'), [
    { source: 'its energy ministry', content: [0, 45, 'Moldova has secured enough gas for the winter'] }
  ])
  t.same(said('The plant will restart, officials said, days after the blackout.'), [
    { source: 'officials', content: [0, 22, 'The plant will restart'] }
  ])
  // Words before the tag that are no clause: the statement goes on after it.
  t.same(said('The war, he said, after years of fighting, has to end.'), [
    { source: 'he', content: [0, 53, 'The war, he said, after years of fighting, has to end'] }
  ])
})

t.test('a warning or a rejection by an adversary is its government\'s words; blaming and threatening Russia still portray it', async (t) => {
  const engine = await shippedEngine()
  const flagged = (text: string) => analyze(text, engine).paragraphs[0].flags.stateFraming
  t.equal(flagged('NATO warned Russia it would face consequences.'), false)
  t.equal(flagged('Kyiv rejected the proposal as unacceptable.'), false)
  t.equal(flagged('The West blames Russia for every crisis.'), true)
  t.equal(flagged('NATO threatens Russia with new bases.'), true)
})
