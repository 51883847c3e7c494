/// <reference lib="webworker" />
/** The playground's lint worker: linting, formatting and fixing never run on the page's main thread. */
import { format } from 'dockerfile-utils';
import { fixAll } from '../engine/fix.ts';
import type { TextEdit } from '../engine/types.ts';
import { analyse, needsInsight, type ChecksEngine, type InsightEngine } from './analyse.ts';
import type { Request, Response } from './protocol.ts';

const post = (r: Response) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(r);

// Build insight and .dockerignore matching are loaded the first time a request needs them, so a
// page that only lints (or has not opened the Build view) never downloads them.
let insight: Promise<InsightEngine> | undefined;
// The exercises' checks likewise: the playground never sends any.
let checker: Promise<ChecksEngine> | undefined;

/** A lazily imported module, retried on the next request if loading failed. */
function once<T>(get: () => Promise<T> | undefined, set: (p: Promise<T> | undefined) => void, load: () => Promise<T>): Promise<T> {
  let p = get();
  if (!p) {
    p = load().catch((e: unknown) => { set(undefined); throw e; });
    set(p);
  }
  return p;
}

self.onmessage = async (event: MessageEvent<Request>) => {
  const req = event.data;
  try {
    if (req.kind === 'lint') {
      const build = { context: req.context, changed: req.changed, changedArgs: req.changedArgs, insight: req.insight };
      const engine = needsInsight(build) ? await once(() => insight, (p) => { insight = p; }, () => import('../engine/insight/index.ts')) : undefined;
      const checks = req.checks ? await once(() => checker, (p) => { checker = p; }, () => import('../engine/checks/evaluate.ts')) : undefined;
      const t0 = performance.now();
      const result = analyse(req.text, req.locale, req.checks, build, engine, checks);
      post({ kind: 'lint', id: req.id, ...result, ms: performance.now() - t0 });
    } else if (req.kind === 'fix-all') {
      post({ kind: 'fix-all', id: req.id, ...fixAll(req.text, { locale: req.locale }) });
    } else {
      const edits: TextEdit[] = format(req.text, { insertSpaces: true, tabSize: 4 }).map((e) => ({
        line: e.range.start.line + 1, column: e.range.start.character + 1, endLine: e.range.end.line + 1, endColumn: e.range.end.character + 1, text: e.newText,
      }));
      post({ kind: 'format', id: req.id, edits });
    }
  } catch (e) {
    post({ kind: 'error', id: req.id, message: e instanceof Error ? e.message : String(e) });
  }
};
