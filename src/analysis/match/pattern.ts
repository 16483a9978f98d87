/**
 * Compiles lexicon pattern strings (docs/lexicon-format.md) into slot sequences matched over
 * wink tokens. Words are compared case-insensitively on wink's `normal` form and lemma, so a
 * pattern written `protect` matches *protects, protecting, protected*.
 */
import { addWord, hasWord, wordBit, WORD_SET_INTS, type Token } from '../nlp/wink.js'

export type TokenTest =
  | { kind: 'word', normal: string, lemma: string, exact: boolean }
  | { kind: 'any' }
  | { kind: 'pos', pos: string }
  | { kind: 'quote' }
  | { kind: 'filler' }

export interface Slot {
  optional: boolean
  /** Alternatives; each is a token sequence (an alternative like `Russia's` is two tokens). */
  alternatives: TokenTest[][]
  /**
   * The one-word alternatives as sets, tested with two lookups instead of one comparison per
   * alternative (a slot may list fifty verb forms, and optional slots before it multiply the tries).
   */
  words: { normals: Set<string>, lemmas: Set<string> } | undefined
  /**
   * The word bits (wordBit) of every word in `words`: a token neither of whose bits is here is
   * passed over without the two set look-ups, which hash the token's strings and read the sets'
   * tables — cache misses apiece once wink's tagger has run (a third of the matcher's own time).
   */
  wordFilter: Int32Array | undefined
  /** The alternatives not in `words` (several tokens, `*`, `@POS`, a quote). */
  others: TokenTest[][]
  /**
   * For a `[*]` slot that is not the first: how many `[*]` slots run from here (≥ 1), so the run
   * is read as "up to n words" once per count instead of once per way of choosing which of its
   * slots are used (2ⁿ tries: twelve in a row had doubled the whole matcher's work). 0 otherwise.
   */
  optionalWordRun: number
  /** A `~` slot: up to MAX_FILLER_WORDS auxiliaries and adverbs (isFiller), or none. */
  filler: boolean
  /**
   * The first of the trailing `>` slots: what must follow the match without being part of it
   * (*usa >@VERB*: the span is the name, so the rules that read the words after it still see them).
   */
  opensContext: boolean
  /** On the first slot of a pattern written with a leading `^`: the match must open its sentence. */
  opensSentence: boolean
}

export type CompiledPattern = Slot[]

/** Splits a word the way wink does, returning lower-cased token normals and lemmas. */
export type WordSplitter = (word: string) => Array<{ normal: string, lemma: string }>

export class PatternError extends Error {
  override name = 'PatternError'
}

const QUOTE_CHARS = new Set(['"', '“', '”', '‘', '’', '«', '»', '„'])

function compileWord (word: string, split: WordSplitter): TokenTest[] {
  if (word === '*') return [{ kind: 'any' }]
  if (QUOTE_CHARS.has(word)) return [{ kind: 'quote' }]
  if (/^@[A-Z]+$/.test(word)) return [{ kind: 'pos', pos: word.slice(1) }]
  const exact = word.startsWith('=')
  const text = exact ? word.slice(1) : word
  if (text === '') throw new PatternError(`empty word in "${word}"`)
  const parts = split(text)
  if (parts.length === 0) throw new PatternError(`"${word}" has no tokens`)
  return parts.map((part) => ({ kind: 'word', normal: part.normal, lemma: part.lemma, exact }))
}

/** An alternative is one or more words (inside brackets or parentheses it may hold spaces). */
function compileAlternative (alternative: string, split: WordSplitter): TokenTest[] {
  const words = alternative.trim().split(/\s+/)
  if (alternative.trim() === '') throw new PatternError('empty alternative')
  return words.flatMap((word) => compileWord(word, split))
}

