/** Locations inside the installed package, the same from `src/` (tests) and `dist/src/` (production). */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

function findProjectRoot (): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir)
    if (parent === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url))
    dir = parent
  }
  return dir
}

export const PROJECT_ROOT = findProjectRoot()
export const SHIPPED_LEXICON_DIR = join(PROJECT_ROOT, 'lexicons')
