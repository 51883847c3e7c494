/**
 * One lint worker for every exercise on the page (the playground's worker, whose lint request
 * also evaluates checks). A request that hangs or a worker that dies is replaced; each caller
 * only ever gets the answer to its latest text.
 */
import type { CheckSpec } from '../engine/checks/types.ts';
import type { Locale } from '../engine/types.ts';
import type { Request, Response } from '../playground/protocol.ts';

export type LintAnswer = Extract<Response, { kind: 'lint' }>;
const TIMEOUT = 8000;

let worker: Worker | undefined;
let nextId = 1;
const waiting = new Map<number, { resolve: (r: LintAnswer) => void; reject: (e: Error) => void }>();
let watchdog: ReturnType<typeof setTimeout> | undefined;

function fail(message: string): void {
  worker?.terminate();
  worker = undefined;
  clearTimeout(watchdog);
  for (const w of waiting.values()) w.reject(new Error(message));
  waiting.clear();
}

function spawn(): Worker {
  const w = new Worker(new URL('../playground/worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<Response>) => {
    const r = e.data;
    const entry = waiting.get(r.id);
    waiting.delete(r.id);
    clearTimeout(watchdog);
    if (waiting.size) watchdog = setTimeout(() => fail('timeout'), TIMEOUT);
    if (!entry) return;
    if (r.kind === 'lint') entry.resolve(r);
    else entry.reject(new Error(r.kind === 'error' ? r.message : 'unexpected answer'));
  };
  w.onerror = () => fail('worker error');
  return w;
}

export function check(text: string, checks: CheckSpec[], locale: Locale): Promise<LintAnswer> {
  worker ??= spawn();
  const id = nextId++;
  const req: Request = { kind: 'lint', id, text, locale, checks };
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker!.postMessage(req);
    clearTimeout(watchdog);
    watchdog = setTimeout(() => fail('timeout'), TIMEOUT);
  });
}
