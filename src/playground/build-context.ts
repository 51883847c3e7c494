/**
 * The playground's build context: the reader's files and .dockerignore, kept in localStorage next
 * to the text. It exists once the reader opens the Build view (until then the findings do not
 * check COPY sources, as `estaleiro lint` without `--context`). An unreadable value starts fresh.
 */
export interface ContextFile { name: string; content: string }
export interface ContextState { files: ContextFile[]; dockerignore: string }
/** What the worker receives: the files' names and texts and the .dockerignore text, if any. */
export interface ContextRequest { files: ContextFile[]; dockerignore?: string }

const KEY = 'estaleiro:playground:context';

/** A path as the reader may type it (`./src\\app.py`) made into a context path (`src/app.py`); '' when unusable. */
export function contextPath(name: string): string {
  return name.trim().replace(/\\/g, '/').split('/').filter((s) => s !== '' && s !== '.' && s !== '..').join('/');
}

function isState(v: unknown): v is ContextState {
  if (!v || typeof v !== 'object') return false;
  const s = v as Partial<ContextState>;
  return typeof s.dockerignore === 'string' && Array.isArray(s.files)
    && s.files.every((f) => !!f && typeof f === 'object' && typeof f.name === 'string' && typeof f.content === 'string' && contextPath(f.name) === f.name && f.name !== '');
}

export const contextStore = {
  /** `state` null when none was saved; `corrupt` when one was saved but cannot be read. */
  load(): { state: ContextState | null; corrupt: boolean } {
    let raw: string | null;
    try {
      raw = localStorage.getItem(KEY);
    } catch {
      return { state: null, corrupt: false };
    }
    if (raw === null) return { state: null, corrupt: false };
    try {
      const parsed = JSON.parse(raw) as unknown;
      return isState(parsed) ? { state: parsed, corrupt: false } : { state: null, corrupt: true };
    } catch {
      return { state: null, corrupt: true };
    }
  },
  /** False when the browser refuses (quota, privacy mode). */
  save(state: ContextState): boolean {
    try {
      localStorage.setItem(KEY, JSON.stringify(state));
      return true;
    } catch {
      return false;
    }
  },
};

/** The request form: a .dockerignore whose text is blank is no .dockerignore, else it is a file of the context too. */
export function contextRequest(state: ContextState): ContextRequest {
  const hasIgnore = state.dockerignore.trim() !== '';
  const files = state.files.filter((f) => f.name !== '.dockerignore');
  return hasIgnore ? { files: [...files, { name: '.dockerignore', content: state.dockerignore }], dockerignore: state.dockerignore } : { files };
}
