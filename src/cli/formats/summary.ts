/** The last line of a run: how many problems of each severity, in how many files, how many fixable. */
import type { Locale } from '../../engine/types.ts';
import { paint, type Paint } from '../color.ts';
import { counts, type FileFindings } from './report.ts';

export function summaryLine(results: FileFindings[], locale: Locale, p: Paint = paint(false)): string {
  const c = counts(results);
  const total = c.error + c.warning + c.info;
  const en = locale === 'en';
  const files = en ? `${results.length} file${results.length === 1 ? '' : 's'}` : `${results.length} arquivo${results.length === 1 ? '' : 's'}`;
  if (total === 0) return p.green(en ? `✔ No problems in ${files}.` : `✔ Nenhum problema em ${files}.`);
  const parts = en
    ? [`${c.error} error${c.error === 1 ? '' : 's'}`, `${c.warning} warning${c.warning === 1 ? '' : 's'}`, `${c.info} info`]
    : [`${c.error} erro${c.error === 1 ? '' : 's'}`, `${c.warning} aviso${c.warning === 1 ? '' : 's'}`, `${c.info} info`];
  const fixable = c.fixable ? (en ? `; ${c.fixable} with a fix` : `; ${c.fixable} com correção`) : '';
  const head = en ? `✖ ${total} problem${total === 1 ? '' : 's'}` : `✖ ${total} problema${total === 1 ? '' : 's'}`;
  const colour = c.error ? p.red : c.warning ? p.yellow : p.blue;
  return p.bold(colour(`${head} (${parts.join(', ')}) ${en ? 'in' : 'em'} ${files}${fixable}.`));
}
