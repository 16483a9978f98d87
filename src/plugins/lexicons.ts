/**
 * Loads and validates every lexicon at boot (fails start-up naming the file and entry) and
 * exposes them as `fastify.lexicons`. https://fastify.dev/docs/latest/Reference/Decorators/
 */
import fp from 'fastify-plugin'
import { loadLexicons, type LoadedLexicon } from '../lexicons/loader.js'

declare module 'fastify' {
  interface FastifyInstance {
    lexicons: LoadedLexicon[]
  }
}

export default fp<{ lexiconDirs: string[] }>(async (fastify, { lexiconDirs }) => {
  const lexicons = await loadLexicons(lexiconDirs)
  fastify.decorate('lexicons', lexicons)
  fastify.log.info({ lexicons: lexicons.map(({ id, version }) => `${id}@${version}`) }, 'lexicons loaded')
}, { name: 'lexicons' })
