/**
 * News-domain sentence sentiment. wink's word list scores the words around an act of violence
 * (*Kyiv continues to shell peaceful towns* read +0.875: *peaceful*; *missiles hit a children's
 * hospital, killing two doctors* +0.625) and hardly the act itself, so a sentence that reports
 * killing, shelling or bombing reads at most mildly negative, whatever else it says.
 */
import type { Sentence, Token } from './nlp/wink.js'

/** Acts of war and violence, by lemma (and the plural or -ing forms wink keeps as their own lemma). */
const VIOLENCE = new Set(['kill', 'killing', 'killed', 'shell', 'shelling', 'shelled', 'bomb', 'bombing', 'bombard', 'bombardment', 'massacre', 'slaughter',
  'wound', 'wounded', 'murder', 'execute', 'torture', 'rape', 'airstrike', 'missile', 'casualty', 'casualties', 'genocide', 'atrocity', 'atrocities'])

/** The most a sentence reporting violence may read (PerSenT dev macro-F1 is the same at 0, -0.25 and -0.5: 0.388). */
export const VIOLENCE_CEILING = -0.25

/** *has never been stronger*, *never better*: a comparative after *never* praises; wink's negation reads it as blame. */
const PRAISING_COMPARATIVES = new Set(['better', 'stronger', 'higher', 'greater', 'closer', 'healthier', 'safer', 'brighter', 'bigger'])
const MAX_NEVER_TO_COMPARATIVE = 3

/** Words a courtesy formula opens on (*Good morning*, *Welcome to our live coverage*, *Thank you*, *Hello*). */
const COURTESY_OPENERS = new Set(['good', 'welcome', 'thank', 'thanks', 'hello', 'hi'])
const GREETED_PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'day', 'night'])
/** How many words a speaker's label or a form of address may take before the formula (*Voronin:*, *Deputy Minister,*). */
const MAX_ADDRESS_TOKENS = 4
/** How long a sentence may be and still be no more than a courtesy formula. */
const MAX_COURTESY_TOKENS = 12

/**
 * *Good morning and welcome to our live coverage.*, *Deputy Minister, thank you.*: a greeting or a
 * thank-you is a live blog's or an interview's formula, no tone of the news (wink read +0.76 for a
 * live blog's greeting over its paragraph on a drone attack). Not *thanks to Western weapons*, a
 * cause, nor *good news*.
 */
function courtesyFormula (tokens: Token[], sentence: Sentence): boolean {
  if (sentence.lastToken - sentence.firstToken > MAX_COURTESY_TOKENS) return false
  for (let i = sentence.firstToken; i < sentence.lastToken && i <= sentence.firstToken + MAX_ADDRESS_TOKENS; i++) {
    const token = tokens[i]
    const next = tokens[i + 1]?.normal
    if (COURTESY_OPENERS.has(token.normal)) {
      if (token.normal === 'good') return next !== undefined && GREETED_PARTS_OF_DAY.has(next)
      if (token.normal === 'thank') return next === 'you'
      if (token.normal === 'thanks') return next !== 'to'
      if (token.normal === 'welcome') return next === 'to' || next === 'back' || next === '.' || next === '!'
      return true
    }
    if (!(token.pos === 'PROPN' || token.pos === 'NOUN' || token.pos === 'PUNCT')) return false
  }
  return false
}

/** A letter of any script: a line without one has no words. */
const LETTER = /\p{L}/u

/**
 * A live blog's time stamp (*09:30*) or a list number (*1.*) cut from its sentence at a line break has
 * no words, yet kept the whole wink sentence's score: it read the next line's tone twice.
 */
function withoutWords (tokens: Token[], sentence: Sentence): boolean {
  for (let i = sentence.firstToken; i < sentence.lastToken; i++) if (LETTER.test(tokens[i].normal)) return false
  return true
}

export function newsSentiment (tokens: Token[], sentence: Sentence): number {
  if (courtesyFormula(tokens, sentence) || withoutWords(tokens, sentence)) return 0
  let praisedByNever = false
  for (let i = sentence.firstToken; i < sentence.lastToken; i++) {
    if (VIOLENCE.has(tokens[i].lemma) || VIOLENCE.has(tokens[i].normal)) return Math.min(sentence.sentiment, VIOLENCE_CEILING)
    if (tokens[i].normal === 'never') {
      for (let k = i + 1; k <= Math.min(sentence.lastToken - 1, i + MAX_NEVER_TO_COMPARATIVE); k++) if (PRAISING_COMPARATIVES.has(tokens[k].normal)) praisedByNever = true
    }
  }
  return praisedByNever ? Math.abs(sentence.sentiment) : sentence.sentiment
}
