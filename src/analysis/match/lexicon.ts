/**
 * Compiles validated lexicons into one index and finds every entry match in a paragraph's
 * tokens. Matches never cross a sentence boundary; per entry and start token the longest
 * match wins, but different entries (and dimensions) may overlap.
 */
import type { LexiconFile, LexiconEntry } from '../../schemas/lexicon-file.js'
import { addWord, hasWord, splitWord, wordBit, WORD_SET_INTS, type Token, type Sentence } from '../nlp/wink.js'
import { compilePattern, longestMatchEnd, mayMatchIn, PatternError, QUOTE_START, requiredWords, skipQuotes, startKeys, type CompiledPattern, type WordSplitter } from './pattern.js'

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
  /** The words a sentence must hold for the pattern to be tried in it (see requiredWords). */
  requiredWords: Int32Array
  /** Position in compile order: matches at one start token are reported in this order. */
  order: number
  /** The entry's position among all entries (one per entry, shared by its patterns): indexes CompiledLexicons.entryReach. */
  entryIndex: number
}

/**
 * The patterns that can start on one word — or, merged, on a token with a given normal form and
 * lemma — split by what the token after the start must be (see startKeys): most patterns are
 * looked up by the next token's words instead of being checked one by one (*the* opens 99).
 */
interface StartIndex {
  /** Patterns tried at every such token. */
  always: CompiledEntry[]
  /**
   * Their requiredWords one after the other, each after its length: checked from one array, so a
   * pattern the sentence cannot hold is skipped without reading its record (a cache miss apiece).
   */
  alwaysRequired: Int32Array
  /** Patterns tried only when the next token's normal form or lemma is the key. */
  byNext: Map<string, CompiledEntry[]>
  /**
   * The keys of `byNext` as a word set (wordBit): most tokens' next word is in no list, and this
   * says so without two string-keyed look-ups (74,532 a pass over the bench articles, 9,287 found).
   */
  nextWords: Int32Array
  /**
   * Every pattern here, in the order in which matches at one start are reported and ties broken:
   * compile order for one word; for a merged index, the normal form's patterns before the lemma's
   * (the order in which they have always been tried — the attribution rules take the first of two
   * cues on one span).
   */
  patterns: CompiledEntry[]
  /** Position in `patterns`, for a merged index, built when first needed (compile order otherwise). */
  rank: Map<CompiledEntry, number> | undefined
  merged: boolean
}

export interface RawMatch {
  compiled: CompiledEntry
  /** Token index range [first, last) in the paragraph's token array. */
  first: number
  last: number
}

export interface CompiledLexicons {
  lexicons: LexiconFile[]
  byFirstToken: Map<string, StartIndex>
  /** Patterns that may start on any token (`*` or `@POS` first). */
  anyStart: CompiledEntry[]
  /** Merged indexes for tokens whose normal form and lemma differ (normal → lemma → index), built on first use. */
  mergedCandidates: Map<string, Map<string, StartIndex>>
  /**
   * dropContainedDuplicates' scratch, by entryIndex: 1 + the furthest token an entry's kept match
   * reaches, 0 for none; back to all 0 after each call. (A Map per paragraph, keyed by entry, cost
   * a sixth of the matcher's own time: 3,500 paragraphs a pass, most with a handful of matches.)
   */
  entryReach: Int32Array
}

const MERGED_CANDIDATES_LIMIT = 50_000

