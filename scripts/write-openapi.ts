/** Writes openapi.yaml from the route schemas: `npm run openapi`. The openapi test keeps it in step. */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { PROJECT_ROOT } from '../src/paths.js'

const app = await buildApp(loadConfig({ LOG_LEVEL: 'silent', POOL_SIZE: '0' }))
await app.ready()
await writeFile(join(PROJECT_ROOT, 'openapi.yaml'), app.swagger({ yaml: true }))
await app.close()
console.log('wrote openapi.yaml')
