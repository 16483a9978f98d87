/** Where the pool places a task: an idle worker first, a short task behind a busy one, a long one never. */
import t from 'tap'
import { queueOptionsSymbol } from 'piscina'
import { createTaskBalancer, LONG_TASK_CHARS, taskPlacement, TASKS_PER_WORKER } from '../../src/plugins/analyzer.js'

interface FakeWorker { id: number, currentUsage: number }
type Balancer = ReturnType<typeof createTaskBalancer>
const worker = (id: number, currentUsage: number): FakeWorker => ({ id, currentUsage })
const task = (text: string) => ({ taskId: 1, filename: 'worker.js', name: 'default', created: 0, isAbortable: false, ...taskPlacement(text) })
const place = (balancer: Balancer, text: string, workers: FakeWorker[]): number | undefined =>
  (balancer(task(text) as Parameters<Balancer>[0], workers as unknown as Parameters<Balancer>[1]) as FakeWorker | null)?.id

const SHORT = 'The minister said the talks would resume.'
const LONG = 'x'.repeat(LONG_TASK_CHARS)

t.test('a task is marked long from its length', async (t) => {
  t.same(taskPlacement(SHORT)[queueOptionsSymbol], { long: false })
  t.same(taskPlacement('x'.repeat(LONG_TASK_CHARS - 1))[queueOptionsSymbol], { long: false })
  t.same(taskPlacement(LONG)[queueOptionsSymbol], { long: true })
})

t.test('an idle worker is preferred over queueing behind a busy one', async (t) => {
  t.equal(place(createTaskBalancer(), SHORT, [worker(1, 1), worker(2, 0)]), 2)
})

t.test('a short task waits in the least busy worker, up to its limit', async (t) => {
  const balancer = createTaskBalancer()
  t.equal(TASKS_PER_WORKER, 2)
  t.equal(place(balancer, SHORT, [worker(1, 1), worker(2, 1)]), 1)
  t.equal(place(balancer, SHORT, [worker(1, 2), worker(2, 1)]), 2)
  t.equal(place(balancer, SHORT, [worker(1, 2), worker(2, 2)]), undefined, 'every worker full: the task stays in the pool queue')
})

t.test('a long task waits for an idle worker, and nothing waits behind it', async (t) => {
  const balancer = createTaskBalancer()
  t.equal(place(balancer, LONG, [worker(1, 1), worker(2, 1)]), undefined, 'not queued behind a busy worker')
  t.equal(place(balancer, LONG, [worker(1, 1), worker(2, 0)]), 2)
  t.equal(place(balancer, SHORT, [worker(1, 1), worker(2, 1)]), 1, 'the short task goes behind the other worker')
  t.equal(place(balancer, SHORT, [worker(1, 2), worker(2, 1)]), undefined, 'not behind the long one')
  // Once the long task is done its worker is seen idle and takes work again.
  t.equal(place(balancer, SHORT, [worker(1, 2), worker(2, 0)]), 2)
  t.equal(place(balancer, SHORT, [worker(1, 2), worker(2, 1)]), 2)
})
