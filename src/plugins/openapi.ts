/**
 * OpenAPI 3.1 document generated from the TypeBox route schemas (@fastify/swagger,
 * https://github.com/fastify/fastify-swagger). `openapi.yaml` at the project root is this
 * document written out by `npm run openapi`; a test fails when the two disagree.
 */
import fp from 'fastify-plugin'
import swagger from '@fastify/swagger'
import { ENGINE_VERSION } from '../version.js'

export default fp(async (fastify) => {
  await fastify.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Slant',
        version: ENGINE_VERSION,
        description: 'Framing and sentiment analysis for news copy: attribution, state framing, critical framing and sentiment, each backed by the text spans that produced it. Offsets are UTF-16 code units into the submitted text. Errors are RFC 9457 problem details (application/problem+json).'
      },
      tags: [
        { name: 'analysis', description: 'Analyse articles' },
        { name: 'lexicons', description: 'The loaded stance lexicons' },
        { name: 'health', description: 'Probes for load balancers and orchestrators' }
      ]
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => typeof json.$id === 'string' ? json.$id : `def-${i}` }
  })
}, { name: 'openapi' })