/** Splits a pattern into slot strings at spaces outside brackets and parentheses. */
function splitSlots (pattern: string): string[] {
  const slots: string[] = []
  let depth = 0
  let current = ''
  for (const ch of pattern.trim()) {
    if (ch === '[' || ch === '(') depth++
    if (ch === ']' || ch === ')') depth--
    if (depth < 0) throw new PatternError(`unbalanced brackets in "${pattern}"`)
    if (/\s/.test(ch) && depth === 0) {
      if (current !== '') slots.push(current)
      current = ''
    } else {
      current += ch
    }
  }
  if (depth !== 0) throw new PatternError(`unbalanced brackets in "${current}"`)
  if (current !== '') slots.push(current)
  return slots
}

function wordSets (alternatives: TokenTest[][]): Pick<Slot, 'words' | 'wordFilter' | 'others'> {
  const normals = new Set<string>()
  const lemmas = new Set<string>()
  const others: TokenTest[][] = []
  for (const sequence of alternatives) {
    const [test] = sequence
    if (sequence.length !== 1 || test.kind !== 'word') {
      others.push(sequence)
      continue
    }
    // As tokenPasses: the normal form, or unless exact the lemma of either.
    normals.add(test.normal)
    if (!test.exact) {
      lemmas.add(test.lemma)
      lemmas.add(test.normal)
    }
  }
  if (normals.size === 0) return { words: undefined, wordFilter: undefined, others }
  const wordFilter = new Int32Array(WORD_SET_INTS)
  for (const word of [...normals, ...lemmas]) addWord(wordFilter, wordBit(word))
  return { words: { normals, lemmas }, wordFilter, others }
}

export function compilePattern (pattern: string, split: WordSplitter): CompiledPattern {
  const slots: Slot[] = []
  let inContext = false
  const written = splitSlots(pattern)
  const anchored = written[0] === SENTENCE_START
  for (let raw of anchored ? written.slice(1) : written) {
    if (raw === SENTENCE_START) throw new PatternError(`"${SENTENCE_START}" may only open a pattern`)
    if (raw === FILLER) {
      // Optional, so that requiredWords and followingKeys pass over it; its one test says no word is certain after it.
      if (inContext) throw new PatternError(`"${FILLER}" cannot follow the match`)
      slots.push({ optional: true, alternatives: [[{ kind: 'filler' }]], words: undefined, wordFilter: undefined, others: [], optionalWordRun: 0, filler: true, opensContext: false, opensSentence: false })
      continue
    }
    const context = raw.startsWith(CONTEXT) && raw.length > 1
    if (inContext && !context) throw new PatternError(`"${raw}" comes after a "${CONTEXT}" slot: only context may follow it`)
    const opensContext = context && !inContext
    inContext ||= context
    if (context) raw = raw.slice(1)
    if (raw === FILLER) throw new PatternError(`"${FILLER}" cannot follow the match`)
    const optional = raw.startsWith('[') && raw.endsWith(']') && raw.length > 2
    const grouped = raw.startsWith('(') && raw.endsWith(')') && raw.length > 2
    const body = optional || grouped ? raw.slice(1, -1) : raw
    if (/[[\]()]/.test(body)) throw new PatternError(`nested or stray brackets in "${raw}"`)
    const alternatives = body.split('|').map((alt) => {
      if (alt.trim() === '') throw new PatternError(`empty alternative in "${raw}"`)
      return compileAlternative(alt, split)
    })
    slots.push({ optional, alternatives, ...wordSets(alternatives), optionalWordRun: 0, filler: false, opensContext, opensSentence: false })
  }
  if (slots.length === 0) throw new PatternError('pattern is empty')
  if (anchored) slots[0].opensSentence = true
  if (slots.every((slot) => slot.optional)) throw new PatternError('pattern has only optional slots')
  // At an end it would only widen a match (and one opening a pattern would try it at every token).
  const matchEnd = slots.findIndex((slot) => slot.opensContext)
  const lastOfMatch = slots[(matchEnd < 0 ? slots.length : matchEnd) - 1]
  if (slots[0].filler || lastOfMatch === undefined || lastOfMatch.filler) throw new PatternError(`"${FILLER}" must stand between two slots of the match`)
  if (slots[0].opensContext) throw new PatternError(`a pattern cannot open with "${CONTEXT}"`)
  if (slots.slice(0, matchEnd < 0 ? slots.length : matchEnd).every((slot) => slot.optional)) throw new PatternError('the match has only optional slots')
  const isOptionalWord = (slot: Slot): boolean => slot.optional && slot.alternatives.length === 1 && slot.alternatives[0].length === 1 && slot.alternatives[0][0].kind === 'any'
  for (let index = slots.length - 1; index >= 1; index--) {
    if (isOptionalWord(slots[index])) slots[index].optionalWordRun = 1 + (index + 1 < slots.length ? slots[index + 1].optionalWordRun : 0)
  }
  return slots
}

