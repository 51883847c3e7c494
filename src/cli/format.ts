/** Output formats of the command-line tool: compiler-style text, JSON, SARIF 2.1.0. */
import { CATALOGUE_BY_ID, type Finding, type Locale } from '../engine/index.ts';

export interface FileFindings {
  file: string;
  findings: Finding[];
}

export function formatText(results: FileFindings[]): string {
  const lines: string[] = [];
  for (const { file, findings } of results)
    for (const f of findings) lines.push(`${file}:${f.line}:${f.column}: ${f.severity} ${f.rule}: ${f.message}`);
  return lines.length ? `${lines.join('\n')}\n` : '';
}

export function summary(results: FileFindings[], locale: Locale): string {
  const all = results.flatMap((r) => r.findings);
  const n = (s: string) => all.filter((f) => f.severity === s).length;
  return locale === 'en'
    ? `${results.length} file(s): ${n('error')} error(s), ${n('warning')} warning(s), ${n('info')} info`
    : `${results.length} arquivo(s): ${n('error')} erro(s), ${n('warning')} aviso(s), ${n('info')} informativo(s)`;
}

export function formatJson(results: FileFindings[]): string {
  return `${JSON.stringify(results.flatMap(({ file, findings }) => findings.map((f) => ({ file, ...f }))), null, 2)}\n`;
}

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export function formatSarif(results: FileFindings[], locale: Locale, version: string, baseUrl: string): string {
  const used = [...new Set(results.flatMap((r) => r.findings.map((f) => f.rule)))].sort();
  const index = new Map(used.map((id, i) => [id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'estaleiro',
          version,
          informationUri: `${baseUrl}${locale === 'en' ? '/en' : ''}/rules/`,
          language: locale,
          rules: used.map((id) => {
            const info = CATALOGUE_BY_ID.get(id);
            return {
              id,
              name: id,
              shortDescription: { text: info?.docs.title[locale] ?? id },
              fullDescription: { text: info?.docs.description[locale] ?? id },
              helpUri: `${baseUrl}${locale === 'en' ? '/en' : ''}/rules/${id}/`,
              defaultConfiguration: { level: LEVEL[info?.severity ?? 'warning'] },
              properties: { hadolint: info?.refs.hadolint ?? [], buildkit: info?.refs.buildkit ?? [] },
            };
          }),
        },
      },
      results: results.flatMap(({ file, findings }) => findings.map((f) => ({
        ruleId: f.rule,
        ruleIndex: index.get(f.rule),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: file === '-' ? 'stdin' : file.replace(/\\/g, '/') },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
          },
        }],
        ...(f.fix ? { fixes: [{ description: { text: f.fix.title }, artifactChanges: [{
          artifactLocation: { uri: file === '-' ? 'stdin' : file.replace(/\\/g, '/') },
          replacements: f.fix.edits.map((e) => ({
            deletedRegion: { startLine: e.line, startColumn: e.column, endLine: e.endLine, endColumn: e.endColumn },
            insertedContent: { text: e.text },
          })),
        }] }] } : {}),
      }))),
    }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
