import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashInlineScripts } from './csp-inline-hashes.ts';
import { fixSearchLabel } from './search-label.ts';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('hashInlineScripts', () => {
  const page = (body: string) => `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-x'; style-src 'self'"></head><body>${body}</body>`;

  it('adds the hash of each inline executable script and style, once', () => {
    const out = hashInlineScripts(page('<script>a()</script><script type="module">b()</script><style>p{}</style><script>a()</script>'));
    const scriptSrc = /script-src ([^;]*)/.exec(out)![1]!;
    expect(scriptSrc.split(' ').filter((x) => x === sha('a()'))).toHaveLength(1);
    expect(scriptSrc).toContain(sha('b()'));
    expect(/style-src ([^;]*)/.exec(out)![1]).toContain(sha('p{}'));
    expect(out).toContain("style-src-attr 'unsafe-inline'");
  });

  it('leaves external scripts and JSON data blocks alone', () => {
    const out = hashInlineScripts(page('<script src="/a.js"></script><script type="application/json">{"a":1}</script>'));
    expect(/script-src ([^;]*)/.exec(out)![1]).toBe("'self' 'sha256-x'");
  });
});

describe('fixSearchLabel', () => {
  it('puts the visible shortcut in the accessible name', () => {
    const html = '<button data-open-modal disabled aria-label="Search" aria-keyshortcuts="Control+K"><span aria-hidden="true">Search</span><kbd class="k"><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button>';
    const out = fixSearchLabel(html);
    expect(out).toContain('aria-label="Search Ctrl K"');
    expect(out).toContain(' <kbd class="k"> <kbd>Ctrl</kbd> <kbd>K</kbd></kbd>');
    expect(fixSearchLabel(out)).toBe(out);
  });
});
