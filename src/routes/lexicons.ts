/** GET /lexicons: the loaded lexicons with ids, versions, dimensions and entry counts. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'

const lexicons: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get('/lexicons', { schema: { tags: ['lexicons'], summary: 'The loaded lexicons with ids, versions, dimensions and entry counts', response: { 200: { description: 'The loaded lexicons', $ref: 'LexiconList#' } } } }, async () => ({
    lexicons: fastify.lexicons.map((lexicon) => ({
      id: lexicon.id,
      version: lexicon.version,
      dimension: lexicon.dimension,
      ...(lexicon.actor === undefined ? {} : { actor: lexicon.actor }),
      ...(lexicon.description === undefined ? {} : { description: lexicon.description }),
      entries: lexicon.entries.length
    }))
  }))
}

export default lexicons
