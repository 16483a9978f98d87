/** Process entry: loadConfig → buildApp → listen → close with grace on SIGTERM/SIGINT. */
import closeWithGrace from 'close-with-grace'
import type { FastifyInstance } from 'fastify'
import { loadConfig } from './config.js'
import { buildApp } from './app.js'

let app: FastifyInstance
let config
try {
  config = loadConfig()
  app = await buildApp(config)
  await app.ready()
} catch (err) {
  // A bad setting or a broken lexicon: one readable line naming the variable, file or entry.
  console.error(`slant: cannot start: ${(err as Error).message}`)
  process.exit(1)
}

closeWithGrace({ delay: config.shutdownGraceMs }, async ({ signal, err }) => {
  if (err !== undefined) app.log.error({ err }, 'closing after an error')
  else app.log.info({ signal }, 'closing')
  await app.close()
})

await app.listen({ port: config.port, host: config.host })
