/**
 * State and critical framing matches with their voice and negation.
 * Voice: `reported` inside an attribution's content, `quoted` inside quotation marks (or
 * after a distancing cue such as *what Moscow calls*), `adopted` in the narrator's own words.
 * Negation has clause scope: a negator earlier in the same clause (up to *but*, a comma or
 * a semicolon) negates a term, so *not an act of aggression but a necessary response*
 * negates *aggression* and leaves *a necessary response* alone.
 */
import { HOSTILE_SENTIMENT, isQuestion, mayHold, wordBits, type Sentence, type Token } from './nlp/wink.js'
import type { CompiledEntry, RawMatch } from './match/lexicon.js'
import type { LexiconEntry, LexiconFile } from '../schemas/lexicon-file.js'
import { innerQuoteRegions, type QuoteRegion } from './quotes.js'
import type { Attribution, Match, Voice } from './types.js'
import { firstAfter, indexRanges, insideAny, type RangeIndex } from './ranges.js'
import { contentRanges } from './attribution.js'
import { CEASING, deniedClauses, type DeniedClause } from './narrator-denial.js'

const NEGATORS = new Set(['not', 'no', 'never', 'neither', 'nor', 'without', 'hardly', 'nothing', 'none'])
const CLAUSE_BREAKS = new Set(['but', ',', ';', ':', 'yet', 'while', 'whereas', '—', '–', '(', ')'])
/** How many tokens back a negator can sit and still scope over a term. */
export const NEGATION_WINDOW = 6
/** How far *no evidence (that | of) …* reaches (bounded: linear time on run-on text). */
const EVIDENCE_NEGATION_WINDOW = 30
const EVIDENCE_NOUNS = new Set(['evidence', 'proof', 'sign', 'indication', 'basis', 'confirmation'])
/** Verbs after which a negator refuses the thing, and so affirms it (*will not tolerate cross-border terrorism*, *not to join illegal sanctions*). */
const TOLERATING = new Set(['tolerate', 'accept', 'allow', 'condone', 'permit', 'ignore', 'forget', 'forgive', 'join', 'support', 'back', 'endorse'])
const QUANTIFIERS_LIMITED = new Set(['all', 'every', 'everyone', 'everything', 'only', 'just', 'always', 'entirely', 'quite'])
/** *There is no substitute for dialogue and diplomacy*, *no alternative to …*: denying a rival affirms the term. */
const NO_SUBSTITUTE = new Set(['substitute', 'alternative'])
/** *never said anything in the briefing about Kyiv aggression*: a denied statement scopes over its clause, as denied evidence does. */
const DENIED_SPEECH = new Set(['say', 'mention', 'claim', 'state', 'allege', 'suggest'])

/**
 * A distancing cue is denied only by a negator right before it (*not a conspiracy theory*, *not
 * so-called*): further back the negator belongs to the clause's verb and the cue stays the
 * narrator's marker (*would not change the course of what it calls the special military operation*).
 */
export const DISTANCING_NEGATION_WINDOW = 2

/** Auxiliaries that open a negative question (*Isn't …?*, *Doesn't …?*); not *Don't*, which opens an imperative too. */
const QUESTION_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'does', 'did', 'has', 'have', 'had', 'wo', 'ca', 'should', 'would', 'could'])

export function isNegated (tokens: Token[], first: number, sentenceFirst: number, window = NEGATION_WINDOW, tags: Parentheticals = NO_PARENTHETICALS): boolean {
  // *no evidence of Western media spreading the hoax and russophobia*: a denied evidence noun (or
  // statement) scopes over its whole clause, other negators over a few words.
  const reach = window < NEGATION_WINDOW ? window : EVIDENCE_NEGATION_WINDOW
  // (*He is not, he insists, a propagandist*: a parenthetical tag is left out, its commas and words uncounted.)
  let skipped = 0
  for (let i = first - 1; i >= Math.max(sentenceFirst, first - reach - skipped); i--) {
    const token = tokens[i]
    const opening = tags.openingOf.get(i)
    if (opening !== undefined && opening >= sentenceFirst) {
      skipped += i - opening + 1
      i = opening
      continue
    }
    if (CLAUSE_BREAKS.has(token.normal)) return false
    if (!NEGATORS.has(token.normal)) continue
    // (*Isn't NATO encircling Russia?*, *Doesn't the West want war?*: a question opening on a negated
    // auxiliary expects *yes*; it asserts what it asks. An imperative *Don't …* still denies.)
    if (token.normal === 'not' && token.start === tokens[i - 1]?.end && i - 1 === sentenceFirst && QUESTION_AUXILIARIES.has(tokens[i - 1].normal)) continue
    const negatedWord = tokens[i + 1]?.normal === 'to' ? tokens[i + 2] : tokens[i + 1]
    if (TOLERATING.has(negatedWord?.lemma ?? '') || CEASING.has(negatedWord?.lemma ?? '') || NO_SUBSTITUTE.has(tokens[i + 1]?.lemma ?? '')) continue
    // (*Not all Global South speakers were neutral*: the negator limits a quantifier, not the term.)
    if (token.normal === 'not' && QUANTIFIERS_LIMITED.has(tokens[i + 1]?.normal ?? '')) continue
    // (*The Ukrainian state cannot exist without hatred towards Russia*: a negated *without* affirms.)
    if (token.normal === 'without' && negatorBefore(tokens, i, sentenceFirst)) return false
    const wholeClause = EVIDENCE_NOUNS.has(tokens[i + 1]?.lemma ?? '') || DENIED_SPEECH.has(tokens[i + 1]?.lemma ?? '')
    // (*India has not condemned the invasion*: the negator denies the act, not the term its object names.)
    if (!wholeClause && deniesVerbBefore(tokens, i, first, tags)) continue
    if (first - i - skipped <= window || wholeClause) return true
  }
  return false
}

/** Whether another negator stands before `at` in its clause (*cannot … without*). */
function negatorBefore (tokens: Token[], at: number, sentenceFirst: number): boolean {
  for (let i = at - 1; i >= Math.max(sentenceFirst, at - NEGATION_WINDOW); i--) {
    if (CLAUSE_BREAKS.has(tokens[i].normal)) return false
    if (NEGATORS.has(tokens[i].normal) && tokens[i].normal !== 'without') return true
  }
  return false
}

/**
 * Verbs whose object exists whether or not the subject reacts to it: *has not condemned the
 * invasion*, *did not mention the war crimes* still name them. (Not *did not stage a coup*: there
 * the negator denies the thing.)
 */
const REACTIONS = new Set(['condemn', 'criticize', 'criticise', 'denounce', 'mention', 'acknowledge', 'recognize', 'recognise', 'address', 'discuss',
  'comment', 'raise', 'name', 'call', 'describe', 'refer', 'oppose', 'protest', 'sanction', 'support', 'endorse', 'join', 'back',
  // (*Ukraine no longer hides its preparations for war against Russia*: what is not hidden is there.)
  'hide', 'conceal', 'disguise', 'mask'])

/**
 * A reaction verb between a negator and a term, or a verb with the term in its setting (*are not
 * sent to fight in the special military operation*): the negator scopes over that verb, and the
 * term is named all the same.
 */
function deniesVerbBefore (tokens: Token[], negator: number, first: number, tags: Parentheticals): boolean {
  let verb = false
  for (let k = negator + 1; k < first; k++) {
    const closing = tags.closingOf.get(k)
    if (closing !== undefined) { k = closing; continue }
    const token = tokens[k]
    if (token.pos === 'VERB' && REACTIONS.has(token.lemma)) return true
    if (token.pos === 'VERB' && !LIGHT_VERBS.has(token.lemma)) verb = true
    else if (verb && EVENT_SETTING_PREPOSITIONS.has(token.normal) && tokens.slice(k + 1, first).every((word) => TERM_MODIFIER_TAGS.has(word.pos))) return true
  }
  return false
}
/**
 * Parenthetical reporting tags (*, he insists,*): the token indexes of their opening and closing
 * commas, each mapped to the other. Syntax runs through them: *He is not, he insists, a propagandist* negates as
 * *He insists he is not a propagandist* does.
 */
export interface Parentheticals { openingOf: Map<number, number>, closingOf: Map<number, number> }
const NO_PARENTHETICALS: Parentheticals = { openingOf: new Map(), closingOf: new Map() }

/** How many words a parenthetical tag may hold (*, the minister's spokesman insisted,*). */
const MAX_TAG_TOKENS = 6

/**
 * The parenthetical tags of a paragraph: an attribution whose source and cue (and adverbs, *he
 * later insisted*) fill all that stands between two commas of one sentence.
 */
export function parentheticalTags (tokens: Token[], attributions: Attribution[]): Parentheticals {
  const tags: Parentheticals = { openingOf: new Map(), closingOf: new Map() }
  const tokenAt = (offset: number): number => firstAfter(tokens.length, (i) => tokens[i].start, offset - 1)
  for (const attribution of attributions) {
    const from = tokenAt(Math.min(attribution.cue.start, attribution.source.start))
    const to = tokenAt(Math.max(attribution.cue.end, attribution.source.end)) // the token after both
    const opening = from - 1
    const closing = to
    if (opening < 0 || closing >= tokens.length || closing - opening - 1 > MAX_TAG_TOKENS) continue
    if (tokens[opening].normal !== ',' || tokens[closing].normal !== ',' || tokens[opening].sentence !== tokens[closing].sentence) continue
    tags.openingOf.set(closing, opening)
    tags.closingOf.set(opening, closing)
  }
  return tags
}

/** Verbs that carry the negated term itself (*is not*, *did not stage*: the negator denies what follows). */
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'become', 'seem', 'appear'])
/** Prepositions of where or when something happens (not *aim at*, *seek to*: those bring in what is denied). */
const EVENT_SETTING_PREPOSITIONS = new Set(['in', 'during', 'throughout', 'amid', 'within'])
/** What may stand between a preposition and the first word of a term: its determiner and modifiers. */
const TERM_MODIFIER_TAGS = new Set(['DET', 'ADJ', 'NUM', 'PRON'])

export interface FramingContext {
  text: string
  tokens: Token[]
  sentences: Sentence[]
  matches: RawMatch[]
  quotes: QuoteRegion[]
  attributions: Attribution[]
  /**
   * The next paragraph's words, for a question that closes this one and is answered there (an
   * explainer's heading *Is there a genocide in Donbass?* and then *No. …*); absent at the text's
   * end and where the next paragraph starts wink's next piece of a very long text.
   */
  nextParagraph?: { tokens: Token[], sentences: Sentence[] }
}

/** How many quote marks, determiners and adjectives may sit between a distancing cue and its term. */
const MAX_DISTANCING_GAP = 8

/**
 * A distancing cue (*so-called*, *what it calls*) directly before a term, or before the object of
 * an *as* that introduces the term, puts the term in quotes;
 * `distancingEnds` holds the token index each distancing cue ends at.
 */
function distancedBy (distancingEnds: Set<number>, tokens: Token[], match: RawMatch): boolean {
  return distancingCueEnd(distancingEnds, tokens, match) !== -1
}

const POSSESSIVE_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your'])

/** Where the distancing cue that puts `match` in quotes ends (see distancedBy), or -1. */
function distancingCueEnd (distancingEnds: Set<number>, tokens: Token[], match: RawMatch): number {
  // (*seeks to justify the invasion as protecting Russian speakers*: once, past *as* and the object before it.)
  let passedAs = false
  for (let i = match.first; i >= Math.max(0, match.first - MAX_DISTANCING_GAP); i--) {
    if (distancingEnds.has(i)) return i
    const token = tokens[i - 1]
    if (token !== undefined && token.normal === 'as' && !passedAs) { passedAs = true; continue }
    // (*what it calls its special military operation*: a possessive, as a determiner; so is a named
    // possessor, *what they call Russia's unprovoked war*.)
    const possessor = token !== undefined && (token.normal === "'s" || ((token.pos === 'PROPN' || token.pos === 'NOUN') && tokens[i]?.normal === "'s"))
    if (token === undefined || !(token.isQuote || token.pos === 'DET' || token.pos === 'ADJ' || POSSESSIVE_DETERMINERS.has(token.normal) || possessor ||
      (passedAs && (token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'PRON')))) return -1
  }
  return -1
}

/** Who analyses or reports rather than governs: what they call something is their wording, no distance from a state's. */
const ANALYST_TYPES = new Set(['expert', 'critic', 'media'])

/**
 * *what the authors describe as "a portable kit of Kremlin talking points"*: the narrator credits an
 * analyst with a phrase — attribution, not distance from a state narrative — when the calling
 * verb's source is an expert, critic or outlet with no state actor.
 */
function callerIsAnalyst (attributions: Attribution[], start: number, end: number): boolean {
  const calling = attributions.find((a) => a.cue.start >= start && a.cue.end <= end)
  // (A pronoun's source carries the type and actor of whom it stands for.)
  return calling !== undefined && ANALYST_TYPES.has(calling.source.type) && calling.source.actor === undefined
}

const CALLER_PRONOUNS = new Set(['it', 'they', 'he', 'she'])
/** *what it calls*, *what they called*: the one who calls is the one being reported. */
function callerIsPronoun (tokens: Token[], match: RawMatch): boolean {
  return match.compiled.entry.id === 'what-it-calls' && CALLER_PRONOUNS.has(tokens[match.first + 1]?.normal ?? '')
}

/**
 * *X said … what he called “…”*: the pronoun that calls is the source of the statement the cue sits
 * in, and what it calls is in quotation marks: the narrator credits the speaker with his own words,
 * and keeps no distance from them (unquoted, *what they call the special military operation* still
 * holds the speaker's name for a thing at arm's length).
 */
