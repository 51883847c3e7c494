/** One line per finding, `file:line:col: severity rule: message`, for grep, editors and logs. */
import type { Formatter } from './report.ts';

export const format: Formatter = ({ results }) => {
  const lines: string[] = [];
  for (const { file, findings } of results)
    for (const f of findings) lines.push(`${file}:${f.line}:${f.column}: ${f.severity} ${f.rule}: ${f.message}`);
  return lines.length ? `${lines.join('\n')}\n` : '';
};
