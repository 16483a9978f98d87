/**
 * Hostile input: every case answered within a second with a 200 or a clear 4xx problem,
 * never a 5xx, a hang or a crash, and offsets that stay valid.
 */
import t from 'tap'
import fc from 'fast-check'
import { connect } from 'node:net'
import type { InjectOptions } from 'fastify'
import { buildTestApp } from '../helper.js'

type App = Awaited<ReturnType<typeof buildTestApp>>

interface Span { start: number, end: number, text: string }
/** Offending spans and empty paragraphs of an analysis, as readable strings (none expected). */
function offsetProblems (text: string, body: { paragraphs: Array<{ start: number, end: number, matches: Span[], attributions: Array<{ cue: Span, source: Span }> }> }): string[] {
  const problems: string[] = []
  for (const paragraph of body.paragraphs) {
    if (!/\S/.test(text.slice(paragraph.start, paragraph.end))) problems.push(`empty paragraph ${paragraph.start}-${paragraph.end}`)
    for (const span of [...paragraph.matches, ...paragraph.attributions.flatMap((a) => [a.cue, a.source])]) {
      if (text.slice(span.start, span.end) !== span.text) problems.push(`span ${span.start}-${span.end}`)
    }
  }
  return problems
}

const TIME_BOUND_MS = 1000

/**
 * The answer and how long it took. A quadratic path takes seconds every time; a garbage
 * collection or the other core's test file can push one sound answer past a second on this
 * 2-core machine under coverage (1,032 ms once for the wide HTML case, 420–760 ms otherwise), so
 * an answer slower than the bound is asked for once more and the faster time counts.
 */
async function timed (app: App, request: InjectOptions) {
  let started = performance.now()
  let response = await app.inject(request)
  let ms = performance.now() - started
  if (ms >= TIME_BOUND_MS) {
    started = performance.now()
    response = await app.inject(request)
    ms = Math.min(ms, performance.now() - started)
  }
  return { response, ms }
}

const plain = (payload: string | Buffer) => ({ method: 'POST' as const, url: '/analyze', headers: { 'content-type': 'text/plain; charset=utf-8' }, payload })