function quotesOwnWording (context: FramingContext, byContentStart: Attribution[], match: RawMatch): boolean {
  const { tokens, attributions } = context
  const caller = tokens[match.first + 1]
  const callerAttribution = attributions.find((a) => a.source.start === caller.start && a.source.refersTo !== undefined)
  const speaker = callerAttribution?.source.refersTo
  if (speaker === undefined) return false
  const start = tokens[match.first].start
  const encloses = byContentStart.some((a) => a.content !== undefined && a.content.start <= start && a.content.end >= tokens[match.last - 1].end &&
    a.source.start === speaker.start && a.source.end === speaker.end)
  if (!encloses) return false
  let k = match.last
  while (tokens[k] !== undefined && (tokens[k].pos === 'DET' || POSSESSIVE_DETERMINERS.has(tokens[k].normal) || tokens[k].normal === 'as')) k++
  return tokens[k]?.isQuote === true
}

/** The critical lexicon's hearsay hedges (*we are told*, *supposedly*), a fact-check's claim label (*CLAIM:*) and the narrator's frames (narrativeFrames). */
const HEARSAY_ENTRIES = new Set(['hearsay', 'claim-label', 'narrative-frame'])
/** *we are told not to ask who*, *we are told to stay calm*: an order given to the writer, not hearsay. */
function toldToAct (tokens: Token[], cue: RawMatch): boolean {
  if (tokens[cue.last - 1]?.normal !== 'told') return false
  const next = tokens[cue.last]?.normal === 'not' ? tokens[cue.last + 1] : tokens[cue.last]
  return next?.normal === 'to'
}

/** Clause edges a hearsay hedge does not reach across (not commas: *Russia, we are told, is …*). */
const HEARSAY_EDGES = new Set([';', 'but', 'yet', 'whereas', 'while', ':'])

/**
 * Whether tokens [from, to) share a sentence with no clause edge between them, by a closure over
 * the paragraph's clause edges found in one scan on first use: scanning from each hedge to each
 * term was quadratic on a long sentence of terms (8,000 after one *we are told*: 2 s for 240 KB).
 */
/** How many words may stand between the narrative's villain and the harm it is said to do (*have been killing*). */
const MAX_HARM_AGENT_GAP = 4
/**
 * Critical entries that name what someone does (harm, repression, censorship, abuses, war crimes):
 * done by the narrative's villain (*the Kyiv regime has banned opposition parties*, *the West
 * committed war crimes*), they are the state's case against its adversary, not a critique of the
 * state; a paragraph flagged both state and critical would read to an editor as balanced.
 */
const VILLAIN_DEEDS = new Set(['harm-framing', 'political-repression', 'press-freedom', 'authoritarian', 'documented-abuses', 'human-rights-abuses', 'war-crimes'])
/** Prepositions that name the agent of a passive harm after it. */
const AGENT_PREPOSITIONS = new Set(['by', 'during'])

function clauseTest (tokens: Token[]): (from: number, to: number) => boolean {
  let edges: number[] | undefined
  return (from, to) => {
    if (tokens[from]?.sentence !== tokens[to]?.sentence) return false
    if (edges === undefined) {
      edges = []
      for (let i = 0; i < tokens.length; i++) if (HEARSAY_EDGES.has(tokens[i].normal)) edges.push(i)
    }
    const found = edges
    const nextEdge = found[firstAfter(found.length, (i) => found[i], from - 1)]
    return nextEdge === undefined || nextEdge >= to
  }
}

/**
 * Nouns whose *that*-clause holds a claim the narrator names rather than makes (*The claim that
 * NATO expansion forced Russia's hand deserves scrutiny*); with a possessor (*Moscow's claim that*)
 * the clause is an attribution's content anyway.
 */
const CLAIM_CLAUSE_NOUNS = new Set(['claim', 'claims', 'notion', 'idea', 'allegation', 'allegations', 'assertion', 'assertions', 'suggestion', 'suggestions',
  'argument', 'arguments', 'narrative', 'theory', 'contention', 'premise', 'thesis', 'myth', 'rumour', 'rumor', 'rumours', 'rumors'])
const CLAIM_CLAUSE_BITS = wordBits(CLAIM_CLAUSE_NOUNS)
const CLAIM_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'such', 'any', 'every', 'no'])

/** A claim noun as a noun: after a determiner or an adjective (in *the SVR, which claims that …* the tagger's noun is a verb). */
function isClaimNoun (tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]
  return tokens[i].pos === 'NOUN' && CLAIM_CLAUSE_NOUNS.has(tokens[i].normal) && (CLAIM_DETERMINERS.has(before?.normal ?? '') || before?.pos === 'ADJ')
}

/** How far before its *that*-clause a claim noun may stand when the clause comes after a colon or is moved to the sentence's end. */
const MAX_CLAIM_GAP = 10
/** Marks after which a *that*-clause spells out a claim named before them (*a claim spread: that …*). */
const CLAIM_COLONS = new Set([':', '—', '–', '--'])
/**
 * Verbs of appearing and circulating, the usual predicates of a claim whose clause is moved to the
 * end (*a rumour spread that …*), read as verbs even where the tagger calls them nouns.
 */
const APPEARANCE_VERBS = new Set(['spread', 'circulate', 'emerge', 'surface', 'persist', 'grow', 'arise', 'appear', 'gain'])
/** Words that make a later *that* a clause of result or comparison (*the claim was so absurd that …*), not the claim's content. */
const RESULT_MARKERS = new Set(['so', 'such', 'too', 'than', 'enough'])

/**
 * The *that* of each claim noun's clause in the sentence: right after the noun (*the notion that
 * …*), after a colon or a dash that follows the noun's clause (*a claim began spreading on Telegram:
 * that the footage was staged*), or moved to the end of a short clause whose subject or object is
 * the noun (*a claim began spreading that the footage was staged*, *the rumour was denied that …*).
 */
function claimClauseOpeners (tokens: Token[], sentence: Sentence): number[] {
  const openers: number[] = []
  if (!mayHold(sentence, CLAIM_CLAUSE_BITS)) return openers
  for (let i = sentence.firstToken + 1; i < sentence.lastToken; i++) {
    if (tokens[i].normal !== 'that') continue
    if (isClaimNoun(tokens, i - 1)) { openers.push(i); continue }
    const afterColon = CLAIM_COLONS.has(tokens[i - 1].normal)
    // (Extraposed: the clause between the noun and *that* has a verb and no punctuation, and *that* does
    // not follow a common noun or a pronoun, which it could qualify as a relative: *spread by channels that …*.)
    let verb = false
    for (let k = i - (afterColon ? 2 : 1); k > sentence.firstToken && k >= i - MAX_CLAIM_GAP; k--) {
      const token = tokens[k]
      if (isClaimNoun(tokens, k)) {
        if (afterColon || (verb && tokens[i - 1].pos !== 'NOUN' && tokens[i - 1].pos !== 'PRON')) openers.push(i)
        break
      }
      if (token.pos === 'PUNCT' || token.isQuote || RESULT_MARKERS.has(token.normal) || token.normal === 'that') break
      if (token.pos === 'VERB' || token.pos === 'AUX' || APPEARANCE_VERBS.has(token.lemma)) verb = true
    }
  }
  return openers
}

/** Distancing cues that question a name (*so-called*, *what it calls*), not a claim (*debunked*, *seeking to justify*). */
const NAMING_DISTANCERS = new Set(['what-it-calls', 'so-called', 'perceived'])

/**
 * The distancing cues that keep only a critical term at arm's length (*for what Western
 * governments call an unprovoked invasion*, *the so-called unprovoked invasion*): distancing from
 * the critics' word questions the critics, not the state, so the cue is no critical framing.
 * `fromState`: the cues that keep a state term at arm's length too (cuesDistancingStateTerms).
 */
function cuesDistancingOnlyCriticalTerms (distancingEnds: Set<number>, tokens: Token[], matches: RawMatch[], fromState: Set<number>): Set<number> {
  const fromCritical = new Set<number>()
  if (distancingEnds.size === 0) return fromCritical
  for (const match of matches) {
    const { lexicon, role } = match.compiled
    if (lexicon.dimension !== 'criticalFraming' || role !== 'term') continue
    const cue = distancingCueEnd(distancingEnds, tokens, match)
    if (cue !== -1) fromCritical.add(cue)
  }
  for (const cue of fromState) fromCritical.delete(cue)
  return fromCritical
}

/** The distancing cues (by their last token) that keep a state term at arm's length (*what it calls the special military operation*). */
function cuesDistancingStateTerms (distancingEnds: Set<number>, tokens: Token[], matches: RawMatch[]): Set<number> {
  const fromState = new Set<number>()
  if (distancingEnds.size === 0) return fromState
  for (const match of matches) {
    const { lexicon, role } = match.compiled
    // (A state's name, *Russia's unprovoked war*, is no state term kept at arm's length.)
    if (lexicon.dimension !== 'stateFraming' || role === 'adversary' || role === 'hedge' || role === 'source') continue
    const cue = distancingCueEnd(distancingEnds, tokens, match)
    if (cue !== -1) fromState.add(cue)
  }
  return fromState
}

/** How far around a naming cue a critical term that opens with it may reach (*so-called referendum*). */
const MAX_OPENED_TERM = 8

/**
 * The matches lying wholly within tokens [first, last), found by binary search over the matches'
 * token order: a paragraph of thousands of cues stays linear.
 */
function matchesWithin (matches: RawMatch[], first: number, last: number): RawMatch[] {
  const found: RawMatch[] = []
  for (let i = firstAfter(matches.length, (k) => matches[k].first, first - 1); i < matches.length && matches[i].first < last; i++) {
    if (matches[i].last <= last) found.push(matches[i])
  }
  return found
}

const SELF_NAMING = /^self(?:-|$)/
/** Critical-lexicon entries that name the state's own mouthpieces (*pro-Kremlin bloggers*): as a holder, the state's side. */
const STATE_MOUTHPIECES = new Set(['kremlin-media'])

/**
 * Whether a naming cue (*what X calls*, *so-called*) keeps the state's words at arm's length, which
 * is what makes it critical framing: it distances a state term, or the one whose word it is is the
 * state (*what Moscow calls a liberation*, *what it calls* of a speaker with a state actor,
 * *Russia's so-called peace plan*), or, holding no one, it is the narrator's own (*the so-called
 * referendum* in the narrator's voice). Not *what European officials describe as a sharp rise in
 * sabotage* nor a speaker's *what he called "unilateral Western sanctions"*: the narrator credits a
 * non-state holder with a phrase; nor a scholar's *so-called "no-limits partnership"* inside his
 * statement, which distances from a Western label.
 */
function namingAimsAtState (context: FramingContext, match: RawMatch, voice: Voice, stateDistanced: Set<number>): boolean {
  const { tokens, matches, attributions } = context
  if (stateDistanced.has(match.last)) return true
  const holdsState = (first: number, last: number): boolean => matchesWithin(matches, first, last).some((other) =>
    (other.compiled.lexicon.dimension === 'stateFraming' && other.compiled.role === 'source') || STATE_MOUTHPIECES.has(other.compiled.entry.id))
  if (match.compiled.entry.id === 'what-it-calls') {
    if (holdsState(match.first + 1, match.last)) return true
    if (!callerIsPronoun(tokens, match)) return false
    const start = tokens[match.first].start
    const end = tokens[match.last - 1].end
    const calling = attributions.find((a) => a.cue.start >= start && a.cue.end <= end)
    if (calling?.source.actor !== undefined) return true
    // (*Moscow annexed the regions after what it called referendums*: an unresolved pronoun stands for the state named before it in its sentence.)
    return calling?.source.refersTo === undefined && holdsState(context.sentences[tokens[match.first].sentence].firstToken, match.first)
  }
  // (*the self-proclaimed republics*: what such a word names made the claim itself, whoever reports it.)
  if (voice !== 'reported' || SELF_NAMING.test(tokens[match.first].normal)) return true
  // (*Critics said the so-called referendum was a sham*: the critical lexicon names the phrase the cue opens.)
  if (matchesWithin(matches, match.first - MAX_OPENED_TERM, match.last + MAX_OPENED_TERM).some((other) => other.compiled.lexicon.dimension === 'criticalFraming' &&
    other.compiled.role === 'term' && other.first <= match.first && other.last > match.last)) return true
  // (*Russia's so-called peace plan*, *the Kremlin's so-called referendum*: a state possessor right before.)
  let possessor = match.first - 1
  while (possessor >= 0 && tokens[possessor].pos === 'DET') possessor--
  return tokens[possessor]?.normal === "'s" && holdsState(Math.max(0, possessor - 4), possessor)
}

/** Whether a longer state term holds the match's words. */
function insideStateTerm (matches: RawMatch[], match: RawMatch): boolean {
  return matchesWithin(matches, match.first - MAX_OPENED_TERM, match.last + MAX_OPENED_TERM).some((other) => other.compiled.lexicon.dimension === 'stateFraming' &&
    other.compiled.role === 'term' && other.first <= match.first && other.last >= match.last && other.last - other.first > match.last - match.first)
}

/**
 * Whether a sentence speaks for a state, so that the narrator's *so-called* in it keeps the state's
 * adversary at arm's length, not the state: it adopts a state term in the narrator's voice (*The
 * Western propaganda machine cannot hide the failure of the so-called counteroffensive*), or its
 * actor is the state's adversary while the state goes unnamed (*Western media cannot hide the
 * failure of the so-called counteroffensive*).
 */
function sentenceSpeaksForState (tokens: Token[], sentenceMatches: RawMatch[], contents: RangeIndex, quoted: RangeIndex): boolean {
  let stateNamed = false
  let adversaryActs = false
  for (const other of sentenceMatches) {
    const { lexicon, role, entry } = other.compiled
    if (STATE_MOUTHPIECES.has(entry.id)) stateNamed = true
    if (lexicon.dimension !== 'stateFraming') continue
    if (role === 'term' && !insideAny(contents, tokens[other.first].start, tokens[other.last - 1].end) && !insideAny(quoted, tokens[other.first].start, tokens[other.last - 1].end)) return true
    if (role === 'source') stateNamed = true
    if (role === 'adversary' && !adversaryActs) adversaryActs = isActorMention(tokens, other)
  }
  return adversaryActs && !stateNamed
}

/** The writer's own *I*, *we*, *our* (referring to no one quoted): an editorial's *We believe …* reports nobody. */
const WRITER = new Set(['I', 'we', 'We', 'my', 'My', 'our', 'Our', 'us', 'me'])

