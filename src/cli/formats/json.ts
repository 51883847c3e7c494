/** Every finding as a JSON object with its file: rule, severity, exact range, message, url, refs, fix. */
import type { Formatter } from './report.ts';

export const format: Formatter = ({ results }) =>
  `${JSON.stringify(results.flatMap(({ file, findings }) => findings.map((f) => ({ file, ...f }))), null, 2)}\n`;
