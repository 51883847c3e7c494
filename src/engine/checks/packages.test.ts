import { describe, expect, it } from 'vitest';
import { checkOn } from './testing.ts';

describe('apt-installs', () => {
  const spec = { kind: 'apt-installs', packages: ['python3', 'python3-venv'] } as const;
  it('passes when every package is installed in the final image', () => {
    const text = 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends python3 python3-venv=3.12.3-0ubuntu2 && rm -rf /var/lib/apt/lists/*\n';
    expect(checkOn(text, spec).passed).toBe(true);
  });
  it('lists what is missing', () => {
    const r = checkOn('FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y python3-pip\n', spec);
    expect(r.message).toBe('Not installed yet: `python3`, `python3-venv`.');
  });
});
