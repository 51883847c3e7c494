import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allProgress, clearProgress, loadProgress, PREFIX, saveProgress, type Progress } from './progress.ts';

class MemoryStorage {
  data = new Map<string, string>();
  full = false;
  get length() { return this.data.size; }
  key(i: number) { return [...this.data.keys()][i] ?? null; }
  getItem(k: string) { return this.data.get(k) ?? null; }
  setItem(k: string, v: string) { if (this.full) throw new DOMException('full', 'QuotaExceededError'); this.data.set(k, v); }
  removeItem(k: string) { this.data.delete(k); }
}

const record: Progress = { v: 1, solved: true, attempts: 2, text: 'FROM ubuntu:24.04\n', page: '/steps/1-dockerfile/' };
let store: MemoryStorage;

beforeEach(() => {
  store = new MemoryStorage();
  (globalThis as { localStorage?: unknown }).localStorage = store;
});
afterEach(() => { delete (globalThis as { localStorage?: unknown }).localStorage; });

describe('progress', () => {
  it('round-trips a record', () => {
    expect(saveProgress('a', record)).toBe(true);
    expect(loadProgress('a')).toEqual({ kind: 'ok', progress: record });
    expect(loadProgress('b')).toEqual({ kind: 'none' });
  });
  it('a corrupt or foreign value is reported, and others still load', () => {
    store.setItem(`${PREFIX}bad`, '{not json');
    store.setItem(`${PREFIX}foreign`, JSON.stringify({ v: 2, solved: 'yes' }));
    saveProgress('good', record);
    expect(loadProgress('bad').kind).toBe('corrupt');
    expect(loadProgress('foreign').kind).toBe('corrupt');
    expect([...allProgress().keys()]).toEqual(['good']);
  });
  it('full storage: saving says so, nothing throws', () => {
    store.full = true;
    expect(saveProgress('a', record)).toBe(false);
  });
  it('no storage at all: unavailable, not an exception', () => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
    expect(loadProgress('a').kind).toBe('unavailable');
    expect(saveProgress('a', record)).toBe(false);
    expect(allProgress().size).toBe(0);
  });
  it('clearing removes only exercise records', () => {
    saveProgress('a', record);
    store.setItem('estaleiro:playground:text', 'FROM x');
    expect(clearProgress()).toBe(true);
    expect(store.data.has(`${PREFIX}a`)).toBe(false);
    expect(store.getItem('estaleiro:playground:text')).toBe('FROM x');
  });
});
