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

export function newsSentiment (tokens: Token[], sentence: Sentence): number {
  let praisedByNever = false
  for (let i = sentence.firstToken; i < sentence.lastToken; i++) {
    if (VIOLENCE.has(tokens[i].lemma) || VIOLENCE.has(tokens[i].normal)) return Math.min(sentence.sentiment, VIOLENCE_CEILING)
    if (tokens[i].normal === 'never') {
      for (let k = i + 1; k <= Math.min(sentence.lastToken - 1, i + MAX_NEVER_TO_COMPARATIVE); k++) if (PRAISING_COMPARATIVES.has(tokens[k].normal)) praisedByNever = true
    }
  }
  return praisedByNever ? Math.abs(sentence.sentiment) : sentence.sentiment
}
