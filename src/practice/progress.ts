/**
 * Exercise progress in localStorage, one key per exercise (`estaleiro:exercise:<id>`), so a bad
 * value in one key never touches another. Every access is guarded: storage may be missing,
 * full or blocked, and the exercises must keep working without it.
 */
export const PREFIX = 'estaleiro:exercise:';

export interface Progress {
  v: 1;
  solved: boolean;
  attempts: number;
  /** The reader's last text. */
  text: string;
  /** Locale-less path of the page that holds the exercise, e.g. `/steps/1-dockerfile/`. */
  page: string;
}

export type Loaded = { kind: 'none' } | { kind: 'ok'; progress: Progress } | { kind: 'corrupt' } | { kind: 'unavailable' };

function isProgress(x: unknown): x is Progress {
  if (typeof x !== 'object' || x === null) return false;
  const p = x as Record<string, unknown>;
  return p.v === 1 && typeof p.solved === 'boolean' && typeof p.attempts === 'number' && Number.isInteger(p.attempts) && p.attempts >= 0
    && typeof p.text === 'string' && typeof p.page === 'string';
}

export function loadProgress(id: string): Loaded {
  let raw: string | null;
  try {
    raw = localStorage.getItem(PREFIX + id);
  } catch {
    return { kind: 'unavailable' };
  }
  if (raw === null) return { kind: 'none' };
  try {
    const parsed = JSON.parse(raw) as unknown;
    return isProgress(parsed) ? { kind: 'ok', progress: parsed } : { kind: 'corrupt' };
  } catch {
    return { kind: 'corrupt' };
  }
}

/** False when the browser refuses (quota, privacy mode, no storage). */
export function saveProgress(id: string, p: Progress): boolean {
  try {
    localStorage.setItem(PREFIX + id, JSON.stringify(p));
    return true;
  } catch {
    return false;
  }
}

/** Every stored, readable record, by exercise id (unreadable ones are skipped, not removed). */
export function allProgress(): Map<string, Progress> {
  const out = new Map<string, Progress>();
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(PREFIX)) continue;
      const id = key.slice(PREFIX.length);
      const loaded = loadProgress(id);
      if (loaded.kind === 'ok') out.set(id, loaded.progress);
    }
  } catch {
    // No storage: no progress.
  }
  return out;
}

/** Removes every exercise's record (and only those). */
export function clearProgress(): boolean {
  try {
    const keys: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(PREFIX)) keys.push(key);
    }
    for (const k of keys) localStorage.removeItem(k);
    return true;
  } catch {
    return false;
  }
}