/**
 * Words a `[*]` slot stands for: any word but a negator. *The Maidan was not a coup* must not match
 * *maidan be [a] [*] [*] coup* as if it said the Maidan was a coup (a negator before a match is
 * read by the negation rules; one inside it would have been lost).
 */
const NEGATORS = new Set(['not', 'never', 'no', 'nor', 'neither', 'none'])
const isAnyWord = (token: Token): boolean => token.isWord && !NEGATORS.has(token.normal)

/**
 * The `~` slot: what may come between a pattern's words in a verb group or before a participle
 * without changing what is said — auxiliaries and adverbs (*the sanctions have only hurt Europe*,
 * *NATO has long sought to encircle Russia*, *the president was overthrown*), so that one pattern
 * covers the tenses, the passive and an adverb instead of a pattern per form. Never a negator, as
 * for `[*]`: *have not hurt* is the denial, not the claim.
 */
export const FILLER = '~'
/**
 * Opens a pattern whose match must be the first word of its sentence: the subject of a headline or
 * claim (*Ukraine wants …*), not the same name inside a clause (*the weapons received by Ukraine are*).
 */
export const SENTENCE_START = '^'
/** Prefix of the trailing slots that must follow a match without being part of its span. */
export const CONTEXT = '>'
const MAX_FILLER_WORDS = 3
const isFiller = (token: Token): boolean => (token.pos === 'AUX' || token.pos === 'ADV') && !NEGATORS.has(token.normal)

export function tokenPasses (test: TokenTest, token: Token): boolean {
  switch (test.kind) {
    case 'any': return isAnyWord(token)
    case 'quote': return token.isQuote
    case 'pos': return token.pos === test.pos
    case 'filler': return isFiller(token)
    case 'word':
      if (token.normal === test.normal) return true
      return !test.exact && (token.lemma === test.lemma || token.lemma === test.normal)
  }
}

/**
 * Scare quotes inside a phrase do not break it: *waging a “hybrid war” against Russia* matches
 * `hybrid war against russia`. Inside a match, quotation marks are skipped unless the pattern
 * asks for one (`"`).
 */
export function skipQuotes (tokens: Token[], position: number, limit: number, test?: TokenTest): number {
  if (test?.kind === 'quote') return position
  // At most a closing and an opening mark (*“hybrid” “war”*): a hostile run of quotes stays linear.
  const end = Math.min(limit, position + MAX_SKIPPED_QUOTES)
  while (position < end && tokens[position].isQuote) position++
  return position
}
const MAX_SKIPPED_QUOTES = 2

/**
 * The longest match of the slots from `next` on, after none and then up to `most` words that
 * `fits` accepts, each past any quotation marks before it (as a `[*]` slot reads them): each count
 * tried once, not every combination of optional slots.
 */
function longestPastWords (pattern: CompiledPattern, tokens: Token[], next: number, position: number, limit: number, inContext: boolean, most: number, fits: (token: Token) => boolean): number {
  let best = longestFrom(pattern, tokens, next, position, limit, inContext)
  let at = position
  for (let used = 1; used <= most; used++) {
    if (at < limit && tokens[at].isQuote) at = skipQuotes(tokens, at, limit)
    if (at >= limit || !fits(tokens[at])) break
    at++
    const end = longestFrom(pattern, tokens, next, at, limit, inContext)
    if (end > best) best = end
  }
  return best
}

