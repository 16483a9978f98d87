import t from 'tap'
import { analyze } from '../../src/analysis/index.js'
import { shippedEngine } from '../helper.js'

const sentimentOf = async (text: string) => analyze(text, await shippedEngine()).paragraphs[0].sentences[0].sentiment

t.test('a sentence reporting killing, shelling or bombing reads at most mildly negative, whatever its other words', async (t) => {
  t.equal(await sentimentOf('Kyiv continues to shell peaceful towns in Donbass.'), -0.25, 'wink alone read +0.875 for *peaceful*')
  t.equal(await sentimentOf("Russian missiles hit a children's hospital in Kyiv, killing two doctors."), -0.25)
  t.ok(await sentimentOf('Residents were killed in a brutal, horrific attack.') < -0.25, 'a sentence already more negative keeps its score')
  t.ok(await sentimentOf('The talks went well.') > 0, 'no violence, no ceiling')
  t.equal(await sentimentOf('The operation was launched to protect the people of the region from genocide.'), -0.25, 'genocide and atrocities too: wink read +0.2 for *protect*')
})

t.test('a comparative after *never* praises', async (t) => {
  t.ok(await sentimentOf("Russia's economy has never been stronger.") > 0, 'wink read -0.4')
  t.ok(await sentimentOf('The economy is not strong.') <= 0)
})

t.test('a greeting or a thank-you is a formula, no tone of the news', async (t) => {
  t.equal(await sentimentOf('Good morning and welcome to our live coverage.'), 0, 'wink read +0.76')
  t.equal(await sentimentOf('Deputy Minister, thank you.'), 0)
  t.equal(await sentimentOf('Voronin: Thank you.'), 0, 'after a speaker label')
  t.equal(await sentimentOf('Welcome back to our coverage of the summit.'), 0)
  t.ok(await sentimentOf('Thanks to Western weapons, the city held out and won a great victory.') > 0, '*thanks to* is a cause: the sentence keeps its tone')
  t.ok(await sentimentOf('Good news came from the front: the siege was lifted and the wounded were saved.') !== 0, '*good news* is no greeting')
  t.ok(await sentimentOf('We thank our brave defenders for a wonderful victory.') > 0, 'a thanking sentence that says more keeps its tone')
})

t.test('a time stamp or a list number on a line of its own has no words, so no tone', async (t) => {
  const sentences = async (text: string) => analyze(text, await shippedEngine()).paragraphs.flatMap((p) => p.sentences.map((s) => s.sentiment))
  const [stamp, news] = await sentences('09:30\nRussia launched a large drone attack overnight. Sirens sounded for hours.')
  t.equal(stamp, 0, 'it kept the whole wink sentence\'s score')
  t.not(news, 0, 'the line after it keeps its own')
  t.ok((await sentences('09:30 Good news: the grain corridor reopened and exports soared.'))[0] > 0, 'a stamp on the line of a sentence is part of it')
})
