/**
 * Compiles lexicon pattern strings (docs/lexicon-format.md) into slot sequences matched over
 * wink tokens. Words are compared case-insensitively on wink's `normal` form and lemma, so a
 * pattern written `protect` matches *protects, protecting, protected*.
 */
import type { Token } from '../nlp/wink.js'

export type TokenTest =
  | { kind: 'word', normal: string, lemma: string, exact: boolean }
  | { kind: 'any' }
  | { kind: 'pos', pos: string }
  | { kind: 'quote' }

export interface Slot {
  optional: boolean
  /** Alternatives; each is a token sequence (an alternative like `Russia's` is two tokens). */
  alternatives: TokenTest[][]
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

export function compilePattern (pattern: string, split: WordSplitter): CompiledPattern {
  const slots: Slot[] = []
  for (const raw of splitSlots(pattern)) {
    const optional = raw.startsWith('[') && raw.endsWith(']') && raw.length > 2
    const grouped = raw.startsWith('(') && raw.endsWith(')') && raw.length > 2
    const body = optional || grouped ? raw.slice(1, -1) : raw
    if (/[[\]()]/.test(body)) throw new PatternError(`nested or stray brackets in "${raw}"`)
    const alternatives = body.split('|').map((alt) => {
      if (alt.trim() === '') throw new PatternError(`empty alternative in "${raw}"`)
      return compileAlternative(alt, split)
    })
    slots.push({ optional, alternatives })
  }
  if (slots.length === 0) throw new PatternError('pattern is empty')
  if (slots.every((slot) => slot.optional)) throw new PatternError('pattern has only optional slots')
  return slots
}

export function tokenPasses (test: TokenTest, token: Token): boolean {
  switch (test.kind) {
    case 'any': return token.isWord
    case 'quote': return token.isQuote
    case 'pos': return token.pos === test.pos
    case 'word':
      if (token.normal === test.normal) return true
      return !test.exact && (token.lemma === test.lemma || token.lemma === test.normal)
  }
}

function longestFrom (pattern: CompiledPattern, tokens: Token[], slotIndex: number, position: number, limit: number): number {
  if (slotIndex === pattern.length) return position
  const slot = pattern[slotIndex]
  let best = slot.optional ? longestFrom(pattern, tokens, slotIndex + 1, position, limit) : -1
  for (const sequence of slot.alternatives) {
    if (position + sequence.length > limit) continue
    let ok = true
    for (let k = 0; k < sequence.length && ok; k++) ok = tokenPasses(sequence[k], tokens[position + k])
    if (!ok) continue
    const end = longestFrom(pattern, tokens, slotIndex + 1, position + sequence.length, limit)
    if (end > best) best = end
  }
  return best
}

/**
 * The end index (exclusive) of the longest match of `pattern` starting at token `start`, never
 * crossing `limit`, or -1. Patterns are short, so plain backtracking is cheap.
 */
export function longestMatchEnd (pattern: CompiledPattern, tokens: Token[], start: number, limit: number): number {
  return longestFrom(pattern, tokens, 0, start, limit)
}

/** Keys under which a pattern can be indexed by its first token, or undefined if it can start anywhere. */
export function firstTokenKeys (pattern: CompiledPattern): string[] | undefined {
  const keys: string[] = []
  for (const slot of pattern) {
    for (const sequence of slot.alternatives) {
      const first = sequence[0]
      if (first.kind !== 'word') return undefined
      keys.push(first.normal)
      if (!first.exact) keys.push(first.lemma)
    }
    if (!slot.optional) return keys
  }
  return undefined
}

/**
 * What the tokens at a candidate start must carry for the pattern to match there, when that is
 * certain: `next` for the token after the start (the second token of a first-slot alternative,
 * or the first of the second slot), and, when the first slot is optional, `current` for the
 * start token itself if the pattern skips that slot. Lets the matcher skip patterns that share a
 * frequent first word (*the*, 30 patterns) without trying them. Undefined when not certain.
 */
export interface StartCheck { next: Set<string>, current?: Set<string> }

function addKeys (keys: Set<string>, test: TokenTest | undefined): boolean {
  if (test === undefined || test.kind !== 'word') return false
  keys.add(test.normal)
  if (!test.exact) keys.add(test.lemma)
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

export function startCheck (pattern: CompiledPattern): StartCheck | undefined {
  const [first] = pattern
  if (first === undefined) return undefined
  const following = followingKeys(pattern, 1)
  const next = new Set<string>()
  for (const sequence of first.alternatives) {
    if (sequence.length >= 2) {
      if (!addKeys(next, sequence[1])) return undefined
    } else {
      if (following === undefined) return undefined
      for (const key of following) next.add(key)
    }
  }
  if (!first.optional) return { next }
  return following === undefined ? undefined : { next, current: following }
}

/** Whether a pattern with this start check could match at `token` followed by `next`. */
export function couldStart (check: StartCheck, token: Token, next: Token | undefined): boolean {
  if (next !== undefined && (check.next.has(next.normal) || check.next.has(next.lemma))) return true
  return check.current !== undefined && (check.current.has(token.normal) || check.current.has(token.lemma))
}

