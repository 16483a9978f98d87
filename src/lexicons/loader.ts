/**
 * Reads and validates lexicon YAML files. Any problem throws a LexiconError naming the file
 * and, where it can, the entry, so a broken lexicon stops start-up with a readable message.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { parse } from 'yaml'
import { Value } from 'typebox/value'
import { LexiconFileSchema, type LexiconFile } from '../schemas/lexicon-file.js'
import { compileLexicons, LexiconCompileError } from '../analysis/match/lexicon.js'

export interface LoadedLexicon extends LexiconFile {
  /** Path the lexicon was read from, for error messages and GET /lexicons. */
  file: string
}

export class LexiconError extends Error {
  constructor (readonly file: string, readonly entry: string | undefined, detail: string) {
    super(`lexicon ${file}${entry === undefined ? '' : ` entry "${entry}"`}: ${detail}`)
    this.name = 'LexiconError'
  }
}

async function yamlFiles (dir: string): Promise<string[]> {
  const found: string[] = []
  for (const dirent of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, dirent.name)
    if (dirent.isDirectory()) found.push(...await yamlFiles(path))
    else if (/\.ya?ml$/.test(dirent.name)) found.push(path)
  }
  return found.sort()
}

function entryAt (data: unknown, instancePath: string): string | undefined {
  const index = /^\/entries\/(\d+)/.exec(instancePath)?.[1]
  if (index === undefined) return undefined
  const entry = (data as { entries?: Array<{ id?: unknown }> }).entries?.[Number(index)]
  return typeof entry?.id === 'string' ? entry.id : `#${index}`
}

export function validateLexicon (file: string, data: unknown): LoadedLexicon {
  if (!Value.Check(LexiconFileSchema, data)) {
    const [first] = Value.Errors(LexiconFileSchema, data)
    const where = first.instancePath === '' ? '' : ` at ${first.instancePath}`
    throw new LexiconError(file, entryAt(data, first.instancePath), `${first.message}${where}`)
  }
  const lexicon = data as LexiconFile
  if (lexicon.dimension === 'stateFraming' && lexicon.actor === undefined) {
    throw new LexiconError(file, undefined, 'a stateFraming lexicon needs an actor')
  }
  const seen = new Set<string>()
  for (const entry of lexicon.entries) {
    if (seen.has(entry.id)) throw new LexiconError(file, entry.id, 'duplicate entry id')
    seen.add(entry.id)
    if (entry.role === 'source' && entry.sourceType === undefined) throw new LexiconError(file, entry.id, 'a source entry needs a sourceType')
  }
  return { ...lexicon, file }
}

/** Loads every *.yaml under the given directories, in order; a later directory may not reuse an id. */
export async function loadLexicons (dirs: string[]): Promise<LoadedLexicon[]> {
  const lexicons: LoadedLexicon[] = []
  const owners = new Map<string, string>()
  for (const dir of dirs) {
    for (const path of await yamlFiles(dir)) {
      const local = relative(process.cwd(), path)
      const file = local === '' || local.startsWith('..') ? path : local
      let data: unknown
      try {
        data = parse(await readFile(path, 'utf8'))
      } catch (err) {
        throw new LexiconError(file, undefined, `not valid YAML: ${(err as Error).message.split('\n')[0]}`)
      }
      const lexicon = validateLexicon(file, data)
      const owner = owners.get(lexicon.id)
      if (owner !== undefined) throw new LexiconError(file, undefined, `id "${lexicon.id}" is already used by ${owner}`)
      owners.set(lexicon.id, file)
      lexicons.push(lexicon)
    }
  }
  try {
    compileLexicons(lexicons)
  } catch (err) {
    if (err instanceof LexiconCompileError) {
      const lexicon = lexicons.find((candidate) => candidate.id === err.lexicon)
      throw new LexiconError(lexicon?.file ?? err.lexicon, err.entry, err.message)
    }
    throw err
  }
  return lexicons
}