/** Where attributions put their content: a term inside one is reported. */
function contentIndex (text: string, attributions: Attribution[]): RangeIndex {
  // (Not the tag inside a content: *“…,” he said of the “special military operation”, “…”*.)
  // (*In our view, the Kiev regime must be stopped*: what the writer believes is in the narrator's voice.)
  // (Case matters: *US hopes that …* is the country.)
  return indexRanges(attributions.filter((a) => (a.source.refersTo !== undefined || !WRITER.has(a.source.text)) && !endorsedByNarrator(text, a) &&
    !(FACTIVE_CUE.test(a.cue.text) && a.content !== undefined && !WH_CONTENT.test(text.slice(Math.max(a.content.start, a.cue.end), a.content.end).replace(/^[\s,]+/, '')))).flatMap(contentRanges))
}

/** The narrator's verdict on a statement, right before its verb (*has rightly made clear that …*). */
const ENDORSING_ADVERB = /\b(?:rightly|correctly|wisely|justly|aptly|rightfully)\s+(?:\w+\s+)?$/i
/** How far before the cue the endorsing adverb is looked for, in characters. */
const ENDORSEMENT_REACH = 32

/**
 * *The government has rightly made clear that it will not accept lectures*: an editorial that
 * endorses what a source says makes it its own, so the terms in it are adopted, as with *knows that*.
 */
function endorsedByNarrator (text: string, attribution: Attribution): boolean {
  const before = text.slice(Math.max(attribution.source.end, attribution.cue.start - ENDORSEMENT_REACH), attribution.cue.start)
  return attribution.cue.start > attribution.source.end && ENDORSING_ADVERB.test(before)
}

/**
 * *Europe has realised that anti-Russian sanctions are meaningless*, *Putin knows that the West wants
 * war*: what someone knows or has realised the narrator presents as fact — its terms are the
 * narrator's own (not *understands*, which is also a newsroom's sourcing, nor *sees … as*).
 */
const FACTIVE_CUE = /^(?:know|knows|knew|realised|realized|realises|realizes|realise|realize)$/i
/** (*knows just what Washington needs*: what is known is not said — a question's answer, not a proposition.) */
const WH_CONTENT = /^(?:just |exactly |precisely )?(?:what|how|why|where|who|whom|when|whether|if|which)\b/i

/** Nouns that, right after a state term, name it as someone's claim (*the denazification claim*, *the biolabs narrative*). */
const NAMED_AS_CLAIM = new Set(['claim', 'claims', 'narrative', 'narratives', 'trope', 'tropes', 'canard', 'pretext', 'slogan', 'label'])

/**
 * *the denazification claim*, *the biolabs narrative*: a state term between a determiner and a noun
 * that names it as a claim (not *Western media propaganda claims that …*, the tagger's noun for a
 * verb, nor *spread propaganda*, the claim's own object).
 */
function namedAsClaim (tokens: Token[], match: RawMatch): boolean {
  const noun = tokens[match.last]
  return noun !== undefined && noun.pos === 'NOUN' && NAMED_AS_CLAIM.has(noun.normal) && tokens[match.last + 1]?.normal !== 'that' &&
    (tokens[match.first - 1]?.pos === 'DET' || tokens[match.first - 1]?.normal === "'s")
}

/** Nouns for claims whose topic follows *about* or *of* (*claims about Ukrainian Nazis*, *talk of denazification*). */
const CLAIMS_ABOUT = new Set(['claim', 'allegation', 'accusation', 'rumour', 'rumor', 'talk', 'narrative', 'myth', 'theory', 'propaganda',
  'disinformation', 'misinformation', 'trope', 'fake', 'falsehood', 'lie'])
/** *stories about*, not *the story of* (which tells what happened). */
const STORIES = new Set(['story', 'tale'])
/** How far back from a term the *about* or *of* of its claim noun may stand (past modifiers, quote marks and earlier topics of a list). */
const MAX_TOPIC_WALK = 8
const TOPIC_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'CCONJ'])

/**
 * *spread claims about “Ukrainian Nazis” and “NATO mercenaries”*, *allegations of Western
 * hypocrisy*, *talk of denazification*: a term that is the topic of a claim noun is mentioned, not
 * used: the narrator names what the claims are about.
 */
function topicOfClaim (tokens: Token[], match: RawMatch): boolean {
  const sentence = tokens[match.first].sentence
  // (A topic is a noun phrase: not *… Russian involvement in the disaster are made up*, a term that runs into a predicate.)
  for (let i = match.first; i < match.last; i++) if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX') return false
  // (Past a comma only in a list: not *the myth of NATO's super army, NATO is fleeing Europe*.)
  const opensClause = tokens[match.last] !== undefined && (tokens[match.last].pos === 'VERB' || tokens[match.last].pos === 'AUX')
  for (let i = match.first - 1; i >= 1 && i >= match.first - MAX_TOPIC_WALK && tokens[i].sentence === sentence; i--) {
    const token = tokens[i]
    if (token.normal === 'about' || token.normal === 'of') {
      const noun = tokens[i - 1]
      // (The tagger reads *There is talk of …* as a verb, *Allegations of …* opening a line as a name.)
      const nominal = noun.pos === 'NOUN' || noun.pos === 'PROPN' || tokens[i - 2]?.lemma === 'be' || tokens[i - 2]?.pos === 'DET' || tokens[i - 2]?.pos === 'ADJ'
      if (!nominal || noun.sentence !== sentence) return false
      return CLAIMS_ABOUT.has(noun.lemma) || (token.normal === 'about' && STORIES.has(noun.lemma))
    }
    if (token.normal === ',' && opensClause) return false
    if (!(token.isQuote || token.normal === ',' || token.normal === "'s" || TOPIC_WORDS.has(token.pos))) return false
  }
  return false
}

/** Verbs, and their nouns, that cast something *as* something (*portrays the Baltic states as fascist regimes*). */
const PORTRAYING = new Set(['portray', 'portrayal', 'depict', 'depiction', 'paint', 'cast', 'present', 'describe', 'characterise', 'characterize',
  'characterisation', 'characterization', 'brand', 'label', 'caricature', 'represent'])
/** Words that close the picture an *as* gives: a clause of its own starts after them. */
const PICTURE_ENDS = new Set([';', ':', 'but', 'yet', 'while', 'whereas', 'because', 'although', 'though', '(', ')', '—', '–'])
const RELATIVE_WORDS = new Set(['who', 'whose', 'which', 'that', 'whom', 'where'])
/** How far a term may start after the *as* of its picture, and how far that *as* after its portraying word. */
const MAX_PICTURE_REACH = 12
const MAX_PORTRAYED_TOKENS = 10
const PORTRAYED_WORDS = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'ADV', 'PART', 'CCONJ'])
const PARTICIPLE = /(?:ed|en|ing)$/
/** *as a result of*, *as a consequence of*: the second word after an *as* that joins a cause, not a picture. */
const CONNECTIVE_AS = new Set(['result', 'consequence', 'matter', 'whole', 'rule'])
/** How many words a heading may give the subject it pictures (*NATO as the aggressor*, *The Baltic states as …*). */
const MAX_HEADING_SUBJECT = 5

/** A verb form that runs on a noun phrase (*"failed states" ruled from Washington*, *depopulating countries*), not a clause's own verb. */
function modifiesNoun (tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]
  return tokens[i].pos === 'VERB' && PARTICIPLE.test(tokens[i].normal) && before !== undefined &&
    (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'ADJ' || before.isQuote || before.normal === ',')
}

/**
 * The *as* of a portrayal before `at` in its sentence and where the portrayal starts: *portrays X
 * as*, *the depiction of X as*, or a verbless heading (*NATO as the aggressor*) — the narrator names
 * how someone pictures X. Undefined when there is none.
 */
function portrayalAs (tokens: Token[], sentence: Sentence, at: number): { first: number, as: number } | undefined {
  for (let as = at - 1; as >= sentence.firstToken + 1 && as >= at - MAX_PICTURE_REACH; as--) {
    if (tokens[as].normal !== 'as') continue
    if (tokens[as - 1].normal === 'such' || tokens[as - 1].normal === 'well' || tokens[as + 1]?.normal === 'well') return undefined
    const first = portrayalStart(tokens, sentence, as)
    return first === -1 ? undefined : { first, as }
  }
  return undefined
}

/** The portraying word before a portrayal's *as*, or the first word of a heading's pictured subject; -1 when neither. */
function portrayalStart (tokens: Token[], sentence: Sentence, as: number): number {
  let words = 0
  for (let i = as - 1; i >= sentence.firstToken && i >= as - MAX_PORTRAYED_TOKENS; i--) {
    const token = tokens[i]
    if (PORTRAYING.has(token.lemma) && (token.pos === 'VERB' || token.pos === 'NOUN')) return words > 0 ? i : -1
    if (token.pos === 'VERB' || token.pos === 'AUX') return -1
    if (!(PORTRAYED_WORDS.has(token.pos) || token.isQuote || token.normal === ',' || token.normal === 'of' || token.normal === "'s")) return -1
    words++
  }
  // (A heading of a few words and no verb at all: *NATO as the aggressor*, not *Just as NATO expanded, …*.)
  // (Its subject ends on a name or a noun, and the *as* is no connective: not *Nearly 100 dead as a result of …*.)
  const subjectEnd = tokens[as - 1]
  if (words === 0 || as - sentence.firstToken > MAX_HEADING_SUBJECT || tokens[as].pos !== 'ADP' ||
    !(subjectEnd.pos === 'NOUN' || subjectEnd.pos === 'PROPN' || subjectEnd.isQuote) || CONNECTIVE_AS.has(tokens[as + 2]?.normal ?? '') || tokens[as + 1]?.normal === 'part') return -1
  for (let i = sentence.firstToken; i < sentence.lastToken; i++) {
    if (tokens[i].pos === 'AUX' || (tokens[i].pos === 'VERB' && !modifiesNoun(tokens, i))) return -1
    if (tokens[i].normal === ',' && i < as) return -1
  }
  return sentence.firstToken
}

/** Whether the picture after a portrayal's *as* runs on to `at`: no clause of its own starts before it. */
function pictureReaches (tokens: Token[], as: number, at: number): boolean {
  let relative = false
  for (let i = as + 1; i < at; i++) {
    const token = tokens[i]
    if (PICTURE_ENDS.has(token.normal)) return false
    if (RELATIVE_WORDS.has(token.normal)) relative = true
    if ((token.pos === 'VERB' || token.pos === 'AUX') && !relative && !modifiesNoun(tokens, i)) return false
  }
  return true
}

/**
 * *in order to portray the Baltic states as hostile, fascist regimes*, *depicts them as countries
 * whose governments take orders from Washington*, a heading *The Baltic states as “failed states”*:
 * a state term in the picture after a portrayal's *as* is the portrayer's, which the narrator
 * names — the portrayal is a distancing cue and the picture a scope whose terms are not the
 * narrator's. Attributed portrayals (*Zakharova portrayed …*) are left to their attribution: their
 * terms are reported, and the narrator distances from nothing.
 */
function portrayals (context: FramingContext): { cues: RawMatch[], scopes: Array<{ start: number, end: number }> } {
  const { tokens, sentences, matches, attributions } = context
  const cues: RawMatch[] = []
  const scopes: Array<{ start: number, end: number }> = []
  let contents: RangeIndex | undefined
  let cueStarts: Set<number> | undefined
  for (const match of matches) {
    if (match.compiled.lexicon.dimension !== 'stateFraming' || match.compiled.role !== 'term') continue
    const portrayal = portrayalAs(tokens, sentences[tokens[match.first].sentence], match.first)
    if (portrayal === undefined || !pictureReaches(tokens, portrayal.as, match.first)) continue
    contents ??= contentIndex(context.text, attributions)
    cueStarts ??= new Set(attributions.map((a) => a.cue.start))
    if (insideAny(contents, tokens[match.first].start, tokens[match.last - 1].end) || cueStarts.has(tokens[portrayal.first].start)) continue
    if (cues.at(-1)?.last !== portrayal.as + 1) cues.push({ compiled: PORTRAYAL_CUE, first: portrayal.first, last: portrayal.as + 1 })
    scopes.push({ start: portrayal.as + 1, end: match.last })
  }
  return { cues, scopes }
}

/** *NATO as the aggressor*, *depicts Estonia as impoverished*: the adversary is what a portrayal pictures, not an actor the narrator portrays. */
function portrayedAdversary (tokens: Token[], sentence: Sentence, match: RawMatch): boolean {
  for (let as = match.last; as < sentence.lastToken && as <= match.last + 4; as++) {
    if (tokens[as].normal === 'as') return portrayalStart(tokens, sentence, as) !== -1
    if (!(tokens[as].normal === ',' || tokens[as].pos === 'PROPN' || tokens[as].pos === 'CCONJ' || tokens[as].pos === 'NOUN')) return false
  }
  return false
}

/**
 * A verbless heading that holds a state term in scare quotes (*1. “Russophobia” and the persecution
 * of Russian speakers*) names narratives: its other state terms are named too, not claimed.
 */
