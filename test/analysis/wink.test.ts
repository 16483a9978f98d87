import t from 'tap'
import { tokenizeParagraph, tokenizeParagraphs } from '../../src/analysis/nlp/wink.js'
import { splitParagraphs } from '../../src/analysis/text/paragraphs.js'
import { normalizeForWink, MAX_RUN_LENGTH, prepareForWink } from '../../src/analysis/text/normalize.js'

const texts = (text: string) => tokenizeParagraph(text, 0).tokens.map((token) => text.slice(token.start, token.end))

t.test('token offsets slice back to the original characters', async (t) => {
  const text = '“Protecting Donbass,” he said\u00a0— didn’t he? 👍🏽 Ok.'
  const { tokens, sentences } = tokenizeParagraph(text, 0)
  t.same(texts(text).slice(0, 6), ['“', 'Protecting', 'Donbass', ',', '”', 'he'])
  for (const token of tokens) t.ok(token.end > token.start)
  t.ok(texts(text).includes('👍🏽') || texts(text).includes('👍'), 'emoji kept as a token')
  t.equal(sentences.length, 2)
  t.same(sentences.map((s) => text.slice(s.start, s.end)), ['“Protecting Donbass,” he said\u00a0— didn’t he?', '👍🏽 Ok.'])
})

t.test('offsets are shifted by the paragraph offset', async (t) => {
  const { tokens } = tokenizeParagraph('Hi there.', 10)
  t.same(tokens.map(({ start, end }) => [start, end]), [[10, 12], [13, 18], [18, 19]])
})

t.test('the code points wink drops keep offsets aligned', async (t) => {
  const text = 'One\u2028two\u3000three\ufefffour\u000bfive.'
  t.same(texts(text), ['One', 'two', 'three', 'four', 'five', '.'])
})

t.test('sentence-initial capitalised plurals get the lemma of the lower-case word', async (t) => {
  const [critics] = tokenizeParagraph('Critics argue it is wrong.', 0).tokens
  t.equal(critics.lemma, 'critic')
})

t.test('normalisation keeps the length and blanks runs longer than the limit', async (t) => {
  const long = 'x'.repeat(MAX_RUN_LENGTH + 1)
  const text = `a\u2028b ${long} c`
  const normal = normalizeForWink(text)
  t.equal(normal.length, text.length)
  t.equal(normal, `a\nb ${' '.repeat(long.length)} c`)
  t.equal(normalizeForWink('y'.repeat(MAX_RUN_LENGTH)), 'y'.repeat(MAX_RUN_LENGTH), 'a run at the limit is kept')
})

t.test('a 200,000-character word is skipped, not tokenized quadratically', async (t) => {
  const text = `Start ${'a-'.repeat(100_000)} end.`
  const { tokens } = tokenizeParagraph(text, 0)
  t.same(tokens.map((token) => text.slice(token.start, token.end)), ['Start', 'end', '.'])
})

t.test('a lemma wink leaves undefined falls back to the normal form', async (t) => {
  // wink-nlp 2.4.0 returns no lemma for "cannot" before punctuation.
  const tokens = tokenizeParagraph('I cannot.', 0).tokens
  t.same(tokens.map((token) => token.lemma), ['i', 'cannot', '.'])
})

t.test('a capitalised name part tagged as a verb becomes a proper noun, except in title-case headlines', async (t) => {
  const posOf = (text: string, word: string): string => {
    const { tokens } = tokenizeParagraph(text, 0)
    return tokens.find((token) => text.slice(token.start, token.end) === word)!.pos
  }
  t.equal(posOf('Former State Senator Kelli Ward called for an inquiry.', 'Ward'), 'PROPN')
  t.equal(posOf('Polls show Trump is trailing Ted Cruz.', 'Ted'), 'PROPN')
  t.equal(posOf('Obama Says Trump Is Unfit to Lead', 'Says'), 'VERB')
})

