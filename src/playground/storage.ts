/**
 * The reader's text in localStorage: saved as they type. Before anything replaces it (a shared
 * link, a template, Reset), the previous text is kept in a short list of backups.
 */
const KEY = 'estaleiro:playground:text';
const BACKUPS = 'estaleiro:playground:backups';
const MAX_BACKUPS = 5;

function safe<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

function backups(): string[] {
  return safe(() => {
    const parsed = JSON.parse(localStorage.getItem(BACKUPS) ?? '[]') as unknown;
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  }, []);
}

export const storage = {
  load: (): string | null => safe(() => localStorage.getItem(KEY), null),
  /** Returns false when the browser refuses (quota, privacy mode). */
  save: (text: string): boolean => safe(() => (localStorage.setItem(KEY, text), true), false),
  /** Keeps `text` as the newest backup; false when it could not be stored. */
  pushBackup: (text: string): boolean => {
    const list = [text, ...backups().filter((b) => b !== text)].slice(0, MAX_BACKUPS);
    return safe(() => (localStorage.setItem(BACKUPS, JSON.stringify(list)), true), false);
  },
  hasBackup: (): boolean => backups().length > 0,
  /** The newest backup, removed from the list. */
  popBackup: (): string | null => {
    const [first, ...rest] = backups();
    if (first === undefined) return null;
    safe(() => localStorage.setItem(BACKUPS, JSON.stringify(rest)), undefined);
    return first;
  },
};
