/** Swagger UI at /docs over the generated OpenAPI document (@fastify/swagger-ui, https://github.com/fastify/fastify-swagger-ui). */
import fp from 'fastify-plugin'
import swaggerUi from '@fastify/swagger-ui'

export default fp(async (fastify) => {
  await fastify.register(swaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list', deepLinking: true } })
}, { name: 'docs', dependencies: ['openapi'] })
