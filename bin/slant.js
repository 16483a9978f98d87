#!/usr/bin/env node
// `npx slant analyze <files…>`: the same analysis as the service, without a server.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const cli = new URL('../dist/src/cli.js', import.meta.url)
if (!existsSync(fileURLToPath(cli))) {
  console.error('slant: the CLI is not built yet; run `npm run build` in the slant directory first')
  process.exit(2)
}
const { main } = await import(cli.href)
process.exitCode = await main(process.argv.slice(2))
