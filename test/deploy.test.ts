/** The Kubernetes manifests and compose file agree with the code: probes, ports, env names. */
import t from 'tap'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { ConfigEnvSchema } from '../src/config.js'
import { PROJECT_ROOT } from '../src/paths.js'
import { buildTestApp } from './helper.js'

const read = (path: string) => parse(readFileSync(join(PROJECT_ROOT, path), 'utf8'))
const knownEnv = new Set(Object.keys(ConfigEnvSchema.properties))

t.test('the Deployment probes real routes on the container port with known env vars, non-root and read-only', async (t) => {
  const deployment = read('deploy/k8s/deployment.yaml')
  const pod = deployment.spec.template.spec
  const [container] = pod.containers
  const app = await buildTestApp(t)
  for (const probe of ['readinessProbe', 'livenessProbe', 'startupProbe']) {
    const { path, port } = container[probe].httpGet
    t.equal(port, 'http')
    t.equal((await app.inject({ url: path })).statusCode, 200, `${probe} ${path} answers 200`)
  }
  t.same(container.ports, [{ name: 'http', containerPort: 3000 }])
  for (const { name } of container.env) t.ok(knownEnv.has(name), `${name} is a configuration variable`)
  t.equal(container.env.find((variable: { name: string }) => variable.name === 'PORT').value, '3000')
  t.equal(pod.securityContext.runAsNonRoot, true)
  t.equal(container.securityContext.readOnlyRootFilesystem, true)
  t.ok(container.resources.limits.memory && container.resources.requests.cpu)
})

t.test('the Service and HPA target the Deployment', async (t) => {
  const service = read('deploy/k8s/service.yaml')
  const hpa = read('deploy/k8s/hpa.yaml')
  t.same(service.spec.selector, read('deploy/k8s/deployment.yaml').spec.selector.matchLabels)
  t.equal(service.spec.ports[0].targetPort, 'http')
  t.equal(hpa.spec.scaleTargetRef.name, 'slant')
})

t.test('docker-compose publishes port 3000 and only sets known env vars', async (t) => {
  const compose = read('docker-compose.yml')
  const slant = compose.services.slant
  t.same(slant.ports, ['3000:3000'])
  for (const name of Object.keys(slant.environment)) t.ok(knownEnv.has(name), `${name} is a configuration variable`)
})

t.test('.env.example documents every configuration variable', async (t) => {
  const example = readFileSync(join(PROJECT_ROOT, '.env.example'), 'utf8')
  for (const name of knownEnv) t.match(example, new RegExp(`^#? ?${name}=`, 'm'), name)
})

t.test('npm scripts, the Dockerfile CMD and the CLI bin point at files the build produces', async (t) => {
  const { existsSync } = await import('node:fs')
  const scripts = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>
  // The README's first-run promise is `npm ci && npm start`: its entry file must exist after `npm run build`.
  const startFile = /node (\S+\.js)/.exec(scripts.start)?.[1]
  t.ok(startFile !== undefined && existsSync(join(PROJECT_ROOT, startFile)), `npm start runs ${startFile}`)
  const cmd = /^CMD \["node", "([^"]+)"\]/m.exec(readFileSync(join(PROJECT_ROOT, 'Dockerfile'), 'utf8'))?.[1]
  t.ok(cmd !== undefined && existsSync(join(PROJECT_ROOT, cmd)), `Dockerfile CMD runs ${cmd}`)
  t.equal(startFile, cmd, 'npm start and the container run the same entry file')
  for (const [name, script] of Object.entries(scripts)) {
    for (const [, file] of script.matchAll(/node (\S+\.m?js)/g)) t.ok(existsSync(join(PROJECT_ROOT, file)), `npm run ${name} runs ${file}`)
  }
  const bin = readFileSync(join(PROJECT_ROOT, 'bin', 'slant.js'), 'utf8')
  const cliFile = /(dist\/[\w/]+\.js)/.exec(bin)?.[1]
  t.ok(cliFile !== undefined && existsSync(join(PROJECT_ROOT, cliFile)), `bin/slant.js loads ${cliFile}`)
})
