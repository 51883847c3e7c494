import { describe, expect, it } from 'vitest';
import { checkOn } from './testing.ts';

describe('rule-absent', () => {
  it('passes when the rule is silent and reports its finding otherwise', () => {
    expect(checkOn('FROM ubuntu:24.04\n', { kind: 'rule-absent', rule: 'base-image-latest' }).passed).toBe(true);
    const r = checkOn('FROM ubuntu:latest\n', { kind: 'rule-absent', rule: 'base-image-latest' }, 'pt-BR');
    expect(r.passed).toBe(false);
    expect(r.message).toMatch(/^Linha 1: /);
    expect(r.link).toBe('/rules/base-image-latest/');
  });
  it('with scope final, ignores findings in earlier stages', () => {
    const text = 'FROM ubuntu:24.04 AS build\nRUN apt-get update && apt-get install -y curl\nFROM ubuntu:24.04\nCOPY --from=build /usr/bin/curl /usr/bin/curl\n';
    expect(checkOn(text, { kind: 'rule-absent', rule: 'apt-no-install-recommends' }).passed).toBe(false);
    expect(checkOn(text, { kind: 'rule-absent', rule: 'apt-no-install-recommends', scope: 'final' }).passed).toBe(true);
  });
  it('uses a custom sentence when the spec has one', () => {
    const label = { 'pt-BR': 'Sem latest', en: 'No latest' };
    expect(checkOn('FROM ubuntu:24.04\n', { kind: 'rule-absent', rule: 'base-image-latest', label }).label).toBe('No latest');
  });
});

describe('rule-raised', () => {
  it('passes only when the rule reports', () => {
    expect(checkOn('FROM ubuntu:latest\n', { kind: 'rule-raised', rule: 'base-image-latest' }).passed).toBe(true);
    expect(checkOn('FROM ubuntu:24.04\n', { kind: 'rule-raised', rule: 'base-image-latest' }).passed).toBe(false);
  });
});
