/**
 * dockerfile-utils' validate() as shipped, timed in a worker thread: the engine keeps each parsed
 * instruction's arguments (src/engine/ast-arguments.ts), a change to dockerfile-ast's prototype
 * that would also speed up validate() in the bench's own process. A worker has its own modules,
 * so the baseline the bench compares lint against is the library untouched.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

export interface Job { text: string; runs: number }

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Median ms of f over distinct texts (a unique trailing comment defeats any parse cache). */
export function time(text: string, f: (t: string) => unknown, runs: number): number {
  for (let i = 0; i < 5; i++) f(`${text}\n# warm ${i}`);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = `${text}\n# run ${i} ${Math.random()}`;
    const t0 = performance.now();
    f(t);
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/** The median ms of stock validate() for each job, after warming the JIT on all of them. */
export function stockValidate(jobs: Job[], settings: object): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { jobs, settings } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

if (!isMainThread) {
  const { validate } = await import('dockerfile-utils');
  const { jobs, settings } = workerData as { jobs: Job[]; settings: Parameters<typeof validate>[1] };
  for (let i = 0; i < 30; i++) for (const { text } of jobs.slice(0, 60)) validate(`${text}\n# v${i}`, settings);
  parentPort!.postMessage(jobs.map(({ text, runs }) => time(text, (t) => validate(t, settings), runs)));
}
