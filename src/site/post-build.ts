/** After the build: the search button's accessible name, then the CSP hashes of inline code. */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hashInlineScripts } from './csp-inline-hashes.ts';
import { fixSearchLabel } from './search-label.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const f = join(dir, n);
    return statSync(f).isDirectory() ? htmlFiles(f) : n.endsWith('.html') ? [f] : [];
  });
}

export function postBuild(): AstroIntegration {
  return {
    name: 'estaleiro-post-build',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const out = hashInlineScripts(fixSearchLabel(html));
          if (out !== html) writeFileSync(file, out);
        }
      },
    },
  };
}
