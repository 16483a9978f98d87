/**
 * Compiles validated lexicons into one index and finds every entry match in a paragraph's
 * tokens. Matches never cross a sentence boundary; per entry and start token the longest
 * match wins, but different entries (and dimensions) may overlap.
 */
import type { LexiconFile, LexiconEntry } from '../../schemas/lexicon-file.js'
import { splitWord, type Token, type Sentence } from '../nlp/wink.js'
import { compilePattern, firstTokenKeys, matchEnds, PatternError, type CompiledPattern, type WordSplitter } from './pattern.js'

export class LexiconCompileError extends Error {
  constructor (readonly lexicon: string, readonly entry: string, message: string) {
    super(message)
  }
}

export interface CompiledEntry {
  lexicon: LexiconFile
  entry: LexiconEntry
  role: NonNullable<LexiconEntry['role']>
  pattern: CompiledPattern
}

export interface RawMatch {
  compiled: CompiledEntry
  /** Token index range [first, last) in the paragraph's token array. */
  first: number
  last: number
}

export interface CompiledLexicons {
  lexicons: LexiconFile[]
  byFirstToken: Map<string, CompiledEntry[]>
  anyStart: CompiledEntry[]
}

export function compileLexicons (lexicons: LexiconFile[], split: WordSplitter = splitWord): CompiledLexicons {
  const byFirstToken = new Map<string, CompiledEntry[]>()
  const anyStart: CompiledEntry[] = []
  for (const lexicon of lexicons) {
    for (const entry of lexicon.entries) {
      for (const source of entry.patterns) {
        let pattern: CompiledPattern
        try {
          pattern = compilePattern(source, split)
        } catch (err) {
          if (err instanceof PatternError) throw new LexiconCompileError(lexicon.id, entry.id, `pattern "${source}": ${err.message}`)
          throw err
        }
        const compiled: CompiledEntry = { lexicon, entry, role: entry.role ?? 'term', pattern }
        const keys = firstTokenKeys(pattern)
        if (keys === undefined) { anyStart.push(compiled); continue }
        for (const key of new Set(keys)) {
          const list = byFirstToken.get(key)
          if (list === undefined) byFirstToken.set(key, [compiled])
          else list.push(compiled)
        }
      }
    }
  }
  return { lexicons, byFirstToken, anyStart }
}

export function findMatches (compiled: CompiledLexicons, tokens: Token[], sentences: Sentence[]): RawMatch[] {
  const matches: RawMatch[] = []
  for (const sentence of sentences) {
    for (let i = sentence.firstToken; i < sentence.lastToken; i++) {
      const token = tokens[i]
      const byNormal = compiled.byFirstToken.get(token.normal)
      const byLemma = token.lemma === token.normal ? undefined : compiled.byFirstToken.get(token.lemma)
      if (byNormal === undefined && byLemma === undefined && compiled.anyStart.length === 0) continue
      // A pattern indexed under both the normal form and the lemma must be tried once.
      const candidates = byLemma === undefined
        ? [...compiled.anyStart, ...(byNormal ?? [])]
        : [...new Set([...compiled.anyStart, ...(byNormal ?? []), ...byLemma])]
      const longestByEntry = new Map<LexiconEntry, RawMatch>()
      for (const candidate of candidates) {
        const ends = matchEnds(candidate.pattern, tokens, i, sentence.lastToken)
        if (ends.length === 0) continue
        const last = Math.max(...ends)
        if (last === i) continue
        const previous = longestByEntry.get(candidate.entry)
        if (previous === undefined || previous.last < last) longestByEntry.set(candidate.entry, { compiled: candidate, first: i, last })
      }
      matches.push(...longestByEntry.values())
    }
  }
  return dropContainedDuplicates(matches)
}

/** An entry matching at several starts inside one longer match of itself keeps only the longest. */
function dropContainedDuplicates (matches: RawMatch[]): RawMatch[] {
  return matches.filter((match) => !matches.some((other) => other !== match &&
    other.compiled.entry === match.compiled.entry &&
    other.first <= match.first && other.last >= match.last &&
    (other.last - other.first) > (match.last - match.first)))
}