function headingNamingNarratives (tokens: Token[], sentence: Sentence, quotedTerm: boolean): boolean {
  if (!quotedTerm) return false
  let open = false
  for (let i = sentence.firstToken; i < sentence.lastToken; i++) {
    if (tokens[i].isQuote) open = !open
    else if (!open && (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX')) return false
  }
  return true
}

/** How long the words between a cue and its content may be and still be whom the statement is addressed to (*told Washington*). */
const MAX_ADDRESSEE_CHARACTERS = 40

/** Participles of accusing whose *of* / *with* / *for* brings in what someone is accused of. */
const ACCUSING = new Set(['accuse', 'charge', 'suspect', 'blame', 'indict', 'convict'])
const ACCUSED_OF = new Set(['of', 'with', 'for'])
/** How far back from a term its *accused of* may stand. */
const MAX_ACCUSATION_REACH = 6

/**
 * *The IOC has been accused of politicising sport*, *a reporter charged with spreading fakes about
 * the army*: what someone is accused of, with nobody named to say it, is the accusation's, not the
 * narrator's claim (an accuser named is an attribution, and its terms are reported).
 */
function accusedOf (tokens: Token[], sentence: Sentence, match: RawMatch): boolean {
  for (let i = match.first - 1; i > sentence.firstToken && i >= match.first - MAX_ACCUSATION_REACH; i--) {
    const token = tokens[i]
    if (ACCUSED_OF.has(token.normal)) return ACCUSING.has(tokens[i - 1].lemma) && tokens[i - 1].pos === 'VERB' && /(?:ed|d)$/.test(tokens[i - 1].normal)
    if (token.pos === 'VERB' || token.pos === 'AUX' || CLAUSE_BREAKS.has(token.normal)) return false
  }
  return false
}

/**
 * What `build` finds in the sentence of a match, built for a sentence when a match there first asks
 * (most sentences hold no match) and kept for the others.
 */
function perSentence<T> (context: FramingContext, build: (tokens: Token[], sentence: Sentence) => T): (match: RawMatch) => T {
  const built = new Map<number, T>()
  return (match) => {
    const sentence = context.tokens[match.first].sentence
    let found = built.get(sentence)
    if (found === undefined) {
      found = build(context.tokens, context.sentences[sentence])
      built.set(sentence, found)
    }
    return found
  }
}

export function framingMatches (context: FramingContext): Match[] {
  const frames = narrativeFrames(context.tokens, context.sentences, context.matches)
  const callers = longCallers(context.tokens, context.matches, context.attributions)
  const pictures = portrayals(context)
  if (frames.cues.length === 0 && callers.length === 0 && pictures.cues.length === 0) return framingMatchesWith(context, NO_SCOPES)
  // (Frames, portrayals and long callers are built-in distancing cues, read with the lexicons' own: merged in token order.)
  const matches = [...context.matches, ...frames.cues, ...callers, ...pictures.cues].sort((a, b) => a.first - b.first)
  return framingMatchesWith({ ...context, matches }, indexRanges([...frames.scopes, ...pictures.scopes]))
}

const NO_SCOPES = indexRanges([])

/**
 * *Strategic autonomy, or strategic silence?*, *Is it a partnership or a dependence?*: a sentence
 * in which the narrator offers terms as answers it does not assert. A yes-no question insinuates —
 * *Is Ukraine a failed state?* is how propaganda headlines assert — and so does a rhetorical one,
 * *Isn't NATO encircling Russia?*, *Who provoked this war, if not NATO?*.
 */
function isAlternativeQuestion (tokens: Token[], sentence: Sentence | undefined): boolean {
  if (sentence === undefined) return false
  let last = sentence.lastToken - 1
  while (last > sentence.firstToken && tokens[last].isQuote) last--
  const words = tokens.slice(sentence.firstToken, last)
  return tokens[last].normal === '?' && words.some((token) => token.normal === 'or') && !words.some((token) => RHETORICAL_WORDS.has(token.normal))
}

/**
 * *Did NATO provoke this war? It did not.*, *Is Ukraine a failed state? No.*: a question the narrator
 * answers at once with a bare negative denies what it asked.
 */
function answeredNo (tokens: Token[], question: Sentence, answerTokens: Token[], answer: Sentence | undefined): boolean {
  if (answer === undefined) return false
  let last = question.lastToken - 1
  while (last > question.firstToken && tokens[last].isQuote) last--
  if (tokens[last].normal !== '?') return false
  // (*No. Russian state media have …*: wink reads *No.* as the abbreviation of *number* and runs
  // it into the next sentence; before a word, not a number, it is the bare answer.)
  const opening = answerTokens[answer.firstToken]
  if (opening?.normal === 'no.' && answerTokens[answer.firstToken + 1]?.pos !== 'NUM') return true
  // (*No, monitors found no such campaign.*: a *No* set off by a comma answers, whatever follows.)
  if (opening?.normal === 'no' && answerTokens[answer.firstToken + 1]?.normal === ',') return true
  const words = answerTokens.slice(answer.firstToken, answer.lastToken).filter((token) => token.isWord)
  if (words.length === 0 || words.length > MAX_BARE_ANSWER) return false
  const [first, ...rest] = words.map((token) => token.normal)
  // (*No.*, *No, it did not.*, *Not at all.*, *Of course not.*, *It did not.*, *They were not.*)
  if (first === 'no' || first === 'no.' || first === 'not' || (first === 'of' && rest[0] === 'course' && rest[1] === 'not')) return true
  return (BARE_ANSWER_SUBJECTS.has(first) && rest.length >= 2 && BARE_ANSWER_AUXILIARIES.has(rest[0]) && (rest[1] === 'not' || rest[1] === 'never') && rest.length <= 3)
}
/** Words in a bare answer, at most (*No, it did not.*). */
const MAX_BARE_ANSWER = 5
const BARE_ANSWER_SUBJECTS = new Set(['it', 'they', 'he', 'she', 'we', 'this', 'that', 'nato', 'russia', 'ukraine', 'kyiv', 'moscow'])
const BARE_ANSWER_AUXILIARIES = new Set(['did', 'does', 'do', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'can', 'could'])

/** Words that make a question rhetorical, expecting the narrative as its answer (*Isn't NATO …?* — wink's normal of *n't* is *not* —, *Who provoked this war?*). */
const RHETORICAL_WORDS = new Set(['not', 'who', 'why', 'whom', 'whose'])

function framingMatchesWith (context: FramingContext, framedScopes: RangeIndex): Match[] {
  const { text, tokens, matches, quotes, attributions } = context
  // Most paragraphs hold no framing match at all: skip building the indexes.
  if (!matches.some((match) => match.compiled.lexicon.dimension !== 'attribution' && match.compiled.role !== 'source' && match.compiled.role !== 'hostility')) return []
  const denials = indexRanges(matches.filter((match) => match.compiled.role === 'denial').map((denial) => ({ start: denial.first, end: denial.last })))
  // A neutral name that holds a framing cue (*the so-called shadow fleet*): nothing of its dimension inside it counts.
  const neutralNames = (dimension: string): RangeIndex => indexRanges(matches.filter((match) => match.compiled.role === 'hedge' && match.compiled.lexicon.dimension === dimension).map((name) => ({ start: name.first, end: name.last })))
  const neutral = { stateFraming: neutralNames('stateFraming'), criticalFraming: neutralNames('criticalFraming') }
  const contents = contentIndex(text, attributions)
  const tags = parentheticalTags(tokens, attributions)
  const quoted = indexRanges(quotes)
  const distancingCues = matches.filter((match) => match.compiled.role === 'distancing')
  const distancingEnds = new Set(distancingCues.map((cue) => cue.last))
  // (*its supposed denazification*: a distancing cue that names the term itself.)
  const distancingSpans = indexRanges(distancingCues.map((cue) => ({ start: cue.first, end: cue.last })))
  // (*spreading "false information" about the army*: a distancing cue built around a state label — its
  // scare quotes — starts with the label's own words.)
  // (Not *no evidence of Russian meddling*, a cue that opens on the same words but quotes nothing.)
  const distancingStarts = new Set(distancingCues.filter((cue) => tokens.slice(cue.first, cue.last).some((token) => token.isQuote)).map((cue) => cue.first))
  // (*used the protection of Russian speakers as a pretext for …*: a distancing *as …* right after the term.)
  const pretextStarts = new Set(distancingCues.filter((cue) => tokens[cue.first].normal === 'as').map((cue) => cue.first))
  const namingEnds = new Set(matches.filter((match) => NAMING_DISTANCERS.has(match.compiled.entry.id)).map((cue) => cue.last))
  // (*Russia, we are told, is protecting Donbass*: a hearsay hedge puts the rest of its clause in the state's mouth.)
  // (Only the nearest hedge before a term can reach it: a clause edge after it would stop any earlier one too.)
  const hearsay = distancingCues.filter((cue) => HEARSAY_ENTRIES.has(cue.compiled.entry.id) && !toldToAct(tokens, cue))
  const sameClause = clauseTest(tokens)
  // (*Ukrainian neo-Nazis have been killing civilians in Donbas*: harm done by the narrative's villain
  // is the narrative, not a critique of it.)
  // (*A child was killed during the NATO exercise*, *civilians were killed by Ukrainian shelling*: the agent after a passive.)
  const stateActors = matches.filter((match) => match.compiled.lexicon.dimension === 'stateFraming' && (match.compiled.role === 'term' || match.compiled.role === 'adversary'))
  const stateActorEnds = stateActors.map((match) => match.last).sort((a, b) => a - b)
  const stateActorStarts = stateActors.map((match) => match.first).sort((a, b) => a - b)
  const harmByStateVillain = (match: RawMatch): boolean => {
    const before = stateActorEnds[firstAfter(stateActorEnds.length, (i) => stateActorEnds[i], match.first) - 1]
    // (Not *The West accuses Russia of war crimes*: the state itself named between them is the one the deed is laid on.)
    if (before !== undefined && match.first - before <= MAX_HARM_AGENT_GAP && sameClause(before, match.first) &&
      !matchesWithin(matches, before, match.first).some((other) => other.compiled.lexicon.dimension === 'stateFraming' && other.compiled.role === 'source')) return true
    const after = stateActorStarts[firstAfter(stateActorStarts.length, (i) => stateActorStarts[i], match.last - 1)]
    if (after === undefined || after - match.last > MAX_HARM_AGENT_GAP || !sameClause(match.first, after)) return false
    for (let i = match.last; i < after; i++) if (AGENT_PREPOSITIONS.has(tokens[i].normal)) return true
    return false
  }
  const afterHearsay = (match: RawMatch): boolean => {
    const nearest = hearsay[firstAfter(hearsay.length, (i) => hearsay[i].last, match.first) - 1]
    return nearest !== undefined && sameClause(nearest.last, match.first)
  }
  // (*The claim that NATO expansion forced Russia's hand deserves scrutiny*: a state term or an adversary in a claim the narrator names is not the narrator's.)
  const claimOpenersOf = perSentence(context, claimClauseOpeners)
  const inNamedClaim = (match: RawMatch): boolean => {
    const openers = claimOpenersOf(match)
    const nearest = openers[firstAfter(openers.length, (i) => openers[i], match.first - 1) - 1]
    return nearest !== undefined && sameClause(nearest, match.first)
  }
  const distancingState = cuesDistancingStateTerms(namingEnds, tokens, matches)
  const distancingCriticsOnly = cuesDistancingOnlyCriticalTerms(namingEnds, tokens, matches, distancingState)
  // Built once per paragraph, so checking every adversary mention stays linear.
  const speakers = indexRanges(attributions.filter((a) => !HOSTILE_ACT_CUES.has(a.entry) || threatensPolicyAct(tokens, a)).map((a) => a.source))
  // (*Russia's foreign ministry told Washington to stop interfering …*: the one a statement is addressed
  // to, between its cue and its content, is spoken to — the hostility is the speaker's, reported.)
  const addressees = indexRanges(attributions.flatMap((a) => a.content !== undefined && a.content.start > a.cue.end && a.source.end <= a.cue.start &&
    a.content.start - a.cue.end <= MAX_ADDRESSEE_CHARACTERS ? [{ start: a.cue.end, end: a.content.start }] : []))
  // (*the Baltic states, whose ambassadors complained …*: the speaker's possessor, reached through *whose*.)
  const whoseSpeakers = new Set(attributions.filter((a) => !HOSTILE_ACT_CUES.has(a.entry) && /^whose\b/i.test(a.source.text)).map((a) => a.source.start))
  const speaksThroughWhose = (match: RawMatch): boolean => {
    const whose = tokens[match.last]?.normal === ',' ? tokens[match.last + 1] : tokens[match.last]
    return whose !== undefined && whose.normal === 'whose' && whoseSpeakers.has(whose.start)
  }
  const hostility = hostilityBySentence(context, harmByStateVillain)
  // (Read once per sentence: a question of thousands of terms stays linear.)
  const askedNotAsserted = perSentence(context, isAlternativeQuestion)
  const deniedByAnswer = perSentence(context, (tokens, sentence) => {
    const next = context.sentences[tokens[sentence.firstToken].sentence + 1]
    if (next !== undefined || context.nextParagraph === undefined) return answeredNo(tokens, sentence, tokens, next)
    // (The paragraph's last sentence: a heading's question is answered by the paragraph after it.)
    return answeredNo(tokens, sentence, context.nextParagraph.tokens, context.nextParagraph.sentences[0])
  })
  const byContentStart = attributionsByContentStart(attributions)
  const deniedClausesOf = perSentence(context, deniedClauses)
  const clausesDenying = (match: RawMatch): DeniedClause[] => {
    const denied = deniedClausesOf(match)
    return denied.filter((clause) => clause.first <= match.first && match.last <= clause.last)
  }
  const narratorDenies = (match: RawMatch): boolean => clausesDenying(match).length > 0
  /** Denied clauses that hold a state term in the narrator's voice: their denying words are critical framing. */
  const deniedNarratives = new Set<DeniedClause>()
  const sentenceOf = (match: RawMatch): Sentence => context.sentences[tokens[match.first].sentence]
  // (Read once per sentence: a sentence of thousands of *so-called* stays linear.)
  const speaksForState = perSentence(context, (tokens, sentence) => sentenceSpeaksForState(tokens, matchesWithin(matches, sentence.firstToken, sentence.lastToken), contents, quoted))
  const scareQuotedTermIn = new Set<number>()
  for (const match of matches) {
    if (match.compiled.lexicon.dimension !== 'stateFraming' || match.compiled.role !== 'term') continue
    const start = tokens[match.first].start
    const end = tokens[match.last - 1].end
    if (insideAny(quoted, start, end) && !insideAny(contents, start, end)) scareQuotedTermIn.add(tokens[match.first].sentence)
  }
  const namesNarratives = perSentence(context, (tokens, sentence) => headingNamingNarratives(tokens, sentence, scareQuotedTermIn.has(tokens[sentence.firstToken].sentence)))
  const results: Match[] = []
  // A term overlapping a distanced one is distanced too (*what it called the neo-Nazi regime in
  // Kyiv*: *regime in Kyiv* is read inside the same distanced phrase). Matches come in token order.
  let distancedUntil = -1
  const distancedEntries = new Set<object>()
  for (const match of matches) {
    const { lexicon, entry, role } = match.compiled
    if (VILLAIN_DEEDS.has(entry.id) && lexicon.dimension === 'criticalFraming' && harmByStateVillain(match)) continue
    // (*the Western propaganda machine*: a critical word read inside a longer state term that names its
    // target is the state's charge against that target, not a critique of the state.)
    if (lexicon.dimension === 'criticalFraming' && role === 'term' && insideStateTerm(matches, match)) continue
    // Sources and hostility words are evidence for other rules, not framing matches of their own.
    if (lexicon.dimension === 'attribution' || role === 'source' || role === 'hostility' || role === 'hedge') continue
    if (insideAny(neutral[lexicon.dimension as 'stateFraming' | 'criticalFraming'], match.first, match.last)) continue
    if (role === 'distancing' && distancingCriticsOnly.has(match.last)) continue
    const start = tokens[match.first].start
    const end = tokens[match.last - 1].end
    if (entry.id === 'what-it-calls' && callerIsAnalyst(attributions, start, end)) continue
    // A term inside a denial (*not an act of aggression but …*) belongs to the denial.
    if (role !== 'denial' && insideAny(denials, match.first, match.last)) continue
    let voice: Voice = 'adopted'
    let namedClaim = false
    // (A pattern that ends on the clause's punctuation, *… not interested in ending the conflict.*, is
    // inside a content that stops before it.)
    let wordsEnd = match.last
    while (wordsEnd - 1 > match.first && tokens[wordsEnd - 1].pos === 'PUNCT' && !tokens[wordsEnd - 1].isQuote) wordsEnd--
    const distancedHere = lexicon.dimension === 'stateFraming' && role === 'term' && (distancedBy(distancingEnds, tokens, match) || insideAny(distancingSpans, match.first - 1, match.last) || distancingStarts.has(match.first))
    if (insideAny(contents, start, tokens[wordsEnd - 1].end)) {
      voice = 'reported'
      // (*the territories the militants announced in the so-called “LPR”*: kept at arm's length inside a statement too.)
      if (distancedHere) distancedEntries.add(entry)
    }
    // (Only a term wholly inside the marks: a term that runs past a closing mark, *a “false flag”
    // attack*, *“Glory to Ukraine” is a Nazi greeting*, mostly quotes someone else's words inside the
    // narrator's own claim; treating it as quoted cost 9 EUvsDisinfo dev claims and 2 Kremlin quotes.)
    else if (insideAny(quoted, start, end)) voice = 'quoted'
    else if (distancedHere) {
      voice = 'quoted'
      distancedUntil = Math.max(distancedUntil, match.last)
      distancedEntries.add(entry)
    // (*the so-called “LPR” and “DPR” … DNR leader Denis Pushilin*: a name the narrator has kept at
    // arm's length once in the paragraph stays there when it comes again.)
    } else if (lexicon.dimension === 'stateFraming' && role === 'term' && distancedEntries.has(entry)) {
      voice = 'quoted'
    } else if (match.first < distancedUntil || distancedBy(distancingEnds, tokens, match) || pretextStarts.has(match.last) ||
      (hearsay.length > 0 && lexicon.dimension === 'stateFraming' && afterHearsay(match)) ||
      (lexicon.dimension === 'stateFraming' && insideAny(framedScopes, match.first, match.last)) ||
      (lexicon.dimension === 'stateFraming' && (namedClaim = inNamedClaim(match))) ||
      (lexicon.dimension === 'stateFraming' && topicOfClaim(tokens, match)) ||
      (lexicon.dimension === 'stateFraming' && role === 'term' && namedAsClaim(tokens, match)) ||
      (lexicon.dimension === 'stateFraming' && role === 'term' && askedNotAsserted(match)) ||
      (lexicon.dimension === 'stateFraming' && role === 'term' && (namesNarratives(match) || accusedOf(tokens, sentenceOf(match), match)))) {
      // (*the so-called unprovoked invasion*: a critical term the narrator keeps at arm's length is not the narrator's critique.)
      if (lexicon.dimension === 'criticalFraming' && role === 'term' && distancingCueEnd(namingEnds, tokens, match) !== -1) continue
      voice = 'quoted'
      if (lexicon.dimension === 'stateFraming') distancedUntil = Math.max(distancedUntil, match.last)
    }
    // An adversary named as an actor in a hostile sentence in the narrator's own voice reproduces
    // the narrative (*NATO soldiers are terrorising the border*); named neutrally, or as a place
    // (*in Washington*, a *WASHINGTON —* dateline, *The Washington Post*), it is just news.
    // An adversary that is itself the source of an attribution (*NATO said*, *NATO discussed terrorism*)
    // is being reported, not portrayed.
    // *Zakharova dismissed the so-called warrant*, *the MEA called the so-called evidence fabricated*:
    // a state's own spokesperson distancing from its critics is not critical of that state.
    // (But *Russian officials describe it as part of what they call the special military operation*:
    // a *what they call* about the speaker is the narrator's distancing from the speaker's own word.)
    if (lexicon.dimension === 'criticalFraming' && voice === 'reported' && !callerIsPronoun(tokens, match) && speakerActor(byContentStart, start, end) !== undefined) continue
    if (role === 'distancing' && (entry.id === 'what-it-calls' || entry.id === 'so-called') && !namingAimsAtState(context, match, voice, distancingState)) continue
    // (*The Western propaganda machine cannot hide the failure of the so-called counteroffensive*: a
    // narrator that speaks for a state in the same sentence distances for that state, not from it.)
    if (entry.id === 'so-called' && voice === 'adopted' && !distancingState.has(match.last) && speaksForState(match)) continue
    if (entry.id === 'hearsay' && toldToAct(tokens, match)) continue
    // (*Putin said Moscow valued what he called a “special and privileged strategic partnership”*: the speaker's own quoted wording.)
    if (lexicon.dimension === 'criticalFraming' && voice === 'reported' && callerIsPronoun(tokens, match) && quotesOwnWording(context, byContentStart, match)) continue
    if (role === 'adversary' && (voice !== 'adopted' || !isActorMention(tokens, match) ||
      insideAny(speakers, start, end) || insideAny(addressees, start, end) || speaksThroughWhose(match) || portrayedAdversary(tokens, sentenceOf(match), match) || !isHostile(context, match, hostility) ||
      narratorDenies(match) || deniedByAnswer(match))) continue
    const sentenceFirst = sentenceOf(match).firstToken
    // (The narrator's denial is read first: its words are critical framing even where a negator nearby also negates the term.)
    // (*It is not true that Russian forces hit only military targets*: a state's own denial, denied in
    // turn by the narrator's clause, is refuted like any other narrative; its own *not* still never negates it.)
    const denying = role === 'term' || role === 'denial' ? clausesDenying(match) : []
    // (*Moscow would not halt what it calls its special military operation*: a negator before the verb
    // whose object the *what* clause is denies the verb, not the cue.)
    const verbBefore = tokens[match.first].normal === 'what' && tokens[match.first - 1]?.pos === 'VERB' && tokens[match.first - 1].lemma !== 'be'
    const negated = role === 'denial' ? denying.length > 0 : role !== 'adversary' && (denying.length > 0 || (lexicon.dimension === 'stateFraming' && deniedByAnswer(match)) ||
      (role === 'distancing' ? !verbBefore && isNegated(tokens, match.first, sentenceFirst, DISTANCING_NEGATION_WINDOW, tags) : isNegated(tokens, match.first, sentenceFirst, NEGATION_WINDOW, tags)))
    // (*The idea that the drills were defensive is a myth*: the narrator denies the claim it names.)
    if (lexicon.dimension === 'stateFraming' && (voice === 'adopted' || namedClaim)) for (const clause of denying) deniedNarratives.add(clause)
    const result: Match = {
      dimension: lexicon.dimension as Match['dimension'],
      lexicon: lexicon.id,
      entry: entry.id,
      role,
      start,
      end,
      text: text.slice(start, end),
      voice,
      negated,
      weight: entry.weight
    }
    if (lexicon.actor !== undefined) result.actor = lexicon.actor
    results.push(result)
  }
  results.push(...scareQuotes(context, results, contents))
  results.push(...narratorDenials(context, deniedNarratives))
  results.sort((a, b) => a.start - b.start || b.end - a.end)
  return keepOneActorPerTerm(withoutAdversariesInsideTerms(mergeOverlappingReadings(text, results)), attributions, byContentStart)
}

/**
 * One entry read twice over the same words (*full-scale invasion* and *invasion of Ukraine* in
 * *full-scale invasion of Ukraine*) is one match over both: the phrase is listed once, as it is
 * scored once. `matches` are sorted by start.
 */
/**
 * *the Kyiv regime*: the adversary inside a state term is that term's evidence already (the scores
 * count overlapping evidence once); listed again, an editor reads two findings for one phrase.
 * Matches come sorted by start, longest first.
 */
function withoutAdversariesInsideTerms (matches: Match[]): Match[] {
  let termEnd = -1
  return matches.filter((match) => {
    if (match.dimension !== 'stateFraming') return true
    if (match.role === 'adversary') return match.end > termEnd
    termEnd = Math.max(termEnd, match.end)
    return true
  })
}

function mergeOverlappingReadings (text: string, matches: Match[]): Match[] {
  const merged: Match[] = []
  // The latest match kept per entry and reading: one lookup per match, linear on any paragraph.
  const latest = new Map<string, Match>()
  for (const match of matches) {
    const key = `${match.lexicon}\u0000${match.entry}\u0000${match.voice ?? ''}\u0000${match.negated ? 1 : 0}`
    const previous = latest.get(key)
    if (previous !== undefined && match.start < previous.end) {
      if (match.end > previous.end) {
        previous.end = match.end
        previous.text = text.slice(previous.start, previous.end)
      }
      continue
    }
    merged.push(match)
    latest.set(key, match)
  }
  return merged
}

const attributionsByContentStart = (attributions: Attribution[]): Attribution[] =>
  attributions.filter((a) => a.content !== undefined).sort((a, b) => (a.content?.start ?? 0) - (b.content?.start ?? 0))

/** The state actor of the speaker whose content holds [start, end), if any (a few attributions back at most). */
function speakerActor (byContentStart: Attribution[], start: number, end: number): string | undefined {
  const low = firstAfter(byContentStart.length, (i) => byContentStart[i].content?.start ?? 0, start)
  for (let k = low - 1; k >= Math.max(0, low - 1 - MAX_CONTAINING_LOOKBACK); k--) {
    const content = byContentStart[k].content
    if (content !== undefined && content.end >= end && byContentStart[k].source.actor !== undefined) return byContentStart[k].source.actor
  }
  return undefined
}

/** How many attributions before a match are checked for the one whose content holds it. */
const MAX_CONTAINING_LOOKBACK = 20

/**
 * A term two state lexicons share (*multipolar world*, *Global South*) is one state's in a given
 * place: in reported voice the speaker's (*Lavrov said … multipolar world* is Russia's), otherwise
 * the one state the paragraph's other evidence names (a Russia–China summit report credits it to
 * Russia, a Jaishankar speech to India). With no such sign both stay, each naming its actor.
 * `matches` are in text order.
 */
/** How many times longer a state's phrase must be than another state's term inside it to claim the words. */
const SPECIFIC_READING_FACTOR = 2

function keepOneActorPerTerm (matches: Match[], attributions: Attribution[], byContentStart: Attribution[]): Match[] {
  const shared = (a: Match, b: Match): boolean => a.dimension === 'stateFraming' && b.dimension === 'stateFraming' &&
    a.actor !== undefined && b.actor !== undefined && a.actor !== b.actor && a.start < b.end && b.start < a.end
  // Each contested match with the actors of the matches it shares words with (itself included).
  const contested = new Map<Match, Set<string | undefined>>()
  const rivalOf = (match: Match, actor: string | undefined): void => {
    const actors = contested.get(match) ?? new Set([match.actor])
    actors.add(actor)
    contested.set(match, actors)
  }
  // (*unilateral sanctions that have no mandate from the UN Security Council*: India's phrase, which
  // says much more, is the more specific reading of the words Russia's *unilateral sanctions* shares;
  // not *multipolar world order* over *multipolar world*, one word more of the same idea.)
  const withinLongerRival = new Set<Match>()
  const within = (inner: Match, outer: Match): boolean => outer.start <= inner.start && inner.end <= outer.end &&
    outer.end - outer.start >= SPECIFIC_READING_FACTOR * (inner.end - inner.start)
  for (let i = 0; i < matches.length; i++) {
    for (let j = i + 1; j < matches.length && matches[j].start < matches[i].end; j++) {
      if (!shared(matches[i], matches[j])) continue
      rivalOf(matches[i], matches[j].actor)
      rivalOf(matches[j], matches[i].actor)
      if (within(matches[j], matches[i])) withinLongerRival.add(matches[j])
      else if (within(matches[i], matches[j])) withinLongerRival.add(matches[i])
    }
  }
  if (contested.size === 0) return matches
  const paragraphActors = new Set<string>()
  for (const match of matches) if (!contested.has(match) && match.dimension === 'stateFraming' && match.actor !== undefined) paragraphActors.add(match.actor)
  for (const attribution of attributions) if (attribution.source.actor !== undefined) paragraphActors.add(attribution.source.actor)
  return matches.filter((match) => {
    const actors = contested.get(match)
    if (actors === undefined) return true
    const speaker = match.voice === 'reported' ? speakerActor(byContentStart, match.start, match.end) : undefined
    if (speaker !== undefined && actors.has(speaker)) return match.actor === speaker
    if (withinLongerRival.has(match)) return false
    const named = [...actors].filter((actor) => actor !== undefined && paragraphActors.has(actor))
    return named.length === 1 ? match.actor === named[0] : true
  })
}

/** Lexicon id and weight of the built-in scare-quote rule (not a YAML lexicon: it needs the quote structure). */
export const SCARE_QUOTE_LEXICON = 'rules'
export const SCARE_QUOTE_WEIGHT = 0.5
/** A quote this short that holds nothing but a state term is a scare quote, not a citation. */
const SCARE_QUOTE_MAX_EXTRA_TOKENS = 1

/**
 * Scare quotes around a state term without any attribution (*its “special military
 * operation”*) distance the narrator from the term: a critical-framing match on the quote.
 */
function scareQuotes (context: FramingContext, framing: Match[], contents: RangeIndex): Match[] {
  const { text, tokens, quotes } = context
  // Quoted state terms in order of start, walked alongside the quote regions (both sorted).
  const quotedTerms = framing.filter((match) => match.dimension === 'stateFraming' && match.voice === 'quoted').sort((a, b) => a.start - b.start)
  const stateTerms = framing.filter((match) => match.dimension === 'stateFraming').sort((a, b) => a.start - b.start)
  let next = 0
  const found: Match[] = []
  for (const region of quotes) {
    found.push(...innerScareQuotes(context, stateTerms, region, contents))
    while (next < quotedTerms.length && quotedTerms[next].start < region.start) next++
    if (region.close >= tokens.length) continue
    const inside = region.close - region.open - 1
    const term = quotedTerms[next] !== undefined && quotedTerms[next].end <= region.end ? quotedTerms[next] : undefined
    if (term === undefined) continue
    const termTokens = tokens.slice(region.open + 1, region.close).filter((token) => token.start >= term.start && token.end <= term.end).length
    if (inside - termTokens > SCARE_QUOTE_MAX_EXTRA_TOKENS) continue
    if (insideAny(contents, region.start, region.end)) continue
    const start = tokens[region.open].start
    const end = tokens[region.close].end
    found.push({
      dimension: 'criticalFraming', lexicon: SCARE_QUOTE_LEXICON, entry: 'scare-quotes', role: 'distancing',
      start, end, text: text.slice(start, end), voice: 'adopted', negated: false, weight: SCARE_QUOTE_WEIGHT
    })
  }
  return found
}

/**
 * A speaker's own scare quotes inside a quotation (*"Russia's 'special military operation' is a war
 * of conquest," he said*): the speaker distances from the term, so the match is in the speaker's
 * voice — reported when the quotation is attributed, quoted when it is not.
 */
function innerScareQuotes (context: FramingContext, stateTerms: Match[], outer: QuoteRegion, contents: RangeIndex): Match[] {
  const { text, tokens } = context
  const found: Match[] = []
  for (const region of innerQuoteRegions(text, tokens, outer)) {
    const term = stateTerms[firstAfter(stateTerms.length, (i) => stateTerms[i].start, region.start - 1)]
    if (term === undefined || term.end > region.end) continue
    const termTokens = tokens.slice(region.open + 1, region.close).filter((token) => token.start >= term.start && token.end <= term.end).length
    if (region.close - region.open - 1 - termTokens > SCARE_QUOTE_MAX_EXTRA_TOKENS) continue
    const start = tokens[region.open].start
    const end = tokens[region.close].end
    found.push({
      dimension: 'criticalFraming', lexicon: SCARE_QUOTE_LEXICON, entry: 'scare-quotes', role: 'distancing',
      start, end, text: text.slice(start, end), voice: insideAny(contents, start, end) ? 'reported' : 'quoted', negated: false, weight: SCARE_QUOTE_WEIGHT
    })
  }
  return found
}

/** Weight of a narrator's frame announcing someone else's narrative, as a hearsay hedge's. */
export const NARRATIVE_FRAME_WEIGHT = 0.5
const FRAME_CUE: CompiledEntry = {
  lexicon: { id: SCARE_QUOTE_LEXICON, version: '0.0.0', dimension: 'criticalFraming', entries: [] } as unknown as LexiconFile,
  entry: { id: 'narrative-frame', patterns: [], weight: NARRATIVE_FRAME_WEIGHT, role: 'distancing', examples: [] } as unknown as LexiconEntry,
  role: 'distancing',
  pattern: undefined as unknown as CompiledEntry['pattern'],
  requiredWords: new Int32Array(0),
  order: -1,
  // (Built in, not compiled from a lexicon: the matcher never sees it, so it has no slot in its per-entry scratch.)
  entryIndex: -1
}

const WHAT_IT_CALLS: CompiledEntry = {
  ...FRAME_CUE,
  entry: { id: 'what-it-calls', patterns: [], weight: 1, role: 'distancing', examples: [] } as unknown as LexiconEntry
}
/** A portrayal named by the narrator (see portrayals). */
const PORTRAYAL_CUE: CompiledEntry = {
  ...FRAME_CUE,
  entry: { id: 'portrayal', patterns: [], weight: NARRATIVE_FRAME_WEIGHT, role: 'distancing', examples: [] } as unknown as LexiconEntry
}

/** Verbs that name a thing in *what X calls*. */
const NAMING_VERBS = new Set(['call', 'describe', 'term', 'label', 'dub', 'brand'])

/**
 * *what the Russian Ministry of Foreign Affairs calls*, *what Russia's top military commander
 * calls*: the gap in *what ___ calls* is a noun phrase of any length, which the attribution rules
 * find as the naming verb's source. A distancing cue from *what* to the verb (and its *as*) where
 * no lexicon pattern already reads one (they stop at four words).
 */
function longCallers (tokens: Token[], matches: RawMatch[], attributions: Attribution[]): RawMatch[] {
  const found: RawMatch[] = []
  const tokenAt = (offset: number): number => firstAfter(tokens.length, (i) => tokens[i].start, offset - 1)
  for (const attribution of attributions) {
    if (attribution.cue.start < attribution.source.end) continue
    const what = tokenAt(attribution.source.start) - 1
    const cue = tokenAt(attribution.cue.start)
    if (what < 0 || tokens[what].normal !== 'what' || !NAMING_VERBS.has(tokens[cue]?.lemma ?? '') || tokens[cue].sentence !== tokens[what].sentence) continue
    // (The verb right after its subject, past adverbs only, and finite: not *what WikiLeaks has done in calling …*.)
    const sourceEnd = tokenAt(attribution.source.end)
    if (tokens[cue].normal.endsWith('ing') || tokens.slice(sourceEnd, cue).some((token) => token.pos !== 'ADV')) continue
    if (matches.some((match) => match.first === what && match.compiled.entry.id === 'what-it-calls')) continue
    const last = tokens[cue + 1]?.normal === 'as' ? cue + 2 : cue + 1
    found.push({ compiled: WHAT_IT_CALLS, first: what, last })
  }
  return found
}

/** Nouns for an account someone gives, which a narrator says *goes* or *runs* a certain way. */
const ACCOUNT_NOUNS = new Set(['story', 'line', 'version', 'narrative', 'argument', 'account', 'theory', 'reasoning', 'logic', 'thinking', 'pitch',
  'script', 'tale', 'message', 'refrain', 'spin', 'telling', 'explanation', 'case'])
/** Verbs that ask someone to take a claim on trust (*asks us to believe*, *would have us believe*). */
const ASKING_TO_BELIEVE = new Set(['ask', 'want', 'expect', 'invite', 'urge', 'need', 'have', 'mean', 'suppose', 'tell'])
/** How many words may name whom the believing is asked of (*us*, *the world*, *Western audiences*). */
const MAX_BELIEVER_WORDS = 2
/** Sentence openers with which the narrator answers the account it announced, ending its scope (*But*, *In fact*, *None of this*). */
const TURN_OPENERS = new Set(['but', 'yet', 'however', 'actually', 'none', 'each', 'in fact', 'in reality', 'the truth', 'the reality', 'the facts', 'the record'])
const FRAME_BITS = wordBits(['believe', 'go', 'goes', 'run', 'runs'])

/**
 * Where the narrator announces someone else's narrative (*The official story goes like this.*,
 * *the argument runs:*, *X asks us to believe that …*, *we are asked to believe …*, *X would have
 * us believe …*): each frame is a distancing cue (critical framing, as a hearsay hedge), and what
 * follows is the narrative's, not the narrator's (state terms quoted): the rest of its clause, and
 * for a frame that ends its sentence or a colon (*goes like this.*, *runs:*), the sentences after
 * it in the paragraph until the narrator answers (*But …*, *In fact …*, a sentence with critical
 * framing of its own).
 */
function narrativeFrames (tokens: Token[], sentences: Sentence[], matches: RawMatch[]): { cues: RawMatch[], scopes: Array<{ start: number, end: number }> } {
  const cues: RawMatch[] = []
  const scopes: Array<{ start: number, end: number }> = []
  // By sentence, the first sentence from it on that answers an account (sentences.length if none):
  // built once, on the first frame that needs it, so a paragraph of many frames stays linear.
  let nextAnswer: Int32Array | undefined
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]
    if (!mayHold(sentence, FRAME_BITS)) continue
    for (let i = sentence.firstToken + 1; i < sentence.lastToken; i++) {
      const token = tokens[i]
      if (token.lemma === 'believe') {
        // (Not *to believe in Russia*: trust in a thing, no claim.)
        const first = tokens[i + 1]?.normal === 'in' ? -1 : askingToBelieve(tokens, i, sentence.firstToken)
        if (first === -1) continue
        const last = tokens[i + 1]?.normal === 'that' && i + 1 < sentence.lastToken ? i + 2 : i + 1
        cues.push({ compiled: FRAME_CUE, first, last })
        i = last - 1
      } else if ((token.lemma === 'go' || token.lemma === 'run') && ACCOUNT_NOUNS.has(tokens[i - 1].lemma) && tokens[i - 1].pos === 'NOUN') {
        let end = i + 1
        while (end < sentence.lastToken && (['like', 'this', 'so', 'something', 'roughly', 'as', 'follows', 'thus', 'more', 'or', 'less'].includes(tokens[end].normal))) end++
        const next = tokens[end]
        const opensAccount = end > i + 1 && (end >= sentence.lastToken || next.normal === '.' || next.normal === ':')
        if (!(opensAccount || next?.normal === ':' || next?.normal === 'that')) continue
        const last = next?.normal === ':' || next?.normal === 'that' ? end + 1 : end
        cues.push({ compiled: FRAME_CUE, first: i - 1, last })
        if (next?.normal === 'that') break
        // (What follows the colon, and the sentences that spell the account out.)
        const from = next?.normal === ':' ? end + 1 : sentence.lastToken
        nextAnswer ??= answeringSentences(tokens, sentences, matches)
        const answer = s + 1 < sentences.length ? nextAnswer[s + 1] : sentences.length
        const to = answer > s + 1 ? sentences[answer - 1].lastToken : sentence.lastToken
        if (from < to) scopes.push({ start: from, end: to })
        break
      }
    }
  }
  return { cues, scopes }
}

