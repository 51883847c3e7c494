import { afterEach, describe, expect, it, vi } from 'vitest';
import { contextPath, contextRequest, contextStore } from './build-context.ts';

describe('the playground build context', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('cleans the paths a reader types', () => {
    expect(contextPath(' ./src\\app.py ')).toBe('src/app.py');
    expect(contextPath('/a//b/./c')).toBe('a/b/c');
    expect(contextPath('../..')).toBe('');
  });

  it('sends a blank .dockerignore as none, and a real one as a file of the context too', () => {
    const files = [{ name: 'main.py', content: '' }];
    expect(contextRequest({ files, dockerignore: '  \n' })).toEqual({ files });
    expect(contextRequest({ files, dockerignore: 'main.py\n' })).toEqual({ files: [...files, { name: '.dockerignore', content: 'main.py\n' }], dockerignore: 'main.py\n' });
  });

  it('round-trips through storage; an unreadable value is reported and not used', () => {
    const data = new Map<string, string>();
    vi.stubGlobal('localStorage', { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) });
    expect(contextStore.load()).toEqual({ state: null, corrupt: false });
    const state = { files: [{ name: 'src/app.py', content: 'x' }], dockerignore: '.git\n' };
    expect(contextStore.save(state)).toBe(true);
    expect(contextStore.load()).toEqual({ state, corrupt: false });
    for (const bad of ['{not json', '{"files":[{"name":"../x","content":""}],"dockerignore":""}', '{"files":"x","dockerignore":""}', 'null']) {
      data.set('estaleiro:playground:context', bad);
      expect(contextStore.load()).toEqual({ state: null, corrupt: true });
    }
  });

  it('says so when the browser refuses to store', () => {
    vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } });
    expect(contextStore.save({ files: [], dockerignore: '' })).toBe(false);
  });
});
