/** SARIF 2.1.0, for code-scanning tools (GitHub code scanning, Azure DevOps, IDE viewers). */
import { ruleTexts } from '../rule-text.ts';
import { reportPath, type Formatter } from './report.ts';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export const format: Formatter = ({ results, locale, version, site }) => {
  const texts = ruleTexts();
  const first = new Map(results.flatMap((r) => r.findings).map((f) => [f.rule, f]));
  const used = [...first.keys()].sort();
  const index = new Map(used.map((id, i) => [id, i]));
  const base = `${site}${locale === 'en' ? '/en' : ''}/rules/`;
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'estaleiro',
          version,
          informationUri: base,
          language: locale,
          rules: used.map((id) => {
            const text = texts[id];
            const f = first.get(id)!;
            return {
              id,
              name: id,
              shortDescription: { text: text?.title[locale] ?? id },
              fullDescription: { text: text?.description[locale] ?? id },
              helpUri: text ? `${base}${id}/` : f.url,
              defaultConfiguration: { level: LEVEL[text?.severity ?? f.severity] },
              properties: { hadolint: f.refs.hadolint ?? [], buildkit: f.refs.buildkit ?? [] },
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
            artifactLocation: { uri: reportPath(file) },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
          },
        }],
        ...(f.fix ? { fixes: [{ description: { text: f.fix.title }, artifactChanges: [{
          artifactLocation: { uri: reportPath(file) },
          replacements: f.fix.edits.map((e) => ({
            deletedRegion: { startLine: e.line, startColumn: e.column, endLine: e.endLine, endColumn: e.endColumn },
            insertedContent: { text: e.text },
          })),
        }] }] } : {}),
      }))),
    }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
};