/** Where a frame asking to believe (*asks us to believe*, *are asked to believe*, *would have us believe*) ending at `believe` starts, or -1. */
function askingToBelieve (tokens: Token[], believe: number, sentenceFirst: number): number {
  const infinitive = tokens[believe - 1]?.normal === 'to'
  // (*we are asked / meant / supposed to believe*: the passive, its subject the believer.)
  const verb = tokens[believe - 2]
  if (infinitive && verb !== undefined && believe - 2 > sentenceFirst && ASKING_TO_BELIEVE.has(verb.lemma) && verb.pos === 'VERB' && tokens[believe - 3].lemma === 'be') return believe - 3
  const object = infinitive ? believe - 2 : believe - 1
  for (let k = object; k >= Math.max(sentenceFirst, object - MAX_BELIEVER_WORDS); k--) {
    const word = tokens[k]
    if (ASKING_TO_BELIEVE.has(word.lemma) && (word.pos === 'VERB' || word.pos === 'AUX') && k < object) {
      // (*would have us believe*, with no *to*: only *have*, and only after *would*; *have to believe* is no frame.)
      if (word.lemma === 'have') return !infinitive && (tokens[k - 1]?.normal === 'would' || tokens[k - 1]?.normal === "'d") ? k - 1 : -1
      return infinitive ? k : -1
    }
    if (!(word.pos === 'PRON' || word.pos === 'NOUN' || word.pos === 'PROPN' || word.pos === 'DET' || word.pos === 'ADJ')) return -1
  }
  return -1
}

