#!/usr/bin/env node
// Builds and type-checks (sources and tests), runs every tap test, then prints one plain line CI can count: "N passed, N failed".
// A "test" is a top-level t.test (or top-level assertion) of a test file, read from the raw TAP
// that tap saves under .tap/test-results.
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' })

for (const project of ['tsconfig.json', 'test/tsconfig.json']) {
  const build = run('npx', ['tsc', '-p', project])
  if (build.status !== 0) {
    console.log(`0 passed, 1 failed (TypeScript errors in ${project})`)
    process.exit(1)
  }
}
rmSync('.tap/test-results', { recursive: true, force: true })
const tap = run('npx', ['tap', ...process.argv.slice(2)])

function tapFiles (dir) {
  let files = []
  let entries = []
  try { entries = readdirSync(dir) } catch { return files }
  for (const name of entries) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) files = files.concat(tapFiles(path))
    else if (name.endsWith('.tap')) files.push(path)
  }
  return files
}

let passed = 0
let failed = 0
for (const file of tapFiles('.tap/test-results')) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/^ok \d+/.test(line)) passed++
    else if (/^not ok \d+/.test(line) && !/# TODO/.test(line)) failed++
  }
}
if (tap.status !== 0 && failed === 0) failed = 1
console.log(`${passed} passed, ${failed} failed`)
process.exit(tap.status ?? 1)
