import t from 'tap'
import { htmlToText } from '../../src/analysis/text/html-to-text.js'

t.test('block elements become paragraphs; inline markup, scripts and navigation go', async (t) => {
  const html = '<nav><a href="/">Home</a></nav><h1>Talks &amp; tensions</h1><p>The <b>minister</b>\n  said so.</p><script>track()</script><ul><li>One</li><li>Two</li></ul><footer>© Daily</footer>'
  const { text, blocks } = htmlToText(html)
  t.equal(text, 'Talks & tensions\n\nThe minister said so.\n\nOne\n\nTwo')
  t.same(blocks.map((block) => [block.tag, text.slice(block.start, block.end), html.slice(block.sourceStart, block.sourceEnd)]), [
    ['h1', 'Talks & tensions', '<h1>Talks &amp; tensions</h1>'],
    ['p', 'The minister said so.', '<p>The <b>minister</b>\n  said so.</p>'],
    ['li', 'One', '<li>One</li>'],
    ['li', 'Two', '<li>Two</li>']
  ])
})

t.test('a div with its own text is a paragraph beside its child blocks', async (t) => {
  const { text, blocks } = htmlToText('<div>Lead text <p>Inner paragraph.</p> tail</div>')
  t.equal(text, 'Lead text\n\nInner paragraph.\n\ntail')
  t.same(blocks.map((block) => block.tag), ['div', 'p', 'div'])
})

t.test('malformed HTML never throws', async (t) => {
  for (const html of ['<p>Unclosed <i>italic', '</p></div>stray', '<<<>>>', '<p attr="x>oops</p>', '<![CDATA[x]]><p>ok</p>']) {
    t.doesNotThrow(() => htmlToText(html), html)
  }
  t.equal(htmlToText('<p>Unclosed <i>italic').text, 'Unclosed italic')
})

t.test('pre keeps its line breaks; only boilerplate gives no text', async (t) => {
  t.equal(htmlToText('<pre>line 1\nline 2</pre>').text, 'line 1\nline 2')
  t.equal(htmlToText('<nav>Menu</nav><script>x()</script><form><input></form><footer>f</footer>').text, '')
})
