import t from 'tap'
import { htmlToText, nestsDeeperThan } from '../../src/analysis/text/html-to-text.js'

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

t.test('an element whose end tag is left out ends before the tag that closes it, or with the HTML', async (t) => {
  const html = '<p>First<p>Second<div>Open <nav><p>menu</p></nav>to the end'
  const { text, blocks } = htmlToText(html)
  t.equal(text, 'First\n\nSecond\n\nOpen to the end', 'nothing inside a removed element, not even its blocks')
  t.same(blocks.map((block) => [block.tag, html.slice(block.sourceStart, block.sourceEnd)]), [
    ['p', '<p>First'],
    ['p', '<p>Second'],
    ['div', '<div>Open <nav><p>menu</p></nav>to the end']
  ])
  const closedByParent = '<div><p>One</div>'
  t.same(htmlToText(closedByParent).blocks.map((block) => closedByParent.slice(block.sourceStart, block.sourceEnd)), ['<p>One'])
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

t.test('deep nesting is walked without recursion; nesting depth is estimated by a linear scan', async (t) => {
  const deep = '<div>'.repeat(9_000) + 'The minister said so.'
  t.equal(htmlToText(deep).text, 'The minister said so.', '9,000 nested blocks (5,000 overflowed the recursive walk)')
  t.equal(nestsDeeperThan('<div>'.repeat(101), 100), true)
  t.equal(nestsDeeperThan('<div>'.repeat(100), 100), false)
  t.equal(nestsDeeperThan('<div></div>'.repeat(1_000), 100), false, 'closed elements do not add up')
  t.equal(nestsDeeperThan('<p>One<p>Two<li>Three<br><img src=x>'.repeat(1_000), 100), false, 'void and optional-end elements never nest')
  t.equal(nestsDeeperThan('<div/>'.repeat(101), 100), true, 'in HTML, <div/> opens a div as the parser does')
  t.equal(nestsDeeperThan('<svg>' + '<path d="M0"/>'.repeat(1_000) + '</svg>', 100), false, 'inside SVG, /> closes the element')
})
