import t from 'tap'
import { buildTestApp } from '../helper.js'

const article = '<html><body><nav>Home | World</nav><article><h1>Visit ends</h1><p>The minister said the talks went well.</p><p>Critics disagree.</p></article></body></html>'

t.test('format html: offsets index the extracted text, paragraphs name their block', async (t) => {
  const app = await buildTestApp(t)
  const response = await app.inject({ method: 'POST', url: '/analyze', payload: { text: article, format: 'html' } })
  t.equal(response.statusCode, 200)
  const body = response.json()
  t.equal(body.text, 'Visit ends\n\nThe minister said the talks went well.\n\nCritics disagree.')
  t.same(body.paragraphs.map((p: { start: number, end: number, block: { tag: string, start: number, end: number } }) => [body.text.slice(p.start, p.end), p.block.tag, article.slice(p.block.start, p.block.end)]), [
    ['Visit ends', 'h1', '<h1>Visit ends</h1>'],
    ['The minister said the talks went well.', 'p', '<p>The minister said the talks went well.</p>'],
    ['Critics disagree.', 'p', '<p>Critics disagree.</p>']
  ])
  const [attribution] = body.paragraphs[1].attributions
  t.equal(body.text.slice(attribution.source.start, attribution.source.end), 'The minister')
})

t.test('a raw text/html body is reduced to text the same way', async (t) => {
  const app = await buildTestApp(t)
  const response = await app.inject({ method: 'POST', url: '/analyze', headers: { 'content-type': 'text/html; charset=utf-8' }, payload: article })
  t.equal(response.statusCode, 200)
  t.equal(response.json().document.paragraphs, 3)
})

t.test('a page that is only boilerplate is a 422 problem', async (t) => {
  const app = await buildTestApp(t)
  const response = await app.inject({ method: 'POST', url: '/analyze', headers: { 'content-type': 'text/html' }, payload: '<nav>Menu</nav><script>x()</script><footer>©</footer>' })
  t.equal(response.statusCode, 422)
  t.match(response.json(), { code: 'SLANT_ERR_NO_ARTICLE_TEXT', title: 'No article text found' })
})

t.test('plain text is unchanged: no extracted text, no blocks', async (t) => {
  const app = await buildTestApp(t)
  const body = (await app.inject({ method: 'POST', url: '/analyze', payload: { text: 'Plain <b>text</b>.' } })).json()
  t.equal(body.text, undefined)
  t.equal(body.paragraphs[0].block, undefined)
})