t.test('texts that are valid but nasty get a 200 within a second', async (t) => {
  const app = await buildTestApp(t)
  const cases: Array<[string, string, number]> = [
    ['a 200,000-character word', `Start ${'x'.repeat(200_000)} end.`, 1],
    ['1 MB without a space or newline', 'y'.repeat(1_000_000), 1],
    ['10,000 one-word paragraphs', Array.from({ length: 10_000 }, (_, i) => `word${i}`).join('\n\n'), 10_000],
    ['repeated quotes', '"'.repeat(50_000), 1],
    ['spaced repeated quotes', '" “ ” '.repeat(20_000), 1],
    ['only punctuation', '?!.,;:—…'.repeat(5_000), 1],
    ['spaced punctuation', '? ! . , ; : — … '.repeat(10_000), 1],
    ['spaced emoji', '👍🏽 🇺🇦 👨‍👩‍👧 '.repeat(10_000), 1],
    ['only emoji', '👍🏽🇺🇦👨‍👩‍👧'.repeat(5_000), 1],
    ['NUL bytes and lone surrogates', 'a\u0000b \ud800 c\udc00 d.\n\ne\u0000.', 2],
    // Rules that compared every match with every other made this quadratic (2.4 s at 150 KB).
    ['one 150 KB paragraph dense with quotes, sources and cues', '“Protecting Donbass,” Putin said the talks failed, according to the Kremlin. '.repeat(2_000), 1],
    // The adversary checks once scanned every match of the paragraph per mention (6.5 s at 600 KB,
    // so about 1.4 s at this size). 230 KB rather than 300 KB: under tap's coverage instrumentation
    // the 300 KB case took 0.95 s of its second on a quiet machine (0.4 s in process, uninstrumented).
    // A narrator's *so-called* once looked through its whole sentence for a state term per cue (29 s at 250 KB).
    ['one 250 KB sentence of *so-called* beside state terms', 'The so-called Kiev regime and the so-called West are pumping weapons into Ukraine, '.repeat(3_000), 1],
    ['one 230 KB paragraph dense with adversaries and hostile words', 'NATO said NATO is planning a provocation against Kyiv, Washington and NATO. '.repeat(3_000), 1],
    // One run-on sentence: the attribution rules once scanned the sentence's matches per cue (216 KB: 12.8 s).
    ['one 200 KB sentence of sources and cues without a full stop', 'polls show officials said, '.repeat(8_000), 1],
    // Source phrases were found by walking back without a bound, once per cue (280 KB: 9.7 s), and
    // some cue checks scanned the sentence from its start for a closing quote (336 KB: 0.95 s in process).
    ['one 280 KB run of names and reporting nouns', 'Putin reports '.repeat(20_000), 1],
    ['one 336 KB sentence of perception verbs', 'Officials saw the tweet and '.repeat(12_000), 1],
    // Paragraph trimming used `/\s+$/`, which tries every start position: 80,000 spaces took 5 s.
    ['two words 900,000 spaces apart', `Start${' '.repeat(900_000)}end.`, 1],
    ['two words 450,000 no-break spaces apart', `Start${' \u00a0'.repeat(225_000)}end.`, 1],
    // The offset walk read the original text where wink had read U+2028 as a line break: each break
    // was searched for up to the next real newline, and every token before it was dropped.
    ['one paragraph of 100,000 lines ending in U+2028', 'Title.\n\n' + 'word\u2028'.repeat(100_000) + '\nend.', 3],
    ['50 KB of words joined by zero-width spaces', 'Putin\u200bsaid\u200bthe\u200btalks\u200bfailed.\u200b'.repeat(1_600), 1],
    // Found by a hunt for super-linear rules; in process before the fix, each took seconds:
    // every cue asked whether its sentence is a title-case headline (100 KB: 2.8 s);
    ['one 100 KB title-case sentence of cues', 'Putin Says Kremlin '.repeat(5_000) + 'said the end.', 1],
    // every pronoun walked back over all earlier attributions for its named source (200 KB: 8.2 s);
    ['one 200 KB paragraph of pronoun speakers', 'Officials said it. ' + 'They said it. '.repeat(14_000), 1],
    // every cue re-trimmed the sentence's opening and closing runs (400 KB: 2.9 s and 1.2 s);
    ['one 400 KB sentence opening with thousands of *that*', 'that '.repeat(40_000) + 'the talks failed according to officials, '.repeat(4_800) + '.', 1],
    ['one 400 KB sentence of cues closing with thousands of commas', 'officials said that Putin lied and '.repeat(5_700) + ', '.repeat(100_000) + '.', 1],
    // a participle's subject was looked for across a whole run of auxiliaries, per verb (400 KB: 2.3 s).
    ['a 400 KB run of auxiliaries before participle cues', 'is '.repeat(133_000) + ', saying'.repeat(30) + '.', 1],
    // every state term scanned back to the hedge or claim noun before it for a clause edge (240 KB: 2.0 s).
    ['one 240 KB sentence of state terms after *we are told*', 'We are told ' + 'Russia is protecting Donbass, '.repeat(8_000) + 'end.', 1],
    ['one 240 KB sentence of state terms after *the claim that*', 'The claim that ' + 'Russia is protecting Donbass, '.repeat(8_000) + 'end.', 1],
    // Found by a second hunt (fifteenth session); in process before the fix: 12.6 s, 9.3 s, 2.3 s, 2.8 s, 1.7 s, about 3.5 s.
    // each spread participle copied the sentence from its start;
    ['one 250 KB sentence of spread things that claim', 'a video shared on X claims it, '.repeat(8_000) + 'end.', 1],
    // each narrator's denial walked to its clause's start or end, and its terms read every denied clause;
    ['one 220 KB sentence of *is absurd* after a state term', 'Russia is protecting Donbass, ' + 'it is absurd, '.repeat(16_000) + 'end.', 1],
    ['one 200 KB sentence of *not true that*', 'Russia is protecting Donbass, ' + 'not true that it rained, '.repeat(8_000) + 'end.', 1],
    ['one 340 KB sentence of state terms each called a myth', Array.from({ length: 8_000 }, () => 'the special military operation is a myth').join(', ') + '.', 1],
    ['one 260 KB sentence of *far from*', Array.from({ length: 8_000 }, () => 'far from protecting Donbass').join(' and ') + '.', 1],
    // each *we* looked for a quotation holding it among all of the paragraph's attributions.
    ['one 240 KB paragraph of *We said it.*', 'We said it. '.repeat(20_000), 1],
    // Sixteenth session: each narrator's frame looked through every later sentence's matches for the narrator's answer (140 KB: 31 s).
    ['one 200 KB paragraph of frames announcing a narrative', 'The official story goes like this. Russia is protecting Donbass. '.repeat(3_000), 1]
  ]
  for (const [name, text, paragraphs] of cases) {
    const { response, ms } = await timed(app, plain(text))
    t.equal(response.statusCode, 200, `${name}: 200`)
    t.ok(ms < TIME_BOUND_MS, `${name}: answered in ${Math.round(ms)} ms`)
    const body = response.json()
    t.equal(body.document.paragraphs, paragraphs, `${name}: ${paragraphs} paragraph(s)`)
    t.same(offsetProblems(text, body), [], `${name}: offsets valid`)
    if (name.includes('U+2028')) t.equal(body.document.tokens, 100_004, `${name}: every word read`)
  }
})

