/**
 * Two words of shared memory per pool task, between the main thread and the worker that runs it.
 * - The stop word: the main thread asks a worker to stop. A message would wait behind the running
 *   analysis (a worker runs one synchronous task at a time); the worker reads this word between
 *   paragraphs instead, and returns early. Terminating the worker would also stop it, but its
 *   replacement reloads the model and compiles the lexicons (≈ 0.5 s), so that is kept as the
 *   last resort for an analysis that does not reach its next check in time.
 * - The running-thread word: the worker writes its thread id when it starts the task. Tasks are
 *   pipelined (a worker holds the next one while it runs the current one), so when a worker dies
 *   the pool fails every task it held; the one it never started is run again elsewhere, and the
 *   last-resort termination above knows which thread to end.
 */
const STOP_SLOT = 0
const RUNNING_THREAD_SLOT = 1
const STOP = 1

/** An Int32Array over a SharedArrayBuffer: cloned into the worker by reference, not by value. */
export type TaskControl = Int32Array

export const createTaskControl = (): TaskControl => new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT))
export const requestStop = (control: TaskControl): void => { Atomics.store(control, STOP_SLOT, STOP) }
export const stopRequested = (control: TaskControl): boolean => Atomics.load(control, STOP_SLOT) === STOP
/** Worker thread ids start at 1; the main thread's is 0. */
export const markStarted = (control: TaskControl, threadId: number): void => { Atomics.store(control, RUNNING_THREAD_SLOT, threadId) }
/** The id of the worker thread that started the task, or 0 while no worker has. */
export const runningThread = (control: TaskControl): number => Atomics.load(control, RUNNING_THREAD_SLOT)
