/**
 * What the bench scripts share: where the corpora are (../shared/bench, or SLANT_BENCH_DIR), how
 * they are read, and how two runs are timed against each other.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../src/paths.js'

export const BENCH_DIR = process.env.SLANT_BENCH_DIR ?? join(PROJECT_ROOT, '..', 'shared', 'bench')

export function readBenchFile (name: string): string {
  return readFileSync(join(BENCH_DIR, name), 'utf8')
}

/** The 200 distinct articles of `articles.jsonl`. */
export function readBenchArticles (): string[] {
  return readBenchFile('articles.jsonl').split('\n').filter((line) => line !== '').map((line) => (JSON.parse(line) as { text: string }).text)
}

export const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

export const timeIt = (fn: () => void): number => { const started = performance.now(); fn(); return performance.now() - started }

/**
 * `pairs` timings of two runs, back to back, the order alternating (first, second; then second,
 * first): this VM's speed drifts by ±5 % over seconds, which the median of the pairs' ratios
 * absorbs and a ratio of two separate medians does not.
 */
export function alternatingPairs (first: () => void, second: () => void, pairs: number): { firstTimes: number[], secondTimes: number[], ratios: number[] } {
  const firstTimes: number[] = []
  const secondTimes: number[] = []
  const ratios: number[] = []
  for (let i = 0; i < pairs; i++) {
    let firstMs: number
    let secondMs: number
    if (i % 2 === 0) {
      firstMs = timeIt(first)
      secondMs = timeIt(second)
    } else {
      secondMs = timeIt(second)
      firstMs = timeIt(first)
    }
    firstTimes.push(firstMs)
    secondTimes.push(secondMs)
    ratios.push(firstMs / secondMs)
  }
  return { firstTimes, secondTimes, ratios }
}

/** alternatingPairs for runs that wait (a pool, worker threads): the same order and ratios. */
export async function alternatingPairsAsync (first: () => Promise<unknown>, second: () => Promise<unknown>, pairs: number): Promise<{ firstTimes: number[], secondTimes: number[], ratios: number[] }> {
  const timed = async (run: () => Promise<unknown>): Promise<number> => { const started = performance.now(); await run(); return performance.now() - started }
  const firstTimes: number[] = []
  const secondTimes: number[] = []
  const ratios: number[] = []
  for (let i = 0; i < pairs; i++) {
    let firstMs: number
    let secondMs: number
    if (i % 2 === 0) {
      firstMs = await timed(first)
      secondMs = await timed(second)
    } else {
      secondMs = await timed(second)
      firstMs = await timed(first)
    }
    firstTimes.push(firstMs)
    secondTimes.push(secondMs)
    ratios.push(firstMs / secondMs)
  }
  return { firstTimes, secondTimes, ratios }
}
