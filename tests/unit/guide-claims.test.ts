import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Facts a review corrected in the guide (issue 10). Each test reads the page pair and fails if the
 * corrected claim goes missing or the old one comes back, in either language.
 */
const LANGS = [
  { lang: 'pt-BR', dir: '../../content/docs/' },
  { lang: 'en', dir: '../../content/docs/en/' },
] as const;

function page(dir: string, path: string): string {
  return readFileSync(new URL(`${dir}${path}`, import.meta.url), 'utf8');
}

/** The first fenced block that follows the given level-2 heading. */
function firstBlockAfter(text: string, heading: RegExp): string {
  const at = text.search(heading);
  expect(at, `heading ${heading}`).toBeGreaterThanOrEqual(0);
  const body = /```[^\n]*\n([\s\S]*?)```/.exec(text.slice(at))?.[1];
  expect(body, `code block after ${heading}`).toBeDefined();
  return body ?? '';
}

/** The markdown table row whose first cell starts with the given option. */
function tableRow(text: string, option: string): string {
  const row = text.split('\n').find((line) => line.startsWith(`| \`${option}`));
  expect(row, `table row for ${option}`).toBeDefined();
  return row ?? '';
}

describe.each(LANGS)('corrected claims ($lang)', ({ dir }) => {
  it('STOPSIGNAL syntax example uses no signal the process cannot handle', () => {
    const syntax = firstBlockAfter(page(dir, 'instructions/stopsignal.mdx'), /^## (Sintaxe|Syntax)$/m);
    expect(syntax).toMatch(/^STOPSIGNAL /m);
    expect(syntax).not.toMatch(/^STOPSIGNAL\s+(9|SIGKILL|KILL|19|SIGSTOP|STOP)\s*$/im);
  });

  it('HEALTHCHECK table gives --start-interval its 5s default and ties the first check to it', () => {
    const text = page(dir, 'instructions/healthcheck.mdx');
    const startInterval = tableRow(text, '--start-interval');
    expect(startInterval).toContain('`5s`');
    expect(startInterval).toContain('25.0');
    expect(tableRow(text, '--interval')).toContain('--start-period');
  });

  it('restart policies: the 10 seconds reset the back-off, they do not gate the restart', () => {
    for (const path of ['steps/6-run.mdx', 'high-availability.mdx']) {
      const text = page(dir, path);
      expect(text, path).toContain('https://docs.docker.com/reference/cli/docker/container/run/#restart');
      expect(text, path).toMatch(/100 ms/);
      expect(text, path).not.toMatch(/(só passa a valer|só vale depois|only takes effect once|only applies once)/);
    }
  });

  it('no page says Debian/Ubuntu dash replaces itself with the command', () => {
    for (const path of ['instructions/entrypoint.mdx', 'instructions/stopsignal.mdx', 'steps/4-start-command.mdx']) {
      const text = page(dir, path);
      expect(text, path).toMatch(/`dash`/);
      expect(text, path).not.toMatch(/`dash`[^;:]{0,80}\b(se substituem|replace themselves)\b/);
    }
  });
});