t.test('a lower-case start after no sentence-final mark continues the sentence', async (t) => {
  const sentencesOf = (text: string) => tokenizeParagraph(text, 0).sentences.map((s) => text.slice(s.start, s.end))
  t.same(sentencesOf('Rep. John Mica (R-Fla.) said the talks failed. Then he left.'), ['Rep. John Mica (R-Fla.) said the talks failed.', 'Then he left.'])
  t.same(sentencesOf('It failed. iPhones sold well.'), ['It failed.', 'iPhones sold well.'])
})

t.test('wink\'s breaks inside a state abbreviation, after a title or before a comma are joined; real sentence ends stay', async (t) => {
  const sentencesOf = (text: string) => tokenizeParagraph(text, 0).sentences.map((s) => text.slice(s.start, s.end))
  t.same(sentencesOf('Robert Menendez (D-N.J.) said the talks failed.'), ['Robert Menendez (D-N.J.) said the talks failed.'])
  t.same(sentencesOf('NSA Director Adm. Michael Rogers said the data was safe.'), ['NSA Director Adm. Michael Rogers said the data was safe.'])
  t.same(sentencesOf('Sen. Claire Roe (D-Mo.), who has endorsed Clinton, said so.'), ['Sen. Claire Roe (D-Mo.), who has endorsed Clinton, said so.'])
  t.same(sentencesOf('He met Dr. Smith. Dr. Jones came later.'), ['He met Dr. Smith.', 'Dr. Jones came later.'])
  t.same(sentencesOf('He met J. R. R. Tolkien. J. Smith came later.'), ['He met J. R. R. Tolkien.', 'J. Smith came later.'])
})

t.test('a possessive is two tokens whatever wink has learned before', async (t) => {
  const text = "Mrs. Clinton's campaign and Clinton’s plan."
  const forms = () => tokenizeParagraph(text, 0).tokens.map((token) => text.slice(token.start, token.end))
  const expected = ['Mrs.', 'Clinton', "'s", 'campaign', 'and', 'Clinton', '’s', 'plan', '.']
  t.same(forms(), expected)
  // A possessive before a full stop teaches wink's lexeme cache the whole word (measured: wink alone
  // then keeps *Clinton's* as one token in every later text).
  tokenizeParagraph("The plan was Clinton's. The win was Clinton’s.", 0)
  t.same(forms(), expected)
})

t.test('one word form tagged differently keeps each tag\'s lemma; a contraction\'s parts keep their own', async (t) => {
  const lemmas = (text: string) => tokenizeParagraph(text, 0).tokens.map((token) => `${token.normal}/${token.pos}/${token.lemma}`)
  // *saw* is the past of *see* as a verb and a tool as a noun: the per-word record holds both.
  t.same(lemmas('They saw it.'), ['they/PRON/they', 'saw/VERB/see', 'it/PRON/it', './PUNCT/.'])
  t.same(lemmas('The saw broke.'), ['the/DET/the', 'saw/NOUN/saw', 'broke/VERB/break', './PUNCT/.'])
  t.same(lemmas('They saw it.'), ['they/PRON/they', 'saw/VERB/see', 'it/PRON/it', './PUNCT/.'], 'the first tag\'s lemma is still right')
  // *ca* of *can't* is *can*, wherever the form *ca* was seen before.
  t.same(lemmas('Ca is calcium. We can\'t.').slice(4), ['we/PRON/we', 'can/AUX/can', 'not/PART/not', './PUNCT/.'])
})

t.test('lines ending in U+2028, U+0085 or a vertical tab keep every token before a later newline', async (t) => {
  // The walk once compared wink's line-break tokens with the original text, jumped to the next
  // real newline and dropped every token in between.
  for (const lineBreak of ['\u2028', '\u0085', '\u000b']) {
    const text = `Putin said it.${lineBreak}Lavrov said it.${lineBreak}Peskov said it.\nShoigu said it.`
    t.same(texts(text).filter((form) => /^\p{Lu}/u.test(form)), ['Putin', 'Lavrov', 'Peskov', 'Shoigu'], JSON.stringify(lineBreak))
  }
})

