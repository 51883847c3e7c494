import { describe, expect, it } from 'vitest';
import { levenshtein, suggest } from './suggest.ts';

describe("BuildKit's did-you-mean", () => {
  it('measures edit distance', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('PAHT', 'PATH')).toBe(2);
  });
  it('suggests the closest option below distance 3, first on a tie', () => {
    expect(suggest('PAHT', ['HOME', 'PATH'])).toBe('PATH');
    expect(suggest('cahce', ['bind', 'cache', 'tmpfs'])).toBe('cache');
    expect(suggest('VERSON', ['VERSION', 'VERSIONS'])).toBe('VERSION');
  });
  it('stays silent when nothing is close or the value is an option', () => {
    expect(suggest('FOO', ['PATH', 'HOME'])).toBeUndefined();
    expect(suggest('PATH', ['PATH', 'PAT'])).toBeUndefined();
    expect(suggest('abcdef', ['abcxyz'])).toBeUndefined();
  });
  it('compares case-insensitively when asked, answering in the value case', () => {
    expect(suggest('CAHCE', ['bind', 'cache'], false)).toBe('CACHE');
    expect(suggest('path', ['PATH'], true)).toBeUndefined(); // distance 4
    expect(suggest('pahT', ['PATH'], false)).toBe('path');
  });
});