export function compileLexicons (lexicons: LexiconFile[], split: WordSplitter = splitWord): CompiledLexicons {
  const byFirstToken = new Map<string, StartIndex>()
  const anyStart: CompiledEntry[] = []
  let order = 0
  const entryIndexes = new Map<LexiconEntry, number>()
  for (const lexicon of lexicons) {
    for (const entry of lexicon.entries) {
      let entryIndex = entryIndexes.get(entry)
      if (entryIndex === undefined) {
        entryIndex = entryIndexes.size
        entryIndexes.set(entry, entryIndex)
      }
      for (const source of entry.patterns) {
        let pattern: CompiledPattern
        try {
          pattern = compilePattern(source, split)
        } catch (err) {
          if (err instanceof PatternError) throw new LexiconCompileError(lexicon.id, entry.id, `pattern "${source}": ${err.message}`)
          throw err
        }
        const compiled: CompiledEntry = { lexicon, entry, role: entry.role ?? 'term', pattern, requiredWords: requiredWords(pattern), order: order++, entryIndex }
        const nextByKey = startKeys(pattern)
        if (nextByKey === undefined) { anyStart.push(compiled); continue }
        for (const [key, next] of nextByKey) {
          let index = byFirstToken.get(key)
          if (index === undefined) {
            index = { always: [], alwaysRequired: NO_REQUIREMENTS, byNext: new Map(), nextWords: new Int32Array(WORD_SET_INTS), patterns: [], rank: undefined, merged: false }
            byFirstToken.set(key, index)
          }
          addToIndex(index, compiled, next)
          index.patterns.push(compiled)
        }
      }
    }
  }
  for (const index of byFirstToken.values()) index.alwaysRequired = flatRequirements(index.always)
  return { lexicons, byFirstToken, anyStart, mergedCandidates: new Map(), entryReach: new Int32Array(entryIndexes.size) }
}

const NO_REQUIREMENTS = new Int32Array(0)

function flatRequirements (entries: CompiledEntry[]): Int32Array {
  return Int32Array.from(entries.flatMap((compiled) => [compiled.requiredWords.length, ...compiled.requiredWords]))
}

function addToIndex (index: StartIndex, compiled: CompiledEntry, next: Iterable<string> | undefined): void {
  if (next === undefined) {
    if (!index.always.includes(compiled)) index.always.push(compiled)
    return
  }
  for (const word of next) {
    addWord(index.nextWords, wordBit(word))
    const list = index.byNext.get(word)
    if (list === undefined) index.byNext.set(word, [compiled])
    else if (!list.includes(compiled)) list.push(compiled)
  }
}

/** The index for a token whose normal form and lemma differ, merged once per pair of keys. */
function startIndexFor (compiled: CompiledLexicons, normal: string, lemma: string): StartIndex | undefined {
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
    merged = mergeIndexes(byNormal, byLemma)
    byLemmaOfNormal.set(lemma, merged)
  }
  return merged
}

/** A pattern found under both keys is tried once: always if either key tries it always. */
function mergeIndexes (first: StartIndex, second: StartIndex): StartIndex {
  const inFirst = new Set(first.patterns)
  const merged: StartIndex = { always: [], alwaysRequired: NO_REQUIREMENTS, byNext: new Map(), nextWords: new Int32Array(WORD_SET_INTS), patterns: [...first.patterns, ...second.patterns.filter((compiled) => !inFirst.has(compiled))], rank: undefined, merged: true }
  for (const index of [first, second]) for (const compiled of index.always) addToIndex(merged, compiled, undefined)
  const always = new Set(merged.always)
  for (const index of [first, second]) {
    for (const [word, list] of index.byNext) {
      for (const compiled of list) if (!always.has(compiled)) addToIndex(merged, compiled, [word])
    }
  }
  merged.alwaysRequired = flatRequirements(merged.always)
  return merged
}

function rankIn (index: StartIndex | undefined, compiled: CompiledEntry): number {
  if (index === undefined || !index.merged) return compiled.order
  index.rank ??= new Map(index.patterns.map((pattern, position) => [pattern, position]))
  return index.rank.get(compiled) ?? compiled.order
}

