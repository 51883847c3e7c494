/**
 * The terminal format: findings grouped by file, each with a code frame that underlines its range,
 * the fix when there is one and the rule's page, then a summary line. Modelled on rustc and Biome.
 *
 *   error[python-not-found]: `python` does not exist in this image (ubuntu:latest): use `python3`.
 *     ┌─ Dockerfile:5:7
 *   5 │ CMD ["python", "main.py"]
 *     │       ^^^^^^^^
 *     = fix: …
 *     = https://estaleiro.dev/en/rules/python-not-found/
 */
import type { Finding, Locale } from '../../engine/types.ts';
import { paint, type Paint } from '../color.ts';
import type { FileFindings, Formatter } from './report.ts';
import { summaryLine } from './summary.ts';

const TAB = '  ';

function label(f: Finding, p: Paint, locale: Locale): string {
  const names = { error: ['erro', 'error'], warning: ['aviso', 'warning'], info: ['info', 'info'] } as const;
  const name = names[f.severity][locale === 'en' ? 1 : 0];
  const colour = f.severity === 'error' ? p.red : f.severity === 'warning' ? p.yellow : p.blue;
  return p.bold(colour(`${name}[${f.rule}]`));
}

/** The finding's lines of source (at most three) with carets under its range; tabs expanded. */
function frame(f: Finding, lines: string[], p: Paint, gutterWidth: number): string[] {
  const out: string[] = [];
  const colour = f.severity === 'error' ? p.red : f.severity === 'warning' ? p.yellow : p.blue;
  const bar = p.blue('│');
  const visible = (s: string) => s.replace(/\t/g, TAB);
  const last = Math.min(f.endLine, f.line + 2);
  for (let n = f.line; n <= last; n++) {
    const raw = lines[n - 1];
    // A range that ends at column 1 of a line ends with the line before.
    if (raw === undefined || (n > f.line && n === f.endLine && f.endColumn === 1)) break;
    // Continuation lines are underlined from their first non-blank character, like rustc.
    const from = n === f.line ? f.column - 1 : raw.length - raw.trimStart().length;
    const to = n === f.endLine ? f.endColumn - 1 : raw.length;
    const pad = visible(raw.slice(0, from)).length;
    const width = Math.max(1, visible(raw.slice(from, to)).length);
    out.push(`${p.blue(String(n).padStart(gutterWidth))} ${bar} ${visible(raw)}`);
    out.push(`${' '.repeat(gutterWidth)} ${bar} ${' '.repeat(pad)}${colour('^'.repeat(width))}`);
  }
  if (f.endLine > last) out.push(`${' '.repeat(gutterWidth)} ${bar} ${p.dim('…')}`);
  return out;
}

function fileBlock(r: FileFindings, p: Paint, locale: Locale): string[] {
  const lines = (r.text ?? '').split(/\r\n|\r|\n/);
  const gutter = String(Math.max(...r.findings.map((f) => Math.min(f.endLine, f.line + 2)))).length;
  const name = r.file === '-' ? 'stdin' : r.file;
  const out: string[] = [p.underline(p.bold(name))];
  for (const f of r.findings) {
    out.push(`${label(f, p, locale)}${p.bold(`: ${f.message}`)}`);
    out.push(`${' '.repeat(gutter)} ${p.blue('┌─')} ${name}:${f.line}:${f.column}`);
    if (r.text !== undefined) out.push(...frame(f, lines, p, gutter));
    const eq = `${' '.repeat(gutter)} ${p.blue('=')}`;
    if (f.fix) out.push(`${eq} ${p.green(locale === 'en' ? 'fix' : 'correção')}: ${f.fix.title}`);
    out.push(`${eq} ${p.dim(f.url)}`);
    out.push('');
  }
  return out;
}

export const format: Formatter = ({ results, locale, color }) => {
  const p = paint(color);
  const out: string[] = [];
  for (const r of results) if (r.findings.length) out.push(...fileBlock(r, p, locale));
  out.push(summaryLine(results, locale, p));
  return `${out.join('\n')}\n`;
};
