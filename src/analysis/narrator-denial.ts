/**
 * Denials that scope over a whole clause: *It is not true that NATO encircled Russia*, *The claim
 * that Ukraine is ruled by neo-Nazis is a myth*, *Far from protecting Donbass, …*. A negator next
 * to a term (isNegated in framing.ts) does not reach these: the word that denies is outside the
 * clause it denies, before it (*false that*) or after it (*is a lie*). Terms inside such a clause
 * are negated: the narrative is named to be refuted, not reproduced.
 */
import type { Sentence, Token } from './nlp/wink.js'
import { firstAfter } from './ranges.js'

/** Token indexes [first, last) of a denied clause, and of the words that deny it (*It is not true that*, *is a myth*). */
export interface DeniedClause { first: number, last: number, cue: { first: number, last: number } }

/** What a clause is called when it is denied: *a myth*, *an outright lie*, *pure fiction*. */
const FALSEHOODS = new Set(['myth', 'lie', 'falsehood', 'fiction', 'fabrication', 'fantasy', 'canard', 'hoax', 'nonsense', 'untruth', 'fairy'])
/**
 * What a claim is said to be when it is denied. Only of a claim (*the claim that … is false*, *That
 * Kyiv is a puppet … is false*): *the sanctions are absurd* judges a thing and denies nothing.
 */
const FALSE = new Set(['false', 'untrue', 'baseless', 'groundless', 'unfounded', 'wrong', 'absurd', 'bogus', 'fictitious', 'misleading',
  'unsubstantiated', 'debunked', 'disproved', 'disproven', 'refuted', 'discredited', 'fabricated'])
/** *It is false that …*, *the baseless claim that …*: not *wrong that*, a moral judgement of a fact it takes as true. */
const FALSE_BEFORE_THAT = new Set([...FALSE].filter((word) => word !== 'wrong' && word !== 'absurd' && word !== 'misleading'))
const CLAIMS = new Set(['claim', 'allegation', 'assertion', 'notion', 'idea', 'narrative', 'suggestion', 'theory', 'story', 'argument',
  'contention', 'accusation', 'charge', 'assumption', 'premise', 'talk', 'version', 'rhetoric', 'report', 'rumour', 'rumor'])
/** Words that may stand between *is* and what the clause is called (*is simply not*, *is an outright lie*). */
const HEDGES = new Set(['simply', 'just', 'entirely', 'completely', 'patently', 'demonstrably', 'plainly', 'clearly', 'utterly', 'totally',
  'obviously', 'wholly', 'also', 'equally', 'both', 'itself', 'largely', 'mostly', 'a', 'an', 'the', 'pure', 'sheer', 'outright',
  'dangerous', 'convenient', 'complete', 'total', 'blatant', 'absolute', 'persistent', 'old', 'popular', 'modern', 'cynical'])
/** *a lie*, not *are lying*. */
const isFalsehood = (token: Token): boolean => FALSEHOODS.has(token.lemma) && token.pos === 'NOUN'

/** Where a clause a denial scopes over ends, or begins. */
const CLAUSE_EDGES = new Set([';', 'but', 'yet', 'whereas', 'although', 'though', ':'])
const NEGATORS = new Set(['not', 'never', 'no'])
/** How many hedge words may stand between *is* and the falsehood. */
const MAX_HEDGES = 3

/**
 * A sentence's clause edges and claim words, found in one scan, so that every denial in a long
 * sentence finds its clause by a search rather than a walk (a sentence of thousands of *is false*
 * or *not true that* walked to its start or end from each: seconds at 200 KB).
 */
interface ClauseIndex {
  /** Tokens after which a clause starts: an edge, or the *and* of *, and* (never the sentence's first token). */
  startEdges: number[]
  /** Tokens at which a clause ends: an edge. */
  endEdges: number[]
  commas: number[]
  /** claimsBefore[j - firstToken]: how many claim words stand in [firstToken, j). */
  claimsBefore: Int32Array
  firstToken: number
}

