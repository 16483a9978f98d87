import t from 'tap'
import { splitParagraphs } from '../../src/analysis/text/paragraphs.js'

const slices = (text: string) => splitParagraphs(text).map(({ start, end }) => text.slice(start, end))

t.test('splits at blank lines and keeps single line breaks inside a paragraph', async (t) => {
  const text = 'First line\nstill first.\n\nSecond.'
  t.same(splitParagraphs(text), [{ start: 0, end: 23 }, { start: 25, end: 32 }])
})

t.test('splits a text without blank lines at every line break', async (t) => {
  t.same(slices('Headline\nLead paragraph.\nBody.'), ['Headline', 'Lead paragraph.', 'Body.'])
})

t.test('CRLF and whitespace-only lines never make empty paragraphs', async (t) => {
  const text = '\r\n  \r\nOne.\r\n \t\r\n\r\nTwo.\r\n\r\n'
  t.same(splitParagraphs(text), [{ start: 6, end: 10 }, { start: 18, end: 22 }])
  t.same(slices(text), ['One.', 'Two.'])
})

t.test('a whitespace-only or empty text has no paragraphs', async (t) => {
  t.same(splitParagraphs(''), [])
  t.same(splitParagraphs(' \n\u00a0\r\n\u2028\ufeff'), [])
})

t.test('trims NBSP, BOM and U+2028 from paragraph edges', async (t) => {
  const text = '\ufeffOne.\u00a0\u2028\u2028Two.'
  t.same(slices(text), ['One.', 'Two.'])
  t.same(splitParagraphs(text), [{ start: 1, end: 5 }, { start: 8, end: 12 }])
})

t.test('a lone CR is a line break', async (t) => {
  t.same(slices('A.\rB.'), ['A.', 'B.'])
})
