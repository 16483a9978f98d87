/**
 * Compiles validated lexicons into one index and finds every entry match in a paragraph's
 * tokens. Matches never cross a sentence boundary; per entry and start token the longest
 * match wins, but different entries (and dimensions) may overlap.
 */
import type { LexiconFile, LexiconEntry } from '../../schemas/lexicon-file.js'
import { splitWord, type Token, type Sentence } from '../nlp/wink.js'
import { compilePattern, couldStart, firstTokenKeys, longestMatchEnd, PatternError, startCheck, type CompiledPattern, type StartCheck, type WordSplitter } from './pattern.js'

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
  /** See startCheck: a cheap pre-check before the full match. */
  start: StartCheck | undefined
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
  /** Merged candidate lists for tokens whose normal form and lemma differ (normal → lemma → list), built on first use. */
  mergedCandidates: Map<string, Map<string, CompiledEntry[]>>
}

const MERGED_CANDIDATES_LIMIT = 50_000

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
        const compiled: CompiledEntry = { lexicon, entry, role: entry.role ?? 'term', pattern, start: startCheck(pattern) }
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
  return { lexicons, byFirstToken, anyStart, mergedCandidates: new Map() }
}

/** Candidates for a token whose normal form and lemma differ, merged once per pair of keys. */
function candidatesFor (compiled: CompiledLexicons, normal: string, lemma: string): CompiledEntry[] | undefined {
  const byNormal = compiled.byFirstToken.get(normal)
  if (lemma === normal) return byNormal
  const byLemma = compiled.byFirstToken.get(lemma)
  if (byLemma === undefined) return byNormal
  if (byNormal === undefined) return byLemma
  // Nested maps: no key string is built per token.
  let byLemmaOfNormal = compiled.mergedCandidates.get(normal)
  if (byLemmaOfNormal === undefined) {
    if (compiled.mergedCandidates.size >= MERGED_CANDIDATES_LIMIT) compiled.mergedCandidates.clear()
    byLemmaOfNormal = new Map()
    compiled.mergedCandidates.set(normal, byLemmaOfNormal)
  }
  let merged = byLemmaOfNormal.get(lemma)
  if (merged === undefined) {
    // A pattern indexed under both keys must be tried once.
    merged = [...new Set([...byNormal, ...byLemma])]
    byLemmaOfNormal.set(lemma, merged)
  }
  return merged
}

export function findMatches (compiled: CompiledLexicons, tokens: Token[], sentences: Sentence[]): RawMatch[] {
  const matches: RawMatch[] = []
  for (const sentence of sentences) {
    for (let i = sentence.firstToken; i < sentence.lastToken; i++) {
      const token = tokens[i]
      const indexed = candidatesFor(compiled, token.normal, token.lemma)
      if (indexed === undefined && compiled.anyStart.length === 0) continue
      const candidates = compiled.anyStart.length === 0 ? indexed! : [...compiled.anyStart, ...(indexed ?? [])]
      const firstOfToken = matches.length
      const next = i + 1 < sentence.lastToken ? tokens[i + 1] : undefined
      for (const candidate of candidates) {
        if (candidate.start !== undefined && !couldStart(candidate.start, token, next)) continue
        const last = longestMatchEnd(candidate.pattern, tokens, i, sentence.lastToken)
        if (last <= i) continue
        // Per entry and start token the longest match wins (an entry may have several patterns).
        let replaced = false
        for (let k = firstOfToken; k < matches.length; k++) {
          if (matches[k].compiled.entry !== candidate.entry) continue
          if (matches[k].last < last) matches[k] = { compiled: candidate, first: i, last }
          replaced = true
          break
        }
        if (!replaced) matches.push({ compiled: candidate, first: i, last })
      }
    }
  }
  return dropContainedDuplicates(matches)
}

/**
 * An entry matching at several starts inside one longer match of itself keeps only the longest.
 * Matches arrive in order of their first token, and one entry has at most one match per start,
 * so a match is contained exactly when an earlier match of its entry reaches at least as far.
 */
function dropContainedDuplicates (matches: RawMatch[]): RawMatch[] {
  const reach = new Map<unknown, number>()
  const kept: RawMatch[] = []
  for (const match of matches) {
    const furthest = reach.get(match.compiled.entry)
    if (furthest !== undefined && furthest >= match.last) continue
    reach.set(match.compiled.entry, match.last)
    kept.push(match)
  }
  return kept
}