function indexClauses (tokens: Token[], { firstToken, lastToken }: Sentence): ClauseIndex {
  const index: ClauseIndex = { startEdges: [], endEdges: [], commas: [], claimsBefore: new Int32Array(lastToken - firstToken + 1), firstToken }
  for (let j = firstToken; j < lastToken; j++) {
    const word = tokens[j].normal
    const edge = CLAUSE_EDGES.has(word)
    if (edge) index.endEdges.push(j)
    if (j > firstToken && (edge || (word === 'and' && tokens[j - 1].normal === ','))) index.startEdges.push(j)
    if (word === ',') index.commas.push(j)
    index.claimsBefore[j - firstToken + 1] = index.claimsBefore[j - firstToken] + (CLAIMS.has(tokens[j].lemma) ? 1 : 0)
  }
  return index
}

/** The clauses of `sentence` that its narrator denies, in token order. */
export function deniedClauses (tokens: Token[], sentence: Sentence): DeniedClause[] {
  const clauses: DeniedClause[] = []
  const { firstToken, lastToken } = sentence
  let clauseIndex: ClauseIndex | undefined
  const indexed = (): ClauseIndex => (clauseIndex ??= indexClauses(tokens, sentence))
  for (let i = firstToken; i < lastToken && clauses.length < MAX_DENIALS_PER_SENTENCE; i++) {
    const token = tokens[i]
    const scopeStart = deniedClauseAfter(tokens, i, firstToken)
    const previous = clauses.at(-1)
    if (scopeStart !== -1) {
      const farFrom = token.normal === 'from'
      const cueFirst = frameStart(tokens, i, firstToken)
      // (*Far from protecting Donbass and far from …*: a denied clause ends where the next denial begins.)
      if (previous !== undefined && previous.first < cueFirst && previous.last > cueFirst) previous.last = cueFirst
      clauses.push({ first: scopeStart, last: clauseEnd(indexed(), scopeStart, lastToken, farFrom), cue: { first: cueFirst, last: scopeStart } })
    } else if (token.lemma === 'be') {
      const calledEnd = deniesSubject(tokens, i, lastToken, indexed)
      if (calledEnd === -1) continue
      // (*The SMO is a myth, and the biolabs are a myth*: a subject starts after the denial before it.)
      let first = clauseStart(indexed(), i)
      if (previous !== undefined && previous.cue.last > first && previous.cue.last <= i) first = previous.cue.last
      if (previous !== undefined && previous.first < first && previous.last > first) previous.last = first
      clauses.push({ first, last: i, cue: { first: i, last: calledEnd } })
    }
  }
  return clauses
}

/** A sentence denying more than this many things is no prose: the rest of its denials are not read. */
const MAX_DENIALS_PER_SENTENCE = 64

/**
 * Where the clause that the frame ending at token `i` denies begins, or -1: *(not) true that*,
 * *false that*, *a myth that*, *the baseless claim that*, *no truth to …*, *far from*,
 * *further from the truth than*.
 */
function deniedClauseAfter (tokens: Token[], i: number, sentenceFirst: number): number {
  const at = (k: number): string => k >= sentenceFirst ? tokens[k].normal : ''
  const word = tokens[i].normal
  if (word === 'that') {
    const before = at(i - 1)
    if (i - 1 >= sentenceFirst && isFalsehood(tokens[i - 1])) return i + 1
    if (FALSE_BEFORE_THAT.has(before)) return i + 1
    if (before === 'true' && NEGATORS.has(at(i - 2))) return i + 1
    if (before === 'case' && at(i - 2) === 'the' && at(i - 3) === 'not') return i + 1
    if (CLAIMS.has(tokens[i - 1]?.lemma ?? '') && FALSE_BEFORE_THAT.has(at(i - 2))) return i + 1
    return -1
  }
  if (word === 'truth' && at(i - 1) === 'no' && (at(i + 1) === 'to' || at(i + 1) === 'in')) return i + 2
  if (word === ',' && at(i - 1) === 'no' && (i - 1 === sentenceFirst || LABEL_ENDS.has(at(i - 2))) && negatedVerbAhead(tokens, i + 1)) return i + 1
  if (word === 'from' && at(i - 1) === 'far' && !['not', 'so', 'too', 'how', 'as'].includes(at(i - 2))) return i + 1
  if (word === 'than' && at(i - 1) === 'truth' && at(i - 2) === 'the' && at(i - 3) === 'from' && (at(i - 4) === 'further' || at(i - 4) === 'farther')) return i + 1
  return -1
}

