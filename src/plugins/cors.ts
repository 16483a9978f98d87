/**
 * CORS for configured origins (@fastify/cors, https://github.com/fastify/fastify-cors), so a
 * browser-based CMS plugin can call Slant directly. No origins configured → no CORS headers.
 */
import fp from 'fastify-plugin'
import cors from '@fastify/cors'

export default fp<{ origins: string[] }>(async (fastify, { origins }) => {
  if (origins.length === 0) return
  await fastify.register(cors, {
    origin: origins.includes('*') ? '*' : origins,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'authorization', 'x-request-id'],
    exposedHeaders: ['x-request-id', 'retry-after'],
    maxAge: 600
  })
}, { name: 'cors' })
