/** The model's view of ARGs before the first FROM: what BuildKit substitutes into FROM. */
import { describe, expect, it } from 'vitest';
import { lint } from './lint.ts';
import { buildModel } from './model.ts';

const rules = (text: string) => lint(text, { locale: 'en' }).map((f) => f.rule);

describe('global ARGs (before the first FROM)', () => {
  it('one ARG line may declare several names, and FROM resolves with all of them', () => {
    const m = buildModel('ARG IMAGE=python VERSION=3.13-slim\nFROM ${IMAGE}:${VERSION}\n');
    expect(m.globalArgs.get('IMAGE')).toBe('python');
    expect(m.globalArgs.get('VERSION')).toBe('3.13-slim');
    expect(m.stages[0]?.image).toBe('python:3.13-slim');
    expect(m.stages[0]?.unresolved).toEqual([]);
  });

  it('rules that know the image see it the same with one ARG line or two', () => {
    const one = 'ARG DISTRO=ubuntu TAG=24.04\nFROM ${DISTRO}:${TAG}\nUSER 10001\nCMD ["python", "main.py"]\n';
    const two = 'ARG DISTRO=ubuntu\nARG TAG=24.04\nFROM ${DISTRO}:${TAG}\nUSER 10001\nCMD ["python", "main.py"]\n';
    expect(rules(two)).toContain('python-not-found');
    expect(rules(one)).toEqual(rules(two));
  });

  it('a default goes through the shell lexer: quotes go, earlier ARGs expand (also on the same line)', () => {
    expect(buildModel('ARG BASE="alpine"\nFROM $BASE:3.22\n').stages[0]?.image).toBe('alpine:3.22');
    expect(buildModel('ARG TAG=3.22\nARG IMAGE=alpine:${TAG}\nFROM $IMAGE\n').stages[0]?.image).toBe('alpine:3.22');
    expect(buildModel('ARG TAG=3.22 IMAGE=alpine:${TAG}\nFROM $IMAGE\n').stages[0]?.image).toBe('alpine:3.22');
  });

  it('a name without a default is declared with no value', () => {
    const m = buildModel('ARG A B=2\nFROM alpine:3.22\n');
    expect(m.globalArgs.has('A')).toBe(true);
    expect(m.globalArgs.get('A')).toBeUndefined();
    expect(m.globalArgs.get('B')).toBe('2');
  });
});