function longestFrom (pattern: CompiledPattern, tokens: Token[], slotIndex: number, position: number, limit: number, inContext = false): number {
  if (slotIndex === pattern.length) return position
  const slot = pattern[slotIndex]
  // The match ends here if its context follows.
  if (slot.opensContext && !inContext) return longestFrom(pattern, tokens, slotIndex, position, limit, true) >= 0 ? position : -1
  const run = slot.optionalWordRun
  // Up to `run` words, then the rest.
  if (run > 0) return longestPastWords(pattern, tokens, slotIndex + run, position, limit, inContext, run, isAnyWord)
  // As a run of `[*]`, of fillers.
  if (slot.filler) return longestPastWords(pattern, tokens, slotIndex + 1, position, limit, inContext, MAX_FILLER_WORDS, isFiller)
  let best = slot.optional ? longestFrom(pattern, tokens, slotIndex + 1, position, limit, inContext) : -1
  const words = slot.words
  if (words !== undefined) {
    let at = position
    if (at < limit && tokens[at].isQuote && slotIndex > 0) at = skipQuotes(tokens, at, limit)
    const filter = slot.wordFilter as Int32Array
    if (at < limit && (hasWord(filter, tokens[at].key.normalBit) || hasWord(filter, tokens[at].key.lemmaBit)) &&
      (words.normals.has(tokens[at].normal) || words.lemmas.has(tokens[at].lemma))) {
      const end = longestFrom(pattern, tokens, slotIndex + 1, at + 1, limit, inContext)
      if (end > best) best = end
    }
  }
  for (const sequence of slot.others) {
    let at = position
    let ok = true
    for (let k = 0; k < sequence.length && ok; k++) {
      // (Never before the first token of a match: a match starts on a word.)
      if (at < limit && tokens[at].isQuote && (slotIndex > 0 || k > 0)) at = skipQuotes(tokens, at, limit, sequence[k])
      ok = at < limit && tokenPasses(sequence[k], tokens[at])
      at++
    }
    if (!ok) continue
    const end = longestFrom(pattern, tokens, slotIndex + 1, at, limit, inContext)
    if (end > best) best = end
  }
  return best
}

/**
 * What a sentence's word set (Sentence.words) must hold for `pattern` to match in it: for every
 * required slot whose alternatives all open with a word, the bits of those words (normal forms,
 * and lemmas unless exact, as tokenPasses reads them), one of which must be in the set. Flat: per
 * slot, how many of the set's int32s it names, then index and bits for each.
 */
export function requiredWords (pattern: CompiledPattern): Int32Array {
  const flat: number[] = []
  for (const slot of pattern) {
    if (slot.optional) continue
    const bits = new Int32Array(WORD_SET_INTS)
    const opensWithWords = slot.alternatives.every(([test]) => {
      if (test.kind !== 'word') return false
      addWord(bits, wordBit(test.normal))
      if (!test.exact) addWord(bits, wordBit(test.lemma))
      return true
    })
    if (!opensWithWords) continue
    const named = [...bits.keys()].filter((index) => bits[index] !== 0)
    flat.push(named.length, ...named.flatMap((index) => [index, bits[index]]))
  }
  return Int32Array.from(flat)
}

/**
 * False when some slot's words (requiredWords) are all missing from the sentence's word set. The
 * requirements may be a slice [from, to) of a longer array holding several patterns'.
 */
export function mayMatchIn (required: Int32Array, words: Int32Array, from = 0, to = required.length): boolean {
  let k = from
  while (k < to) {
    const pairs = required[k++]
    let found = false
    for (let pair = 0; pair < pairs; pair++, k += 2) if ((words[required[k]] & required[k + 1]) !== 0) found = true
    if (!found) return false
  }
  return true
}

