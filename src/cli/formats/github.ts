/**
 * GitHub Actions workflow commands: one `::error|warning|notice file=…,line=…::message` per
 * finding, shown as annotations on the pull request. Escaping follows the runner's rules: `%`,
 * CR and LF everywhere; `:` and `,` also in property values.
 */
import { reportPath, type Formatter } from './report.ts';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const format: Formatter = ({ results }) => {
  const lines: string[] = [];
  for (const { file, findings } of results) {
    for (const f of findings) {
      const props = [`file=${escapeProperty(reportPath(file))}`, `line=${f.line}`, `col=${f.column}`, `endLine=${f.endLine}`, `endColumn=${f.endColumn}`,
        `title=${escapeProperty(`estaleiro ${f.rule}`)}`];
      lines.push(`::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(`${f.message} (${f.url})`)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};
