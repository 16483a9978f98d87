/**
 * "Is [start, end) inside any of these ranges?" in O(log n), so rules that ask it for every match
 * stay linear on a paragraph of any length (a hostile 1 MB paragraph has tens of thousands).
 */
export interface RangeIndex { starts: number[], reach: number[] }

export function indexRanges (ranges: Array<{ start: number, end: number }>): RangeIndex {
  const sorted = [...ranges].sort((a, b) => a.start - b.start)
  const starts = sorted.map((range) => range.start)
  // reach[i]: the furthest end of ranges 0..i — a range starting at or before `start` covers it iff this reach does.
  const reach: number[] = []
  for (const [i, range] of sorted.entries()) reach.push(Math.max(range.end, i === 0 ? -Infinity : reach[i - 1]))
  return { starts, reach }
}

export function insideAny (index: RangeIndex, start: number, end: number): boolean {
  let low = 0
  let high = index.starts.length - 1
  let last = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (index.starts[middle] <= start) {
      last = middle
      low = middle + 1
    } else high = middle - 1
  }
  return last !== -1 && index.reach[last] >= end
}

/** In a list of `count` items whose keys rise with the index, the index of the first key above `value` (`count` if none). */
export function firstAfter (count: number, keyAt: (index: number) => number, value: number): number {
  let low = 0
  let high = count
  while (low < high) {
    const middle = (low + high) >>> 1
    if (keyAt(middle) <= value) low = middle + 1
    else high = middle
  }
  return low
}