t.test('words joined by zero-width spaces are read, not skipped as one long run', async (t) => {
  // Joined by U+200B, a whole article was one "word" past the long-run guard: analysed as nothing.
  const app = await buildTestApp(t)
  const text = 'Putin\u200bsaid\u200bthe\u200btalks\u200bfailed.\u200b'.repeat(1_600)
  const body = (await timed(app, plain(text))).response.json()
  t.equal(body.document.tokens, 9_600)
  t.equal(body.paragraphs[0].attributions.length, 1_600)
  t.notOk('unread' in body.document)
})

t.test('HTML with a long run of spaces inside a <pre> block gets a 200 within a second', async (t) => {
  // `<pre>` keeps its spaces, and the block text was trimmed with `/^\s+|\s+$/g`, which is quadratic
  // on an interior run (80,000 spaces: 5.3 s).
  const app = await buildTestApp(t)
  const html = `<pre>Start${' '.repeat(900_000)}end.</pre>`
  const { response, ms } = await timed(app, { method: 'POST', url: '/analyze', headers: { 'content-type': 'text/html; charset=utf-8' }, payload: html })
  t.equal(response.statusCode, 200)
  t.ok(ms < TIME_BOUND_MS, `answered in ${Math.round(ms)} ms`)
  t.equal(response.json().document.paragraphs, 1)
})

t.test('deeply nested HTML: walked without recursion up to the nesting limit, a 422 problem beyond it', async (t) => {
  const app = await buildTestApp(t)
  const html = (body: string) => ({ method: 'POST' as const, url: '/analyze', headers: { 'content-type': 'text/html; charset=utf-8' }, payload: body })
  // The recursive walk overflowed the stack at 5,000 nested tags (a 500); the parser is quadratic in depth.
  const nested = await timed(app, html('<div>'.repeat(9_000) + 'Putin said the talks failed.'))
  t.equal(nested.response.statusCode, 200, '9,000 nested blocks: 200')
  t.ok(nested.ms < TIME_BOUND_MS, `answered in ${Math.round(nested.ms)} ms`)
  t.equal(nested.response.json().paragraphs[0].attributions[0].cue.text, 'said')
  // Every text node once checked all open blocks for a <pre> (4,000 open blocks × 100,000 text nodes: 3.9 s).
  const wide = await timed(app, html('<div>'.repeat(4_000) + '<b>x</b> '.repeat(100_000)))
  t.equal(wide.response.statusCode, 200, '100,000 text nodes under 4,000 open blocks: 200')
  t.ok(wide.ms < TIME_BOUND_MS, `answered in ${Math.round(wide.ms)} ms`)
  const tooDeep = await timed(app, html('<b>'.repeat(300_000) + 'x'))
  t.equal(tooDeep.response.statusCode, 422, '300,000 nested tags: 422')
  t.ok(tooDeep.ms < TIME_BOUND_MS, `answered in ${Math.round(tooDeep.ms)} ms`)
  t.match(tooDeep.response.json(), { code: 'SLANT_ERR_HTML_TOO_DEEP', title: 'HTML nested too deeply' })
  t.match(tooDeep.response.headers['content-type'], /^application\/problem\+json/)
})

t.test('invalid UTF-8 in a text/plain body is decoded with replacement characters, not a crash', async (t) => {
  const app = await buildTestApp(t)
  const response = await app.inject(plain(Buffer.from([0x48, 0x69, 0x20, 0xff, 0xfe, 0xc3, 0x28, 0x2e])))
  t.equal(response.statusCode, 200)
  t.equal(response.json().document.characters, 8, 'H i space, three U+FFFD, ( and .')
})