/** Verbs of ceasing: what is not stopped goes on (*will not stop protecting Donbass*, *did not halt the special military operation*). */
export const CEASING = new Set(['stop', 'cease', 'halt', 'end', 'abandon', 'quit'])
/** What ends a label before a fact-check's verdict (*Fact check: No, …*, *VERIFIED — No, …*). */
const LABEL_ENDS = new Set([':', '—', '–', '-', '|'])
/** How far into the clause after *No,* its negated verb may stand (*No, the Pentagon is not running …*). */
const MAX_SUBJECT_TOKENS = 8

/**
 * Whether the clause from `from` negates its verb within a subject's length (*the Pentagon is not*,
 * *this video does not*, *Ukraine didn't*): then a *No,* before it is the fact-check headline's
 * denial of the claim it restates, not an answer followed by a claim of its own (*No, NATO
 * provoked the war*).
 */
function negatedVerbAhead (tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + MAX_SUBJECT_TOKENS && tokens[k].sentence === tokens[from - 1].sentence; k++) {
    if ((tokens[k].normal === 'not' || tokens[k].normal === 'never') && (tokens[k - 1].pos === 'AUX' || tokens[k - 1].lemma === 'be')) return !CEASING.has(tokens[k + 1]?.lemma ?? '')
    if (tokens[k].normal === ',' || tokens[k].normal === ';') return false
  }
  return false
}

/**
 * Whether the *is* at `be` calls its subject a falsehood (*is a myth*, *was an outright lie*) or,
 * when the subject is a claim, false (*is baseless*, *has been debunked*): the end of the words
 * that say so, or -1. *is not a myth* affirms.
 */
function deniesSubject (tokens: Token[], be: number, sentenceLast: number, indexed: () => ClauseIndex): number {
  let k = be + 1
  while (k < sentenceLast && k - be <= MAX_HEDGES && HEDGES.has(tokens[k].normal)) k++
  const called = tokens[k]
  if (called === undefined || k >= sentenceLast || NEGATORS.has(called.normal)) return -1
  if (isFalsehood(called)) return k + 1
  if (!FALSE.has(called.normal)) return -1
  const index = indexed()
  const start = clauseStart(index, be)
  // (*That Kyiv is a puppet of Washington is false*, *…, which is false*.)
  if (tokens[start].normal === 'that' || tokens[be - 1]?.normal === 'which') return k + 1
  return index.claimsBefore[be - index.firstToken] > index.claimsBefore[start - index.firstToken] ? k + 1 : -1
}

/** How far back the words of a denial that ends at `end` start (*It is not true that*, *the baseless claim that*, *far from*). */
const MAX_FRAME_TOKENS = 4

function frameStart (tokens: Token[], end: number, sentenceFirst: number): number {
  // (*… and far from the weather*: the frame is *far from*, not what stands before it.)
  if (tokens[end].normal === 'from') return end - 1
  let start = end
  while (start > sentenceFirst && end - start < MAX_FRAME_TOKENS && tokens[start - 1].pos !== 'PUNCT' && tokens[start - 1].pos !== 'PRON' &&
    tokens[start - 1].pos !== 'VERB' && tokens[start - 1].lemma !== 'be' && tokens[start - 1].pos !== 'CCONJ') start--
  return start
}

/** Where the clause holding the token before `before` starts: after the last edge before it, or at the sentence's start. */
function clauseStart ({ startEdges, firstToken }: ClauseIndex, before: number): number {
  const edge = startEdges[firstAfter(startEdges.length, (i) => startEdges[i], before - 1) - 1]
  return edge === undefined ? firstToken : edge + 1
}

/** The first of `positions` at or after `from`, or `fallback`. */
function firstAtOrAfter (positions: number[], from: number, fallback: number): number {
  return positions[firstAfter(positions.length, (i) => positions[i], from - 1)] ?? fallback
}

/** Where a denied clause starting at `from` ends; a *far from* clause ends at its comma (*Far from protecting Donbass, the invasion …*). */
function clauseEnd ({ endEdges, commas }: ClauseIndex, from: number, sentenceLast: number, endsAtComma: boolean): number {
  const edge = firstAtOrAfter(endEdges, from, sentenceLast)
  return endsAtComma ? Math.min(edge, firstAtOrAfter(commas, from, sentenceLast)) : edge
}
