import { describe, expect, it } from 'vitest';
import { checkOn } from './testing.ts';

describe('expose', () => {
  it('finds the container port', () => {
    expect(checkOn('FROM ubuntu:24.04\nEXPOSE 8000/tcp\n', { kind: 'expose', port: 8000 }).passed).toBe(true);
    expect(checkOn('FROM ubuntu:24.04\nEXPOSE 80\n', { kind: 'expose', port: 8000 }).message).toContain('8000');
  });
});

describe('oci-labels', () => {
  it('passes with the labels asked, quoted or not', () => {
    const text = 'FROM ubuntu:24.04\nLABEL org.opencontainers.image.title="app" \\\n      "org.opencontainers.image.source"="https://example.com"\n';
    expect(checkOn(text, { kind: 'oci-labels' }).passed).toBe(true);
  });
  it('lists the missing keys', () => {
    const r = checkOn('FROM ubuntu:24.04\nLABEL org.opencontainers.image.title="app"\n', { kind: 'oci-labels', keys: ['title', 'licenses'] });
    expect(r.message).toBe('Missing labels: `org.opencontainers.image.licenses`.');
  });
});