/**
 * By sentence, the first sentence at or after it that is the narrator's answer to an account it
 * announced (it opens with a turn, or holds critical framing of its own), or sentences.length.
 */
function answeringSentences (tokens: Token[], sentences: Sentence[], matches: RawMatch[]): Int32Array {
  const critical = new Uint8Array(sentences.length)
  for (const match of matches) if (match.compiled.lexicon.dimension === 'criticalFraming') critical[tokens[match.first].sentence] = 1
  const next = new Int32Array(sentences.length)
  for (let k = sentences.length - 1; k >= 0; k--) {
    const first = tokens[sentences[k].firstToken]
    const two = `${first.normal} ${tokens[sentences[k].firstToken + 1]?.normal ?? ''}`
    const answers = critical[k] === 1 || TURN_OPENERS.has(first.normal) || TURN_OPENERS.has(two)
    next[k] = answers ? k : k + 1 < sentences.length ? next[k + 1] : sentences.length
  }
  return next
}

/** Weight of the built-in narrator-denial rule: the narrator refutes a state narrative in its own words. */
export const NARRATOR_DENIAL_WEIGHT = 0.5

/**
 * *It is not true that …*, *… is a myth*, *Far from …*: where the narrator denies a clause that
 * holds a state term in its own voice (`denied`, collected while the terms were read), the words
 * that deny it are critical framing (a critical match on them); a denial of anything else, or
 * inside someone's statement, is not.
 */
function narratorDenials (context: FramingContext, denied: Set<DeniedClause>): Match[] {
  const { text, tokens } = context
  const found: Match[] = []
  for (const clause of denied) {
    if (clause.cue.last <= clause.cue.first) continue
    const start = tokens[clause.cue.first].start
    const end = tokens[clause.cue.last - 1].end
    found.push({
      dimension: 'criticalFraming', lexicon: SCARE_QUOTE_LEXICON, entry: 'narrator-denial', role: 'distancing',
      start, end, text: text.slice(start, end), voice: 'adopted', negated: false, weight: NARRATOR_DENIAL_WEIGHT
    })
  }
  return found
}

