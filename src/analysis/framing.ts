/**
 * State and critical framing matches with their voice and negation.
 * Voice: `reported` inside an attribution's content, `quoted` inside quotation marks (or
 * after a distancing cue such as *what Moscow calls*), `adopted` in the narrator's own words.
 * Negation has clause scope: a negator earlier in the same clause (up to *but*, a comma or
 * a semicolon) negates a term, so *not an act of aggression but a necessary response*
 * negates *aggression* and leaves *a necessary response* alone.
 */
import type { Sentence, Token } from './nlp/wink.js'
import type { RawMatch } from './match/lexicon.js'
import type { QuoteRegion } from './quotes.js'
import type { Attribution, Match, Voice } from './types.js'

const NEGATORS = new Set(['not', 'no', 'never', 'neither', 'nor', 'without', 'hardly', 'nothing', 'none'])
const CLAUSE_BREAKS = new Set(['but', ',', ';', ':', 'yet', 'while', 'whereas', '—', '–', '(', ')'])
/** Sentence sentiment at or below which naming a state's adversary counts as hostile portrayal. */
export const HOSTILE_SENTIMENT = -0.1
/** How many tokens back a negator can sit and still scope over a term. */
export const NEGATION_WINDOW = 6

export function isNegated (tokens: Token[], first: number, sentenceFirst: number): boolean {
  for (let i = first - 1; i >= Math.max(sentenceFirst, first - NEGATION_WINDOW); i--) {
    const token = tokens[i]
    if (CLAUSE_BREAKS.has(token.normal)) return false
    if (NEGATORS.has(token.normal)) return true
  }
  return false
}

export interface FramingContext {
  text: string
  tokens: Token[]
  sentences: Sentence[]
  matches: RawMatch[]
  quotes: QuoteRegion[]
  attributions: Attribution[]
}

/** A distancing cue (*so-called*, *what it calls*) directly before a term puts the term in quotes. */
function distancedBy (matches: RawMatch[], tokens: Token[], match: RawMatch): boolean {
  return matches.some((cue) => cue.compiled.role === 'distancing' && cue.last <= match.first &&
    tokens.slice(cue.last, match.first).every((token) => token.isQuote || token.pos === 'DET' || token.pos === 'ADJ'))
}

export function framingMatches (context: FramingContext): Match[] {
  const { text, tokens, matches, quotes, attributions } = context
  const denials = matches.filter((match) => match.compiled.role === 'denial')
  const results: Match[] = []
  for (const match of matches) {
    const { lexicon, entry, role } = match.compiled
    if (lexicon.dimension === 'attribution' || role === 'source') continue
    const start = tokens[match.first].start
    const end = tokens[match.last - 1].end
    // A term inside a denial (*not an act of aggression but …*) belongs to the denial.
    if (role !== 'denial' && denials.some((denial) => denial !== match && denial.first <= match.first && denial.last >= match.last)) continue
    let voice: Voice = 'adopted'
    if (attributions.some((attribution) => attribution.content !== undefined && attribution.content.start <= start && end <= attribution.content.end)) voice = 'reported'
    else if (quotes.some((region) => region.start <= start && end <= region.end) || distancedBy(matches, tokens, match)) voice = 'quoted'
    // An adversary named in a hostile sentence in the narrator's own voice reproduces the narrative
    // (*NATO soldiers are terrorising the border*); named neutrally, it is just news.
    if (role === 'adversary' && (voice !== 'adopted' || context.sentences[tokens[match.first].sentence].sentiment > HOSTILE_SENTIMENT)) continue
    const sentenceFirst = firstTokenOfSentence(tokens, match.first)
    const negated = role !== 'denial' && role !== 'adversary' && isNegated(tokens, match.first, sentenceFirst)
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
  results.push(...scareQuotes(context, results))
  return results.sort((a, b) => a.start - b.start || b.end - a.end)
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
function scareQuotes (context: FramingContext, framing: Match[]): Match[] {
  const { text, tokens, quotes, attributions } = context
  const found: Match[] = []
  for (const region of quotes) {
    if (region.close >= tokens.length) continue
    const inside = region.close - region.open - 1
    const term = framing.find((match) => match.dimension === 'stateFraming' && match.voice === 'quoted' && region.start <= match.start && match.end <= region.end)
    if (term === undefined) continue
    const termTokens = tokens.slice(region.open + 1, region.close).filter((token) => token.start >= term.start && token.end <= term.end).length
    if (inside - termTokens > SCARE_QUOTE_MAX_EXTRA_TOKENS) continue
    if (attributions.some((attribution) => attribution.content !== undefined && attribution.content.start <= region.start && region.end <= attribution.content.end)) continue
    const start = tokens[region.open].start
    const end = tokens[region.close].end
    found.push({
      dimension: 'criticalFraming', lexicon: SCARE_QUOTE_LEXICON, entry: 'scare-quotes', role: 'distancing',
      start, end, text: text.slice(start, end), voice: 'adopted', negated: false, weight: SCARE_QUOTE_WEIGHT
    })
  }
  return found
}

function firstTokenOfSentence (tokens: Token[], index: number): number {
  const sentence = tokens[index].sentence
  let first = index
  while (first > 0 && tokens[first - 1].sentence === sentence) first--
  return first
}