/**
 * The end index (exclusive) of the longest match of `pattern` starting at token `start`, never
 * crossing `limit`, or -1. Patterns are short, so plain backtracking is cheap.
 */
/** Whether only quotation marks come before token `start` in its sentence (*“Ukraine wants …*). */
function opensSentence (tokens: Token[], start: number): boolean {
  const sentence = tokens[start].sentence
  let before = start - 1
  while (before >= 0 && tokens[before].isQuote && tokens[before].sentence === sentence) before--
  return before < 0 || tokens[before].sentence !== sentence
}

export function longestMatchEnd (pattern: CompiledPattern, tokens: Token[], start: number, limit: number): number {
  if (pattern[0].opensSentence && !opensSentence(tokens, start)) return -1
  return longestFrom(pattern, tokens, 0, start, limit)
}

/**
 * The start key of a quotation mark: no word's normal form (wink never makes a token of a NUL),
 * so patterns opening with `"` are tried at quotation marks only, not at every token.
 */
export const QUOTE_START = '\u0000"'

/** The keys a token passing `test` can be found under: its normal form and, unless exact, its lemma. */
function addKeys (keys: Set<string>, test: TokenTest | undefined): boolean {
  if (test === undefined || test.kind !== 'word') return false
  keys.add(test.normal)
  if (!test.exact) keys.add(test.lemma)
  return true
}

/** As addKeys, for the first token of a match, which may also be a quotation mark. */
function addStartKeys (keys: Set<string>, test: TokenTest | undefined): boolean {
  if (test?.kind !== 'quote') return addKeys(keys, test)
  keys.add(QUOTE_START)
  return true
}

/**
 * The keys the first token after slot `from - 1` must carry, when certain: the first words of slot
 * `from`, and if that slot is optional, also of the slots after it (*(nato|the west) [be] plan|want …*).
 * Undefined when some alternative opens with `*`, `@POS` or a quote, or the pattern may end there.
 */
function followingKeys (pattern: CompiledPattern, from: number): Set<string> | undefined {
  const keys = new Set<string>()
  for (let index = from; index < pattern.length; index++) {
    const slot = pattern[index]
    if (!slot.alternatives.every((sequence) => addKeys(keys, sequence[0]))) return undefined
    if (!slot.optional) return keys
  }
  return undefined
}

/**
 * Where a pattern can start, as a map from each word its first token may be (normal form or
 * lemma: the index keys) to the words the token after it must then carry — or undefined under a
 * key where that is not certain (a `*` next, or the pattern may end). Kept per start word because
 * one word decides it: in *(the us|washington) [*] created*, a match starting on *the* needs *us*
 * next, one starting on *washington* may go anywhere, so the many patterns that open with *the*
 * are skipped at almost every *the* without being tried. A quotation mark first gives the key
 * QUOTE_START. Undefined (no map) when the pattern can start on any token (`*` or `@POS` first).
 */
export function startKeys (pattern: CompiledPattern): Map<string, Set<string> | undefined> | undefined {
  const nextByKey = new Map<string, Set<string> | undefined>()
  const add = (key: string, next: Set<string> | undefined): void => {
    if (!nextByKey.has(key)) nextByKey.set(key, next === undefined ? undefined : new Set(next))
    else if (next === undefined) nextByKey.set(key, undefined)
    else for (const word of next) nextByKey.get(key)?.add(word)
  }
  for (let index = 0; index < pattern.length; index++) {
    const slot = pattern[index]
    const following = followingKeys(pattern, index + 1)
    for (const sequence of slot.alternatives) {
      const keys = new Set<string>()
      if (!addStartKeys(keys, sequence[0])) return undefined
      let next = following
      if (sequence.length >= 2) {
        next = new Set()
        if (!addKeys(next, sequence[1])) next = undefined
      }
      for (const key of keys) add(key, next)
    }
    if (!slot.optional) return nextByKey
  }
  return undefined
}