t.test('the runs the long-run guard blanks are reported; zero-width spaces separate words', async (t) => {
  const long = 'x'.repeat(MAX_RUN_LENGTH + 1)
  t.same(prepareForWink(`a ${long} b ${long}`).unread, [{ start: 2, end: 2 + long.length }, { start: 5 + long.length, end: 5 + 2 * long.length }])
  t.same(prepareForWink('y'.repeat(MAX_RUN_LENGTH)).unread, [], 'a run at the limit is read')
  t.same(texts('Putin\u200bsaid\u180eit.'), ['Putin', 'said', 'it', '.'])
})

t.test('a line inside a paragraph that no full stop ended is a sentence of its own when the next opens as one, with its own sentiment', async (t) => {
  const text = '16:42 GMT\n**Kallas: Russia is not serious about peace**\nThe EU\'s foreign policy chief has just spoken to reporters.'
  const { sentences } = tokenizeParagraph(text, 0)
  t.same(sentences.map((s) => text.slice(s.start, s.end)), ['16:42 GMT', '**Kallas: Russia is not serious about peace**', 'The EU\'s foreign policy chief has just spoken to reporters.'])
  t.equal(sentences[0].sentiment, 0)
  t.ok(sentences[1].sentiment < 0 && sentences[2].sentiment >= 0, 'the heading\'s sentiment is its own')
  const wrapped = 'The minister said the talks had failed,\nand that Moscow would\nrespond.'
  t.equal(tokenizeParagraph(wrapped, 0).sentences.length, 1, 'a line that goes on after a comma, or in lower case, is the same sentence')
})

t.test('in a text without blank lines every line keeps its own sentiment, unless it goes on a hard-wrapped sentence', async (t) => {
  const sentiments = (text: string) => tokenizeParagraphs(text, splitParagraphs(text)).map((paragraph) => paragraph.sentences.map((sentence) => [text.slice(sentence.start, sentence.end), Math.round(sentence.sentiment * 100) / 100]))
  t.same(sentiments('Here are the takeaways:\n- The talks were a great success.\n- The strikes were a terrible failure.'),
    [[['Here are the takeaways:', 0]], [['- The talks were a great success.', 0.5]], [['- The strikes were a terrible failure.', -0.4]]], 'a list: each item its own (all three read -0.04 when wink ran them together)')
  t.same(sentiments('Talks Collapse In Geneva\nThe delegations praised the progress made.'),
    [[['Talks Collapse In Geneva', -0.4]], [['The delegations praised the progress made.', 0.5]]], 'a headline is not averaged with the lede (+0.2 each before)')
  t.same(sentiments('Here are the takeaways:\r\n\r\n- The talks were a great success.').flat().map(([, sentiment]) => sentiment), [0, 0.5], 'Windows\' blank line, which wink reads on across')
  t.same(sentiments('The minister said the talks had failed,\nand that Moscow would\nrespond with joy.').flat().map(([, sentiment]) => sentiment), [0.07, 0.07, 0.07], 'lines opening in lower case go on one sentence')
  t.same(sentiments('Russian Tsar Peter the\nGreat was a terrible ruler, critics said.').flat().map(([, sentiment]) => sentiment), [-0.13, -0.13], 'a line ending on *the* goes on one sentence')
})

t.test('an agency\'s dateline, which wink ends at its full stops, opens the first sentence', async (t) => {
  const text = 'MOSCOW, June 11. /TASS/. Kremlin spokesman Dmitry Peskov said the talks would continue. He gave no date.'
  t.same(tokenizeParagraph(text, 0).sentences.map((s) => text.slice(s.start, s.end)), ['MOSCOW, June 11. /TASS/. Kremlin spokesman Dmitry Peskov said the talks would continue.', 'He gave no date.'])
})
