/**
 * A word of shared memory per pool task through which the main thread asks a worker to stop.
 * A message would wait behind the running analysis (a worker runs one synchronous task at a
 * time); the worker reads this word between paragraphs instead, and returns early. Terminating
 * the worker would also stop it, but its replacement reloads the model and compiles the lexicons
 * (≈ 0.5 s), so that is kept as the last resort for an analysis that does not reach its next check
 * in time.
 */
const STOP = 1

/** An Int32Array over a SharedArrayBuffer: cloned into the worker by reference, not by value. */
export type TaskControl = Int32Array

export const createTaskControl = (): TaskControl => new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT))
export const requestStop = (control: TaskControl): void => { Atomics.store(control, 0, STOP) }
export const stopRequested = (control: TaskControl): boolean => Atomics.load(control, 0) === STOP