t.test('inputs that are bad get a 4xx problem within a second', async (t) => {
  const app = await buildTestApp(t)
  const nested = '{"text":"x","options":' + '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000) + '}'
  const hugeOptions = JSON.stringify({ text: 'x', options: Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i])) })
  const cases: Array<[string, InjectOptions, number]> = [
    ['1 MB of blank lines', plain('\n'.repeat(1_000_000)), 400],
    // Half a million one-letter paragraphs made a 150 MB result and 2 GB of RSS.
    ['500,000 one-letter lines', plain('a\n'.repeat(500_000)), 413],
    ['a UTF-16 body', { method: 'POST', url: '/analyze', headers: { 'content-type': 'text/plain; charset=utf-16le' }, payload: Buffer.from('The minister said it.', 'utf16le') }, 415],
    ['deeply nested options', { method: 'POST', url: '/analyze', headers: { 'content-type': 'application/json' }, payload: nested }, 400],
    ['huge options', { method: 'POST', url: '/analyze', headers: { 'content-type': 'application/json' }, payload: hugeOptions }, 400],
    ['a JSON array body', { method: 'POST', url: '/analyze', payload: [1, 2] }, 400],
    ['a JSON string body', { method: 'POST', url: '/analyze', headers: { 'content-type': 'application/json' }, payload: '"just a string"' }, 400],
    ['gzip content encoding', { ...plain('x'), headers: { 'content-type': 'text/plain', 'content-encoding': 'gzip' } }, 415]
  ]
  for (const [name, request, status] of cases) {
    const { response, ms } = await timed(app, request)
    t.equal(response.statusCode, status, `${name}: ${status}`)
    t.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8')
    t.ok(ms < TIME_BOUND_MS, `${name}: answered in ${Math.round(ms)} ms`)
  }
})

t.test('a 50 MB body is refused with 413 before it is read', async (t) => {
  const app = await buildTestApp(t)
  await app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = app.server.address() as { port: number }
  const socket = connect(port, '127.0.0.1')
  t.teardown(() => socket.destroy())
  const started = performance.now()
  const head = await new Promise<string>((resolve, reject) => {
    let received = ''
    socket.on('data', (chunk) => { received += chunk; if (received.includes('\r\n\r\n')) resolve(received) })
    socket.on('error', reject)
    socket.write(`POST /analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: ${50 * 1024 * 1024}\r\n\r\n`)
    socket.write('a'.repeat(64 * 1024))
  })
  t.match(head, /^HTTP\/1\.1 413 /)
  t.match(head, /content-type: application\/problem\+json/i)
  t.ok(performance.now() - started < 1000, 'refused at once, without the remaining ~50 MB')
})

t.test('a slowloris client that never finishes its headers is cut off by the request timeout', async (t) => {
  const app = await buildTestApp(t, { REQUEST_TIMEOUT_MS: '1000' })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = app.server.address() as { port: number }
  const socket = connect(port, '127.0.0.1')
  socket.on('error', () => {})
  t.teardown(() => socket.destroy())
  const started = performance.now()
  socket.write('POST /analyze HTTP/1.1\r\nHost: x\r\n')
  const drip = setInterval(() => socket.write('X-Slow: 1\r\n'), 200)
  t.teardown(() => clearInterval(drip))
  await new Promise((resolve) => socket.on('close', resolve))
  const elapsed = performance.now() - started
  t.ok(elapsed >= 900 && elapsed < 5000, `the connection was closed after ${Math.round(elapsed)} ms`)
})

t.test('random unicode and structure never produce a 5xx and keep offsets valid', async (t) => {
  const app = await buildTestApp(t)
  const text = fc.array(fc.oneof(
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.constantFrom('\n\n', '\r\n', '“', '”', '"', 'said', 'according to', 'the Kremlin', 'special military operation', '\u0000', '\ud800')
  ), { maxLength: 40 }).map((parts) => parts.join(''))
  const body = fc.oneof(
    text.map((value) => ({ json: true, payload: { text: value } as unknown })),
    fc.anything().map((value) => ({ json: true, payload: { text: value } as unknown })),
    text.map((value) => ({ json: false, payload: value as unknown }))
  )
  let checked = 0
  await fc.assert(fc.asyncProperty(body, async ({ json, payload }) => {
    const response = await app.inject(json
      ? { method: 'POST', url: '/analyze', payload: payload as object }
      : plain(payload as string))
    if (response.statusCode >= 500) return false
    if (response.statusCode !== 200) return response.headers['content-type'] === 'application/problem+json; charset=utf-8'
    // A text/plain body travels as UTF-8, where a lone surrogate becomes U+FFFD; JSON escapes it exactly.
    const sent = json ? (payload as { text: string }).text : (payload as string).toWellFormed()
    const result = response.json()
    checked++
    return result.paragraphs.every((paragraph: { matches: Span[] }) => paragraph.matches.every((span) => sent.slice(span.start, span.end) === span.text))
  }), { numRuns: 300 })
  t.ok(checked > 50, `${checked} analyses checked`)
})