/**
 * Attribution cues that are hostile acts as much as speech (*NATO threatens Russia*; the *blame*
 * entry's *attacked*, *slammed*, *knocked … down*): the adversary is still portrayed. Not *deny*:
 * *WASHINGTON — The Pentagon denied it* reports a denial; nor, since the fourteenth session's
 * critique, *accuse* and *criticize*: *NATO accused Russia of violating its airspace* reports an
 * accusation (on propaganda-diary dev, Kremlin quotes that open *The West accuses Russia of …*
 * lose their flag: 1 of 315); nor, since the twentieth session, *warn* and *dismiss*: *American
 * officials warned Russia against using nuclear weapons*, *Kyiv rejected the proposal* are a
 * government's routine words (plain wire sentences flagged 7 → 4 of 68; EUvsDisinfo dev claim
 * titles 2 of 6,372 lost, *UK rejects 5G because of coronavirus*).
 */
const HOSTILE_ACT_CUES = new Set(['threaten', 'blame', 'demand', 'allege', 'claim'])
/**
 * What a government does by its own decision, which a *threaten to* announces without portraying
 * hostility (*Kyiv threatened to boycott the games*, *Poland threatened to veto the package*):
 * the subject is a speaker stating a policy, as much as *Kyiv announced a boycott*. A threat of force
 * (*to strike*, *to retaliate*) or of harm (*to cut gas supplies*) still portrays the adversary.
 */
const POLICY_ACTS = new Set(['boycott', 'withdraw', 'leave', 'quit', 'veto', 'block', 'suspend', 'resign', 'sue', 'appeal', 'expel', 'recall', 'reject',
  'skip', 'postpone', 'cancel', 'freeze', 'halt', 'ban', 'sanction', 'impose', 'tighten', 'walk', 'pull', 'refer', 'challenge', 'vote', 'abstain'])
/** A hostile-act cue whose content is *to* and a policy act: see POLICY_ACTS. */
function threatensPolicyAct (tokens: Token[], attribution: Attribution): boolean {
  if (attribution.entry !== 'threaten' || attribution.content === undefined) return false
  const contentFirst = firstAfter(tokens.length, (i) => tokens[i].start, attribution.content.start - 1)
  if (tokens[contentFirst]?.normal !== 'to') return false
  const verb = tokens[contentFirst + 1]?.pos === 'ADV' ? tokens[contentFirst + 2] : tokens[contentFirst + 1]
  return verb !== undefined && POLICY_ACTS.has(verb.lemma)
}
/**
 * Prepositions after which an adversary is a place, a partner or a target, not the actor
 * (*in Washington*, *an agreement with the EU*, *sanctions against the US*, *imposes its will on
 * Europe*, *a gift for NATO*).
 */
const NON_ACTOR_PREPOSITIONS = new Set(['in', 'on', 'upon', 'onto', 'for', 'at', 'to', 'from', 'into', 'near', 'outside', 'across', 'via', 'through', 'around', 'with', 'against', 'about', 'between', 'among', 'toward', 'towards'])

const TARGET_PREPOSITIONS = new Set(['on', 'upon', 'against', 'at'])
/** Acts whose target follows *on* or *against* (*an attack on*, *a war against*). */
const ATTACKS = new Set(['attack', 'strike', 'assault', 'aggression', 'war', 'invasion', 'offensive', 'raid', 'bombing', 'shelling', 'onslaught', 'incursion', 'provocation', 'provocations', 'sabotage', 'cyberattack'])

/** What a country owns that is neither its state nor its people: firms, shops, buildings. */
const OWNED_PLACES_AND_FIRMS = new Set(['bank', 'lender', 'company', 'firm', 'corporation', 'conglomerate', 'exporter', 'importer', 'refiner', 'refinery', 'producer', 'carmaker',
  'automaker', 'airline', 'miner', 'supplier', 'manufacturer', 'retailer', 'insurer', 'brand', 'business', 'billionaire', 'tycoon', 'mall', 'store', 'shop',
  'factory', 'plant', 'port', 'airport', 'stadium', 'museum', 'hospital', 'university', 'school', 'hotel', 'restaurant', 'city', 'town', 'region', 'river', 'lake', 'mountain', 'island',
  // (*Poland's coal mines cut output*, *most of Moldova's electricity*: its economy and its supply are
  // what the wire story is about, not the state doing something.)
  'economy', 'electricity', 'power', 'energy', 'gas', 'oil', 'coal', 'mine', 'output', 'industry', 'export', 'import', 'grid', 'budget', 'debt', 'gdp',
  'growth', 'inflation', 'currency', 'market', 'price', 'farm', 'harvest', 'grain', 'reserve', 'pipeline', 'railway', 'supply'])
/** The head noun of the noun phrase opening at `from`: past its adjectives and modifying nouns. */
function ownedHeadAt (tokens: Token[], from: number): number {
  let at = from
  while (tokens[at + 1] !== undefined && tokens[at + 1].sentence === tokens[from].sentence && (tokens[at].pos === 'ADJ' || tokens[at].pos === 'NOUN' || tokens[at].pos === 'ADV') &&
    (tokens[at + 1].pos === 'NOUN' || tokens[at + 1].pos === 'ADJ')) at++
  return at
}

