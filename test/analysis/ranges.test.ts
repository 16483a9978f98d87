import t from 'tap'
import { indexRanges, insideAny } from '../../src/analysis/ranges.js'

t.test('insideAny finds a covering range among unsorted, nested and disjoint ranges', async (t) => {
  const index = indexRanges([{ start: 50, end: 60 }, { start: 0, end: 10 }, { start: 2, end: 30 }])
  t.equal(insideAny(index, 3, 25), true, 'inside the long range that starts second')
  t.equal(insideAny(index, 25, 31), false, 'crosses the end of every range')
  t.equal(insideAny(index, 52, 60), true, 'ends exactly at a range end')
  t.equal(insideAny(index, 40, 45), false, 'in a gap')
  t.equal(insideAny(indexRanges([]), 0, 1), false, 'no ranges')
})
