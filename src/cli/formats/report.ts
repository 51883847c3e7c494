/** What every output format receives: the findings of each file, with its text for code frames. */
import type { Finding, Locale } from '../../engine/types.ts';

export interface FileFindings {
  file: string;
  /** The file's text, for code frames; absent when a format does not need it. */
  text?: string;
  findings: Finding[];
}

export interface Report {
  results: FileFindings[];
  locale: Locale;
  color: boolean;
  version: string;
  site: string;
}

export type Formatter = (report: Report) => string;

/** A path as report formats want it: forward slashes, `-` (standard input) named `stdin`. */
export function reportPath(file: string): string {
  return file === '-' ? 'stdin' : file.replace(/\\/g, '/').replace(/^\.\//, '');
}

export function counts(results: FileFindings[]): Record<'error' | 'warning' | 'info' | 'fixable', number> {
  const c = { error: 0, warning: 0, info: 0, fixable: 0 };
  for (const r of results) for (const f of r.findings) {
    c[f.severity]++;
    if (f.fix) c.fixable++;
  }
  return c;
}