function isActorMention (tokens: Token[], match: RawMatch): boolean {
  const before = tokens[match.first - 1]
  const after = tokens[match.last]
  if (before !== undefined && before.sentence === tokens[match.first].sentence && NON_ACTOR_PREPOSITIONS.has(before.normal)) return false
  // (*an attack on a NATO member*, *the war against the West*: the target of an attack, past a determiner.)
  if (before?.pos === 'DET' && TARGET_PREPOSITIONS.has(tokens[match.first - 2]?.normal ?? '') && ATTACKS.has(tokens[match.first - 3]?.lemma ?? '') &&
    tokens[match.first - 3].sentence === tokens[match.first].sentence) return false
  if (coordinatedAfterPreposition(tokens, match.first, match.last)) return false
  // *Everett, Wash.*: a state or country after a town.
  if (before?.normal === ',' && tokens[match.first - 2]?.pos === 'PROPN' && (after === undefined || after.pos === 'PUNCT')) return false
  if (after !== undefined && after.pos === 'PROPN') return false
  // (*Germany's largest private bank*, *one of America's largest shopping centres*: a country owning a
  // business or a building is not the country acting.)
  if (after?.normal === "'s" && OWNED_PLACES_AND_FIRMS.has(tokens[ownedHeadAt(tokens, match.last + 1)]?.lemma ?? '')) return false
  // *Hungary has blocked EU aid to Ukraine*: a noun modifier in a verb's object names what was
  // acted on, not the actor.
  const beforePhrase = before?.pos === 'DET' ? tokens[match.first - 2] : before
  if (after?.pos === 'NOUN' && beforePhrase !== undefined && beforePhrase.sentence === tokens[match.first].sentence && beforePhrase.pos === 'VERB') return false
  // *What did the energy shock cost Europe?*, *sanctions hurt the EU*: the object of a verb is
  // acted on, unless a clause of its own follows (*said NATO is …*, *allow the US to threaten*).
  const opensClause = after !== undefined && (after.pos === 'VERB' || after.pos === 'AUX' || after.normal === 'to')
  if (beforePhrase !== undefined && beforePhrase.sentence === tokens[match.first].sentence && beforePhrase.pos === 'VERB' && !opensClause) return false
  // *Ukrainian soldiers were killed by Russian shelling*: the adversary suffers, it is not portrayed acting.
  let head = match.last
  while (head < match.last + 2 && tokens[head]?.pos === 'NOUN') head++
  const participle = tokens[head + 1]
  if (tokens[head]?.lemma === 'be' && participle !== undefined && participle.pos === 'VERB' && /(ed|en|wn|lt)$/.test(participle.normal)) return false
  // (*Kyiv under massive attack*, *Poland came under fire*: the adversary suffers what it is under.)
  if (isUndergoing(tokens, head)) return false
  // *The European Union was disappointed by the abstention*: the adversary feels, it does not act.
  const feeling = tokens[head]?.lemma === 'be' && participle?.pos === 'ADV' ? head + 2 : head + 1
  if (tokens[head]?.lemma === 'be' && isFeeling(tokens, feeling)) return false
  // (*Kyiv on edge after strikes*, *Brussels worried*: a headline leaves out the copula.)
  if (isFeeling(tokens, head) && withoutVerb(tokens, tokens[match.first].sentence, head)) return false
  if (inEmbeddedQuestion(tokens, match)) return false
  // A dateline: *WASHINGTON —*, *WASHINGTON --*, *LONDON (Reuters) –*, *PARIS, Aug 31*, *MOSCOW/CHISINAU (AP) —*.
  const opensSentence = (i: number): boolean => tokens[i - 1] === undefined || tokens[i - 1].sentence !== tokens[i].sentence
  let datelineStart = match.first
  if (before?.normal === '/') {
    // (*NEW DELHI/ISLAMABAD (Reuters) —*: the first city may be several words.)
    let first = match.first - 1
    while (first - 1 >= 0 && first > match.first - 5 && tokens[first - 1].pos === 'PROPN' && !opensSentence(first)) first--
    if (first < match.first - 1 && tokens[first].pos === 'PROPN') datelineStart = first
  }
  // (*BRUSSELS/CHISINAU —*: the first of the cities reads on past the others to the dash.)
  let afterCities = match.last
  while (tokens[afterCities]?.normal === '/') {
    let next = afterCities + 1
    while (next < afterCities + 5 && tokens[next]?.pos === 'PROPN') next++
    if (next === afterCities + 1) break
    afterCities = next
  }
  const afterDateline = tokens[afterCities]
  if (opensSentence(datelineStart) && afterDateline !== undefined && /^(?:[—–(,-]|--)$/.test(afterDateline.normal)) return false
  return true
}

/** Feelings said with a preposition (*on edge*, *in shock*). */
const FEELING_PHRASES = new Set(['on edge', 'in shock', 'in mourning', 'in fear', 'in disbelief', 'in despair', 'on tenterhooks', 'in limbo', 'on alert', 'in turmoil'])

function isFeeling (tokens: Token[], at: number): boolean {
  const word = tokens[at]
  if (word === undefined) return false
  return FEELINGS.has(word.normal) || (tokens[at + 1] !== undefined && tokens[at + 1].sentence === word.sentence && FEELING_PHRASES.has(`${word.normal} ${tokens[at + 1].normal}`))
}

/** Whether the sentence holds no verb (a headline's clause) from its start through `to`. */
/** What one is *under* when one suffers it (*under attack*, *under fire*, *under siege*). */
const UNDERGONE = new Set(['attack', 'attacks', 'fire', 'siege', 'bombardment', 'shelling', 'assault', 'threat', 'occupation', 'blockade', 'pressure', 'strain', 'sanctions'])
const MAX_UNDERGONE_MODIFIERS = 2

/** *Kyiv under massive attack*, *Poland is under pressure*, *Kharkiv came under fire*: from `head`, past a copula or *come*, *under* what one suffers. */
function isUndergoing (tokens: Token[], head: number): boolean {
  let i = head
  if (tokens[i]?.lemma === 'be' || tokens[i]?.lemma === 'come' || tokens[i]?.lemma === 'remain') i++
  if (tokens[i]?.normal === 'again' || tokens[i]?.normal === 'still') i++
  if (tokens[i]?.normal !== 'under') return false
  for (let k = i + 1; k <= i + 1 + MAX_UNDERGONE_MODIFIERS && tokens[k] !== undefined && tokens[k].sentence === tokens[head].sentence; k++) {
    if (UNDERGONE.has(tokens[k].normal)) return !actsAfter(tokens, k)
    if (tokens[k].pos !== 'ADJ' && tokens[k].pos !== 'ADV' && tokens[k].pos !== 'DET') return false
  }
  return false
}

/** Words after which what an adversary suffers is the whole of what is said of it (a clause of time, a cause, a list). */
const UNDERGOING_ENDS = new Set(['as', 'after', 'while', 'when', 'since', 'because', 'amid', 'and', ',', ';', ':', '—', '–', '.'])
const MAX_UNDERGOING_TAIL = 8

/** (*Kyiv, under pressure from its curators, shells Donetsk*: a verb after the *under* phrase is the adversary's own act.) */
function actsAfter (tokens: Token[], undergone: number): boolean {
  const sentence = tokens[undergone].sentence
  for (let k = undergone + 1; k <= undergone + MAX_UNDERGOING_TAIL && tokens[k] !== undefined && tokens[k].sentence === sentence; k++) {
    if (UNDERGOING_ENDS.has(tokens[k].normal)) return tokens[k].normal === ',' && tokens[k + 1] !== undefined && (tokens[k + 1].pos === 'VERB' || tokens[k + 1].pos === 'AUX')
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return true
  }
  return false
}

function withoutVerb (tokens: Token[], sentence: number, to: number): boolean {
  for (let i = to; i >= 0 && tokens[i].sentence === sentence; i--) if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX') return false
  for (let i = to + 1; i < tokens.length && tokens[i].sentence === sentence; i++) if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX') return false
  return true
}

/** Verbs that report a question, whose *whether* or *if* clause asks rather than asserts. */
const ASKING = new Set(['ask', 'question', 'wonder', 'inquire', 'enquire', 'query'])
/** How far back from an adversary its question's *whether* may stand, and how far that from the asking verb. */
const MAX_QUESTION_REACH = 12
const MAX_ASKED_GAP = 4

/**
 * *Asked whether Western partners had raised concerns, Mr Misri said …*: an adversary inside a
 * reported question is the asker's topic; the question portrays nobody.
 */
function inEmbeddedQuestion (tokens: Token[], match: RawMatch): boolean {
  const sentence = tokens[match.first].sentence
  for (let i = match.first - 1; i >= 0 && i >= match.first - MAX_QUESTION_REACH && tokens[i].sentence === sentence; i--) {
    const token = tokens[i]
    if (CLAUSE_BREAKS.has(token.normal)) return false
    if (token.normal !== 'whether' && token.normal !== 'if') continue
    for (let k = i - 1; k >= 0 && k >= i - MAX_ASKED_GAP && tokens[k].sentence === sentence; k--) {
      if (ASKING.has(tokens[k].lemma)) return true
      if (tokens[k].pos === 'PUNCT') break
    }
    return false
  }
  return false
}

/** What an adversary may be said to feel, which portrays no act of its own. */
const FEELINGS = new Set(['disappointed', 'concerned', 'worried', 'frustrated', 'upset', 'alarmed', 'troubled', 'dismayed', 'unhappy',
  'uneasy', 'anxious', 'nervous', 'cautious', 'sceptical', 'skeptical', 'saddened', 'surprised', 'puzzled', 'divided', 'split', 'wary',
  'unimpressed', 'unconvinced', 'unmoved', 'displeased', 'irritated', 'annoyed', 'angry', 'furious', 'outraged', 'indignant', 'shocked',
  'dissatisfied', 'disillusioned', 'reluctant', 'hesitant', 'unsure', 'uncertain', 'confused'])

/** How many names and commas a list before an adversary may hold (*by Ukraine, Poland or Finland*). */
const MAX_LIST_WALK = 8

/**
 * *a decision by Ukraine, Poland or Finland*: a name later in a list shares the list's
 * preposition. A name after a comma is in a list only if the list goes on after it (not *Despite
 * promises made to Gorbachev, NATO expanded*).
 */
function coordinatedAfterPreposition (tokens: Token[], first: number, last: number): boolean {
  const sentence = tokens[first].sentence
  const before = tokens[first - 1]?.pos === 'DET' ? tokens[first - 2] : tokens[first - 1]
  const after = tokens[last]
  const inList = before?.normal === 'and' || before?.normal === 'or' ||
    (before?.normal === ',' && (after?.normal === ',' || after?.normal === 'and' || after?.normal === 'or'))
  if (!inList) return false
  let joined = false
  for (let i = first - 1; i >= Math.max(0, first - MAX_LIST_WALK) && tokens[i].sentence === sentence; i--) {
    const token = tokens[i]
    if (token.normal === ',' || token.normal === 'and' || token.normal === 'or') { joined = true; continue }
    if (token.pos === 'PROPN' || token.pos === 'DET') continue
    // (*threatened its neighbours, including the Baltic States and Poland*: examples of what came before.)
    return joined && (NON_ACTOR_PREPOSITIONS.has(token.normal) || token.normal === 'including')
  }
  return false
}

/** How far after an adversary a negator denies what it did (*NATO did not encircle Russia*). */
const DENIAL_WINDOW = 4
/** How far before an adversary a negator denies it the act (*nor the United States*, *not the EU*). */
const DENIED_BEFORE_WINDOW = 2
/** The state itself as the agent of a hostile word (*Russian aggression*): not a portrayal of its adversary. */
const SELF_AS_AGENT: Record<string, Set<string>> = {
  // (*after 45 years of Soviet occupation*: the state's predecessor too.)
  ru: new Set(['russia', 'russian', 'moscow', 'kremlin', 'putin', "'s", 'soviet', 'ussr']),
  in: new Set(['india', 'indian', 'delhi', 'modi', "'s"])
}
const NO_SELF = new Set<string>()

/** *dozens of other provocations by Russia*: the state named as the agent after *by*. */
function selfAsAgentAfter (tokens: Token[], last: number, self: Set<string>): boolean {
  if (tokens[last]?.normal !== 'by') return false
  const agent = tokens[last + 1]?.normal === 'the' ? tokens[last + 2] : tokens[last + 1]
  return agent !== undefined && agent.normal !== "'s" && self.has(agent.normal)
}

/** *Russia's armed aggression*, *Russian military aggression*: the state named past an adjective is still the agent (not *NATO's secret terrorist network*). */
function selfPastAdjective (tokens: Token[], first: number, self: Set<string>): boolean {
  if (tokens[first - 1]?.pos !== 'ADJ') return false
  const agent = tokens[first - 2]?.normal === "'s" ? tokens[first - 3] : tokens[first - 2]
  return agent !== undefined && agent.normal !== "'s" && self.has(agent.normal)
}

/**
 * Per sentence: whether it carries critical framing, and for which lexicons it holds a hostility
 * word that counts (not negated, not the state itself as agent: *Russian aggression*).
 */
interface HostilityIndex { critical: Set<number>, hostile: Set<string>, distancedParagraph: boolean, sentimentBlind: Set<number> }

/**
 * The measures a government takes, which wink reads as negative words: a sentence reporting them
 * (*The EU has banned the re-export of Russian LNG*, −0.4; *the EU and Britain lowered the cap*,
 * −0.2) is not hostile by its sentiment. The narrative's own wording for them scores the same
 * (*EU is punishing Russia with baseless sanctions*, −0.4), so only a hostility word or a
 * narrative term makes such a sentence count (*illegal sanctions*, *the West imposes its will*).
 * Measured on EUvsDisinfo dev: claim titles flagged 46.2 → 45.6 %, disproofs wrongly flagged
 * 5.0 → 4.8 %; a neutral sanctions explainer written for the purpose went from six flagged
 * paragraphs to one.
 */
const POLICY_MEASURES = new Set(['ban', 'sanction', 'embargo', 'tariff', 'cap', 'restriction', 'curb', 'blacklist', 'boycott'])
const POLICY_MEASURE_BITS = wordBits(POLICY_MEASURES)

/**
 * Sentences whose sentiment says nothing about an adversary, so that only a hostility word makes
 * them hostile: sentences that report policy measures, questions, which portray nobody (*What did
 * the energy shock cost Europe?*), and sentences whose relative clause reports someone's words.
 */
function sentimentBlindSentences (context: FramingContext): Set<number> {
  const { tokens, sentences } = context
  const found = new Set<number>()
  const reportedRelatives = reportedRelativeSentences(tokens, context.attributions)
  sentences.forEach((sentence, index) => {
    if (isQuestion(tokens, sentence) || reportedRelatives.has(index)) found.add(index)
    else if (mayHold(sentence, POLICY_MEASURE_BITS)) {
      for (let i = sentence.firstToken; i < sentence.lastToken; i++) {
        if (POLICY_MEASURES.has(tokens[i].lemma)) {
          found.add(index)
          break
        }
      }
    }
  })
  return found
}

/** Words that open a relative clause. */
const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who', 'whom'])

/**
 * Sentences with a relative clause that reports someone's words (*Washington has pressed New Delhi
 * to cut imports that they say fund Moscow's war*): the mood of such a sentence may be the source's,
 * so an adversary outside the clause (an adversary in the narrator's voice always is) is portrayed
 * only by a hostility word of the narrator's own. The clause is a cue whose source follows a
 * relative pronoun right after a noun (not a hostile act: *NATO, which threatens Russia*).
 */
function reportedRelativeSentences (tokens: Token[], attributions: Attribution[]): Set<number> {
  const found = new Set<number>()
  for (const attribution of attributions) {
    if (attribution.content === undefined || HOSTILE_ACT_CUES.has(attribution.entry)) continue
    const sourceFirst = firstAfter(tokens.length, (i) => tokens[i].start, attribution.source.start - 1)
    const cueFirst = firstAfter(tokens.length, (i) => tokens[i].start, attribution.cue.start - 1)
    const relative = tokens[sourceFirst - 1]
    const antecedent = tokens[sourceFirst - 2]
    if (sourceFirst >= cueFirst || relative === undefined || antecedent === undefined || !RELATIVE_PRONOUNS.has(relative.normal)) continue
    if (antecedent.sentence === relative.sentence && (antecedent.pos === 'NOUN' || antecedent.pos === 'PROPN')) found.add(relative.sentence)
  }
  return found
}

function hostilityBySentence (context: FramingContext, harmByStateVillain: (match: RawMatch) => boolean): HostilityIndex {
  const { tokens } = context
  const index: HostilityIndex = { critical: new Set(), hostile: new Set(), distancedParagraph: false, sentimentBlind: sentimentBlindSentences(context) }
  for (const match of context.matches) {
    const sentenceIndex = tokens[match.first].sentence
    // (Harm done by the narrative's villain is no critique: see framingMatchesWith.)
    if (match.compiled.lexicon.dimension === 'criticalFraming' && !(VILLAIN_DEEDS.has(match.compiled.entry.id) && harmByStateVillain(match))) index.critical.add(sentenceIndex)
    if (match.compiled.role === 'distancing') index.distancedParagraph = true
    if (match.compiled.role !== 'hostility') continue
    const self = SELF_AS_AGENT[match.compiled.lexicon.actor ?? ''] ?? NO_SELF
    if (isNegated(tokens, match.first, context.sentences[sentenceIndex].firstToken) || self.has(tokens[match.first - 1]?.normal ?? '') || selfPastAdjective(tokens, match.first, self) ||
      selfAsAgentAfter(tokens, match.last, self)) continue
    index.hostile.add(`${sentenceIndex}\u0000${match.compiled.lexicon.id}`)
  }
  return index
}

function isHostile (context: FramingContext, match: RawMatch, hostility: HostilityIndex): boolean {
  const { tokens } = context
  const sentenceIndex = tokens[match.first].sentence
  const sentence = context.sentences[sentenceIndex]
  // *Neither Ukraine nor the EU recognised …*, *not the US or NATO*: the adversary is denied the act.
  for (let i = match.first - 1; i >= Math.max(sentence.firstToken, match.first - DENIED_BEFORE_WINDOW); i--) {
    if (NEGATORS.has(tokens[i].normal)) return false
  }
  if (deniedAsAgentOrCause(tokens, match, sentence)) return false
  // *NATO does not encircle Russia*, *The West did not pump weapons*: a denial of the narrative.
  for (let i = match.last; i < Math.min(sentence.lastToken, match.last + DENIAL_WINDOW); i++) {
    if (CLAUSE_BREAKS.has(tokens[i].normal)) break
    if (NEGATORS.has(tokens[i].normal)) return false
  }
  // *No evidence that the articles were inspired by George Soros*: a sentence with critical
  // framing refutes the narrative; naming the adversary there portrays nothing.
  if (hostility.critical.has(sentenceIndex)) return false
  // *No evidence given. EU aid has funded …*: a paragraph that distances itself from a claim
  // (*no evidence*, *conspiracy theory*, *so-called*) restates or refutes it; its adversaries are facts.
  if (hostility.distancedParagraph) return false
  // (*The attack came hours after Ukrainian President Zelenskyy renewed his appeal*: the sentence's
  // mood belongs to its main clause; an adversary in a clause of time is portrayed only by a hostility word.)
  if (sentence.sentiment <= HOSTILE_SENTIMENT && !hostility.sentimentBlind.has(sentenceIndex) && !inClauseOfTime(tokens, match, sentence) && !givesHelp(tokens, match, sentence)) return true
  return hostility.hostile.has(`${sentenceIndex}\u0000${match.compiled.lexicon.id}`)
}

/** Words between a negator and the adversary it denies: a list, *because of*, a passive's participle and *by*. */
const DENIED_PATH_WORDS = new Set(['the', 'or', 'and', ',', 'by', 'because', 'of', 'due', 'to', 'from', 'even', 'at', 'all'])
/** How far back from an adversary such a negator is looked for. */
const DENIED_PATH_WINDOW = 6

/**
 * *It is Russia, not the US or NATO, that has threatened …*, *not because of NATO*, *The war was
 * not caused by the USA*: the negator before a list, a cause or a passive's agent denies the
 * adversary the act.
 */
function deniedAsAgentOrCause (tokens: Token[], match: RawMatch, sentence: Sentence): boolean {
  for (let i = match.first - 1; i >= Math.max(sentence.firstToken, match.first - DENIED_PATH_WINDOW); i--) {
    const token = tokens[i]
    if (NEGATORS.has(token.normal)) return i < match.first - DENIED_BEFORE_WINDOW
    // (The passive's own negation, *was not caused by*; not *Neither Petrov nor Boshirov, named by the UK*.)
    const participle = token.pos === 'VERB' && /(?:ed|en|wn)$/.test(token.normal) && tokens[i + 1]?.normal === 'by' && NEGATORS.has(tokens[i - 1]?.normal ?? '')
    if (!(DENIED_PATH_WORDS.has(token.normal) || token.pos === 'PROPN' || participle)) return false
  }
  return false
}

/** Words of giving help: an adversary that is the donor of aid is not portrayed as hostile however grim its setting. */
const HELP_WORDS = new Set(['donor', 'donors', 'aid', 'assistance', 'humanitarian', 'relief', 'donate', 'donated', 'donates', 'help', 'helped', 'helps', 'support', 'supported', 'supports', 'respect', 'respects', 'respected'])
/** Words after the adversary within which a help word makes its sentence's sentiment no hostility (*EU is the biggest humanitarian donor to the Syria crisis*). */
const HELP_WINDOW = 6

function givesHelp (tokens: Token[], match: RawMatch, sentence: Sentence): boolean {
  for (let i = match.last; i < Math.min(sentence.lastToken, match.last + HELP_WINDOW); i++) {
    if (CLAUSE_BREAKS.has(tokens[i].normal)) return false
    if (HELP_WORDS.has(tokens[i].normal)) return true
  }
  return false
}

const TIME_SUBORDINATORS = new Set(['after', 'before', 'until', 'while', 'when'])
/** How far back from an adversary its clause of time may open. */
const MAX_TIME_CLAUSE = 10

/** Whether the adversary stands in a clause or phrase of time that does not open the sentence (*… hours after Zelenskyy renewed …*). */
function inClauseOfTime (tokens: Token[], match: RawMatch, sentence: Sentence): boolean {
  for (let i = match.first - 1; i > sentence.firstToken && i >= match.first - MAX_TIME_CLAUSE; i--) {
    const token = tokens[i]
    if (CLAUSE_BREAKS.has(token.normal)) return false
    if (TIME_SUBORDINATORS.has(token.normal) && (token.pos === 'SCONJ' || token.pos === 'ADP')) return true
  }
  return false
}
