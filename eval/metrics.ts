/** Metric functions for `npm run eval`: pure, over plain numbers and spans. */

export interface Counts { tp: number, fp: number, fn: number }
export interface Prf { precision: number, recall: number, f1: number, support: number }

export function prf ({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1, support: tp + fn }
}

export function addCounts (a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }
}

/** Binary decision counts: predicted vs gold. */
export function binary (predicted: boolean, gold: boolean): Counts {
  return { tp: predicted && gold ? 1 : 0, fp: predicted && !gold ? 1 : 0, fn: !predicted && gold ? 1 : 0 }
}

export interface Range { start: number, end: number }
const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end

/**
 * Span-overlap counts: a predicted span is a true positive when it overlaps any gold span;
 * a gold span is missed when no prediction overlaps it (so tp + fn may differ from the gold count
 * only through fn; precision and recall are each computed on their own side).
 */
export function spanOverlap (predicted: Range[], gold: Range[]): { precisionSide: Counts, recallSide: Counts } {
  const tpPredicted = predicted.filter((span) => gold.some((g) => overlaps(span, g))).length
  const tpGold = gold.filter((span) => predicted.some((p) => overlaps(span, p))).length
  return {
    precisionSide: { tp: tpPredicted, fp: predicted.length - tpPredicted, fn: 0 },
    recallSide: { tp: tpGold, fp: 0, fn: gold.length - tpGold }
  }
}

export function spanPrf (precisionSide: Counts, recallSide: Counts): Prf {
  const precision = prf(precisionSide).precision
  const recall = prf(recallSide).recall
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1, support: recallSide.tp + recallSide.fn }
}

/** Macro-averaged F1 over the classes present in gold or prediction. */
export function macroF1 (pairs: Array<[predicted: number, gold: number]>, classes: number[]): number {
  const f1s = classes.map((label) => prf(pairs.reduce<Counts>((counts, [p, g]) => addCounts(counts, binary(p === label, g === label)), { tp: 0, fp: 0, fn: 0 })).f1)
  return f1s.reduce((sum, f1) => sum + f1, 0) / f1s.length
}

/** Maps a score to −1 / 0 / 1 with a dead band [negative, positive]. */
export function threeClass (score: number, negative: number, positive: number): number {
  return score < negative ? -1 : score > positive ? 1 : 0
}

/** The dead band that maximises macro-F1 on (score, gold) pairs — tuned on dev only. */
export function tuneThresholds (pairs: Array<[score: number, gold: number]>, grid: number[]): { negative: number, positive: number, macroF1: number } {
  let best = { negative: 0, positive: 0, macroF1: -1 }
  for (const negative of grid) {
    for (const positive of grid) {
      if (positive < negative) continue
      const score = macroF1(pairs.map(([s, g]) => [threeClass(s, negative, positive), g]), [-1, 0, 1])
      if (score > best.macroF1) best = { negative, positive, macroF1: score }
    }
  }
  return best
}
