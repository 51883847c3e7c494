/** The reader's text in localStorage: saved as they type, kept aside when a shared link replaces it. */
const KEY = 'estaleiro:playground:text';
const BACKUP = 'estaleiro:playground:backup';

function safe<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

export const storage = {
  load: (): string | null => safe(() => localStorage.getItem(KEY), null),
  /** Returns false when the browser refuses (quota, privacy mode). */
  save: (text: string): boolean => safe(() => (localStorage.setItem(KEY, text), true), false),
  loadBackup: (): string | null => safe(() => localStorage.getItem(BACKUP), null),
  saveBackup: (text: string): boolean => safe(() => (localStorage.setItem(BACKUP, text), true), false),
};
