import t from 'tap'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { Ajv } from 'ajv'
import { buildTestApp } from '../helper.js'
import { PROJECT_ROOT } from '../../src/paths.js'

const committed = readFileSync(join(PROJECT_ROOT, 'openapi.yaml'), 'utf8')

t.test('openapi.yaml is the document generated from the route schemas (run npm run openapi)', async (t) => {
  const app = await buildTestApp(t)
  await app.ready()
  t.equal(app.swagger({ yaml: true }), committed)
})

t.test('served responses validate against openapi.yaml', async (t) => {
  const document = parse(committed)
  const ajv = new Ajv({ strict: false })
  for (const [name, schema] of Object.entries(document.components.schemas)) ajv.addSchema(schema as object, `#/components/schemas/${name}`)
  const schemaOf = (path: string, method: string, status: number) => {
    const content = document.paths[path][method].responses[String(status)].content
    return Object.values(content as Record<string, { schema: object }>)[0].schema
  }
  const app = await buildTestApp(t)
  const cases: Array<[string, string, Record<string, unknown>, number]> = [
    ['/analyze', 'post', { payload: { text: '“We are protecting Donbass,” said a senior official.\n\nCritics argue otherwise.', id: 'x' } }, 200],
    ['/analyze', 'post', { payload: { text: 7 } }, 400],
    ['/analyze', 'post', { headers: { 'content-type': 'application/xml' }, payload: '<a/>' }, 415],
    ['/lexicons', 'get', {}, 200],
    ['/health/live', 'get', {}, 200],
    ['/health/ready', 'get', {}, 200]
  ]
  for (const [path, method, request, status] of cases) {
    const response = await app.inject({ method: method.toUpperCase() as 'GET', url: path, ...request })
    t.equal(response.statusCode, status, `${method} ${path} → ${status}`)
    const validate = ajv.compile(schemaOf(path, method, status))
    t.ok(validate(response.json()), `${method} ${path} ${status} matches openapi.yaml ${JSON.stringify(validate.errors ?? [])}`)
  }
})
