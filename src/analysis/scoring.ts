/**
 * The documented score formulas (docs/scoring.md), applied the same way to every input.
 */
import type { Attribution, Flags, Match, Scores, SentenceResult, Voice } from './types.js'

/** How much a state-framing match counts by voice: the narrator's own words count most. */
export const VOICE_FACTOR: Record<Voice, number> = { adopted: 1, quoted: 0.5, reported: 0.35 }
/** Evidence at which a framing flag is raised: one full-weight adopted term, or several weaker ones. */
export const FLAG_THRESHOLD = 1

/** The evidence one match contributes: weight × voice factor; a negated match contributes nothing. */
export function evidenceOf (match: Match): number {
  if (match.negated) return 0
  const voiceFactor = match.dimension === 'stateFraming' ? VOICE_FACTOR[match.voice ?? 'adopted'] : 1
  return match.weight * voiceFactor
}

/** Squashes evidence E ≥ 0 into [0, 1): E / (E + 1). Monotonic; 1 unit of evidence scores 0.5. */
export function squash (evidence: number): number {
  return evidence / (evidence + 1)
}

export function round (value: number): number {
  return Math.round(value * 1000) / 1000
}

export interface ParagraphEvidence {
  stateFraming: number
  /** Some of it is in the narrator's own voice (an adopted match, not negated). */
  narratorAdoptsState: boolean
  /** The narrator keeps something at arm's length in the paragraph (a distancing cue of its own, not negated). */
  narratorDistances: boolean
  criticalFraming: number
  attributedSentences: number
  /** Whether the paragraph holds an attribution of its own (a cue): the flag, so a flagged paragraph lists one. */
  holdsAttribution: boolean
}

/**
 * `carried` are attributions made in an earlier paragraph whose content runs on into this one (an
 * interview answer, a paragraph introduced by *said:*): they attribute sentences here, though they
 * are listed where their cue is.
 */
export function paragraphEvidence (sentences: SentenceResult[], attributions: Attribution[], matches: Match[], carried: Attribution[] = []): ParagraphEvidence {
  const state = matches.filter((match) => match.dimension === 'stateFraming')
  return {
    stateFraming: dimensionEvidence(state),
    narratorAdoptsState: state.some((match) => match.voice === 'adopted' && evidenceOf(match) > 0),
    narratorDistances: matches.some((match) => match.dimension === 'criticalFraming' && match.role === 'distancing' && match.voice === 'adopted' && !match.negated),
    criticalFraming: dimensionEvidence(matches.filter((match) => match.dimension === 'criticalFraming')),
    attributedSentences: countAttributedSentences(sentences, attributions, carried),
    holdsAttribution: attributions.length > 0
  }
}

/**
 * Sentences that hold a cue or lie in an attribution's content (their middle inside it): the
 * second and third sentences of *“…,” Peskov said. “…” “…”* are Peskov's too. Both lists are
 * walked once in text order.
 */
function countAttributedSentences (sentences: SentenceResult[], attributions: Attribution[], carried: Attribution[]): number {
  // (Most paragraphs credit nobody: then no sentence is attributed, and nothing need be sorted.)
  if (attributions.length === 0 && carried.length === 0) return 0
  const cues = attributions.map((a) => a.cue).sort((a, b) => a.start - b.start)
  // (A loop, not a spread and a flatMap: an array per attribution added up over every paragraph.)
  const contents: Array<NonNullable<Attribution['content']>> = []
  for (const a of attributions) if (a.content !== undefined) contents.push(a.content)
  for (const a of carried) if (a.content !== undefined) contents.push(a.content)
  contents.sort((a, b) => a.start - b.start)
  let attributed = 0
  let nextCue = 0
  let nextContent = 0
  let contentReach = -1
  for (const sentence of sentences) {
    while (nextCue < cues.length && cues[nextCue].start < sentence.start) nextCue++
    let k = nextCue
    while (k < cues.length && cues[k].start < sentence.end && cues[k].end > sentence.end) k++
    const middle = (sentence.start + sentence.end) / 2
    while (nextContent < contents.length && contents[nextContent].start <= middle) contentReach = Math.max(contentReach, contents[nextContent++].end)
    if ((k < cues.length && cues[k].start < sentence.end) || contentReach >= middle) attributed++
  }
  return attributed
}

/**
 * Summed evidence of one dimension, where overlapping matches (two entries, or two lexicons,
 * reading the same words) count once, at the strongest: one phrase is one piece of evidence.
 */
function dimensionEvidence (matches: Match[]): number {
  const sorted = [...matches].sort((a, b) => a.start - b.start)
  let total = 0
  let clusterEnd = -1
  let clusterBest = 0
  for (const match of sorted) {
    const evidence = evidenceOf(match)
    if (match.start >= clusterEnd) {
      total += clusterBest
      clusterBest = evidence
      clusterEnd = match.end
    } else {
      clusterBest = Math.max(clusterBest, evidence)
      clusterEnd = Math.max(clusterEnd, match.end)
    }
  }
  return total + clusterBest
}

export function meanSentiment (sentences: SentenceResult[]): number {
  if (sentences.length === 0) return 0
  return sentences.reduce((sum, sentence) => sum + sentence.sentiment, 0) / sentences.length
}

export function paragraphScores (sentences: SentenceResult[], evidence: ParagraphEvidence): { scores: Scores, flags: Flags } {
  return {
    scores: {
      attribution: round(sentences.length === 0 ? 0 : evidence.attributedSentences / sentences.length),
      stateFraming: round(squash(evidence.stateFraming)),
      criticalFraming: round(squash(evidence.criticalFraming)),
      sentiment: round(meanSentiment(sentences))
    },
    flags: {
      attribution: evidence.holdsAttribution,
      // (*In the Kremlin's telling, these are NATO enlargement and a “neo-Nazi” government … what Moscow
      // calls …*, a fact-check's *CLAIM:* line: a paragraph that states a narrative only to keep it at
      // arm's length does not reproduce it, however many of its terms it names.)
      stateFraming: evidence.stateFraming >= FLAG_THRESHOLD && (evidence.narratorAdoptsState || !evidence.narratorDistances),
      criticalFraming: evidence.criticalFraming >= FLAG_THRESHOLD
    }
  }
}

/**
 * Document scores: attribution is the share of all sentences with an attribution; framing is
 * the sentence-weighted mean of paragraph scores (so a long article is not saturated by
 * length alone); sentiment is the mean over all sentences; a flag is set when any paragraph's is.
 */
export function documentScores (paragraphs: Array<{ sentences: SentenceResult[], scores: Scores, flags: Flags, attributedSentences: number }>): { scores: Scores, flags: Flags } {
  const sentences = paragraphs.flatMap((paragraph) => paragraph.sentences)
  const total = sentences.length
  const weighted = (key: 'stateFraming' | 'criticalFraming'): number => total === 0
    ? 0
    : paragraphs.reduce((sum, paragraph) => sum + paragraph.scores[key] * paragraph.sentences.length, 0) / total
  return {
    scores: {
      attribution: round(total === 0 ? 0 : paragraphs.reduce((sum, paragraph) => sum + paragraph.attributedSentences, 0) / total),
      stateFraming: round(weighted('stateFraming')),
      criticalFraming: round(weighted('criticalFraming')),
      sentiment: round(meanSentiment(sentences))
    },
    flags: {
      attribution: paragraphs.some((paragraph) => paragraph.flags.attribution),
      stateFraming: paragraphs.some((paragraph) => paragraph.flags.stateFraming),
      criticalFraming: paragraphs.some((paragraph) => paragraph.flags.criticalFraming)
    }
  }
}
