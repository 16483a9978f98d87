/**
 * The command line: `slant analyze [--format text|html] [--ndjson|--summary] [files…]`.
 * Reads files (or stdin when none or "-"), runs the same pure analysis as the service
 * in-process, prints JSON (one document), NDJSON (one line per file) or a terminal summary.
 * A progress bar goes to stderr when several files are read on a terminal.
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { extname } from 'node:path'
import cliProgress from 'cli-progress'
import { analyzeInput, createEngine, TooManyParagraphsError, type AnalysisResult, type InputFormat } from './analysis/index.js'
import { loadLexicons } from './lexicons/loader.js'
import { SHIPPED_LEXICON_DIR } from './paths.js'
import { ENGINE_VERSION } from './version.js'

const USAGE = `usage: slant analyze [options] [files…]

Analyses each file (or stdin when no file or "-" is given) and prints the result.

options:
  --format text|html   input format (default: html for .html/.htm files, else text)
  --ndjson             one JSON line per file (default when several files are given)
  --summary            a compact per-paragraph summary for a terminal
  --lexicons <dir>     also load the lexicons in <dir> (like LEXICON_DIR)
  -h, --help           this help`

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  readStdin: () => Promise<string>
  isTty: boolean
}

const defaultIo: CliIo = {
  stdout: (text) => { process.stdout.write(text) },
  stderr: (text) => { process.stderr.write(text) },
  readStdin: async () => {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks).toString('utf8')
  },
  isTty: process.stderr.isTTY === true
}

function strongestEvidence (text: string, paragraph: AnalysisResult['paragraphs'][number]): string {
  const [match] = [...paragraph.matches].filter((m) => !m.negated).sort((a, b) => b.weight - a.weight)
  const parts: string[] = []
  if (match !== undefined) parts.push(`${match.dimension === 'stateFraming' ? 'state' : 'critical'}: “${match.text}” (${match.entry}${match.voice === undefined ? '' : ', ' + match.voice})`)
  const [attribution] = paragraph.attributions
  if (attribution !== undefined) parts.push(`source: ${attribution.source.text} [${attribution.source.type}${attribution.source.actor === undefined ? '' : '/' + attribution.source.actor}] via “${attribution.cue.text}”`)
  if (parts.length === 0) parts.push(JSON.stringify(text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 60))) + (paragraph.end - paragraph.start > 60 ? '…' : ''))
  return parts.join('; ')
}

export function summarize (name: string, text: string, result: AnalysisResult): string {
  const flag = (on: boolean, letter: string) => (on ? letter : '·')
  const { document } = result
  const lines = [`${name}: ${document.paragraphs} paragraphs, ${document.sentences} sentences · attribution ${document.scores.attribution} · state ${document.scores.stateFraming} · critical ${document.scores.criticalFraming} · sentiment ${document.scores.sentiment}`]
  for (const paragraph of result.paragraphs) {
    const flags = flag(paragraph.flags.attribution, 'A') + flag(paragraph.flags.stateFraming, 'S') + flag(paragraph.flags.criticalFraming, 'C')
    lines.push(`  ¶${String(paragraph.index).padStart(3)} ${flags}  ${strongestEvidence(result.text ?? text, paragraph)}`)
  }
  return lines.join('\n') + '\n'
}

export async function main (argv: string[], io: CliIo = defaultIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        ndjson: { type: 'boolean', default: false },
        summary: { type: 'boolean', default: false },
        lexicons: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false }
      }
    })
  } catch (err) {
    io.stderr(`slant: ${(err as Error).message}\n${USAGE}\n`)
    return 2
  }
  const [command, ...files] = parsed.positionals
  if (parsed.values.help || command !== 'analyze') {
    io.stderr(USAGE + '\n')
    return parsed.values.help ? 0 : 2
  }
  const format = parsed.values.format
  if (format !== undefined && format !== 'text' && format !== 'html') {
    io.stderr(`slant: --format must be text or html, not ${format}\n`)
    return 2
  }
  let engine
  try {
    engine = createEngine(await loadLexicons(parsed.values.lexicons === undefined ? [SHIPPED_LEXICON_DIR] : [SHIPPED_LEXICON_DIR, parsed.values.lexicons]), ENGINE_VERSION)
  } catch (err) {
    io.stderr(`slant: ${(err as Error).message}\n`)
    return 2
  }
  const inputs = files.length === 0 ? ['-'] : files
  const ndjson = parsed.values.ndjson || (inputs.length > 1 && !parsed.values.summary)
  const bar = io.isTty && inputs.length > 1 ? new cliProgress.SingleBar({ stream: process.stderr, format: 'analysing {bar} {value}/{total} files' }, cliProgress.Presets.shades_classic) : undefined
  bar?.start(inputs.length, 0)
  let failures = 0
  for (const file of inputs) {
    let text: string
    try {
      text = file === '-' ? await io.readStdin() : await readFile(file, 'utf8')
    } catch (err) {
      io.stderr(`slant: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`)
      failures++
      bar?.increment()
      continue
    }
    const fileFormat: InputFormat = (format as InputFormat | undefined) ?? (/^\.html?$/i.test(extname(file)) ? 'html' : 'text')
    const name = file === '-' ? 'stdin' : file
    let result
    try {
      result = analyzeInput({ text, format: fileFormat }, engine)
    } catch (err) {
      if (!(err instanceof TooManyParagraphsError)) throw err
      io.stderr(`slant: ${name}: ${err.message}\n`)
      failures++
      bar?.increment()
      continue
    }
    if (parsed.values.summary) io.stdout(summarize(name, text, result))
    else if (ndjson) io.stdout(JSON.stringify({ file: name, ...result }) + '\n')
    else io.stdout(JSON.stringify(result, null, 2) + '\n')
    bar?.increment()
  }
  bar?.stop()
  return failures === 0 ? 0 : 1
}