export function findMatches (compiled: CompiledLexicons, tokens: Token[], sentences: Sentence[]): RawMatch[] {
  const matches: RawMatch[] = []
  let index: StartIndex | undefined
  let words: Int32Array = new Int32Array(0)
  const rankOf = (entry: CompiledEntry): number => rankIn(index, entry)
  const tryAt = (candidate: CompiledEntry, i: number, limit: number, firstOfToken: number): void => {
    const last = longestMatchEnd(candidate.pattern, tokens, i, limit)
    if (last <= i) return
    // Per entry and start token the longest match wins (an entry may have several patterns), and
    // of equally long ones the first pattern, whichever list found it first.
    for (let k = firstOfToken; k < matches.length; k++) {
      const known = matches[k]
      if (known.compiled.entry !== candidate.entry) continue
      if (known.last < last || (known.last === last && rankOf(candidate) < rankOf(known.compiled))) matches[k] = { compiled: candidate, first: i, last }
      return
    }
    matches.push({ compiled: candidate, first: i, last })
  }
  for (const sentence of sentences) {
    const limit = sentence.lastToken
    words = sentence.words
    for (let i = sentence.firstToken; i < limit; i++) {
      const token = tokens[i]
      const key = token.key
      if (key.memoOwner !== compiled) {
        // (A quotation mark is a word to no pattern: patterns that open with one are under QUOTE_START.)
        key.startMemo = token.isQuote ? compiled.byFirstToken.get(QUOTE_START) : startIndexFor(compiled, token.normal, token.lemma)
        key.memoOwner = compiled
      }
      index = key.startMemo as StartIndex | undefined
      if (index === undefined && compiled.anyStart.length === 0) continue
      const firstOfToken = matches.length
      for (const candidate of compiled.anyStart) if (mayMatchIn(candidate.requiredWords, words)) tryAt(candidate, i, limit, firstOfToken)
      if (index !== undefined) {
        const always = index.always
        if (always.length > 0) {
          const required = index.alwaysRequired
          for (let k = 0, at = 0; k < always.length; k++) {
            const end = at + 1 + required[at]
            if (mayMatchIn(required, words, at + 1, end)) tryAt(always[k], i, limit, firstOfToken)
            at = end
          }
        }
        // The next word, past any quotation marks (the matcher reads through scare quotes).
        const nextIndex = skipQuotes(tokens, i + 1, limit)
        const next = nextIndex < limit ? tokens[nextIndex] : undefined
        if (next !== undefined && (hasWord(index.nextWords, next.key.normalBit) || hasWord(index.nextWords, next.key.lemmaBit))) {
          const byNormal = index.byNext.get(next.normal)
          if (byNormal !== undefined) for (const candidate of byNormal) if (mayMatchIn(candidate.requiredWords, words)) tryAt(candidate, i, limit, firstOfToken)
          const byLemma = next.lemma === next.normal ? undefined : index.byNext.get(next.lemma)
          if (byLemma !== undefined) {
            for (const candidate of byLemma) if ((byNormal === undefined || !byNormal.includes(candidate)) && mayMatchIn(candidate.requiredWords, words)) tryAt(candidate, i, limit, firstOfToken)
          }
        }
      }
      // Reported in rank order whichever list found them.
      // (An insertion sort in place: a handful of matches, usually already in order.)
      for (let k = firstOfToken + 1; k < matches.length; k++) {
        const match = matches[k]
        const rank = rankOf(match.compiled)
        let j = k - 1
        while (j >= firstOfToken && rankOf(matches[j].compiled) > rank) {
          matches[j + 1] = matches[j]
          j--
        }
        matches[j + 1] = match
      }
    }
  }
  return dropContainedDuplicates(matches, compiled.entryReach)
}

/**
 * An entry matching at several starts inside one longer match of itself keeps only the longest.
 * Matches arrive in order of their first token, and one entry has at most one match per start,
 * so a match is contained exactly when an earlier match of its entry reaches at least as far.
 */
function dropContainedDuplicates (matches: RawMatch[], entryReach: Int32Array): RawMatch[] {
  const kept: RawMatch[] = []
  for (const match of matches) {
    const entry = match.compiled.entryIndex
    // (An entry seen before reaches entryReach - 1; one not seen has 0, below every match's last + 1.)
    if (entryReach[entry] > match.last) continue
    entryReach[entry] = match.last + 1
    kept.push(match)
  }
  // Every entry touched has a kept match.
  for (const match of kept) entryReach[match.compiled.entryIndex] = 0
  return kept
}
