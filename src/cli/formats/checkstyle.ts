/** Checkstyle XML, read by Jenkins (warnings-ng), Bitbucket, SonarQube importers and reviewdog. */
import { type Formatter } from './report.ts';

export function escapeXml(s: string): string {
  return s
    // Characters XML 1.0 cannot carry at all, even escaped.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export const format: Formatter = ({ results }) => {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">'];
  for (const { file, findings } of results) {
    out.push(`  <file name="${escapeXml(file)}">`);
    for (const f of findings)
      out.push(`    <error line="${f.line}" column="${f.column}" severity="${f.severity}" message="${escapeXml(f.message)}" source="estaleiro.${escapeXml(f.rule)}"/>`);
    out.push('  </file>');
  }
  out.push('</checkstyle>');
  return `${out.join('\n')}\n`;
};
