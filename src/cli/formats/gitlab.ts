/**
 * GitLab Code Quality (a subset of Code Climate's issue format): description, check_name,
 * fingerprint, severity, location.path and location.lines.begin. Severities: info → info,
 * warning → minor, error → critical (ours means Docker rejects the file or the container fails).
 * The fingerprint hashes file, rule, message and the finding's rank among identical ones, not the
 * line, so a finding keeps its identity when lines above it move.
 */
import { createHash } from 'node:crypto';
import { reportPath, type Formatter } from './report.ts';

const SEVERITY = { info: 'info', warning: 'minor', error: 'critical' } as const;

export const format: Formatter = ({ results }) => {
  const issues: object[] = [];
  for (const { file, findings } of results) {
    const path = reportPath(file);
    const seen = new Map<string, number>();
    for (const f of findings) {
      const key = `${path}\u0000${f.rule}\u0000${f.message}`;
      const rank = seen.get(key) ?? 0;
      seen.set(key, rank + 1);
      issues.push({
        type: 'issue',
        description: f.message,
        check_name: f.rule,
        fingerprint: createHash('sha256').update(`${key}\u0000${rank}`).digest('hex').slice(0, 32),
        severity: SEVERITY[f.severity],
        location: { path, lines: { begin: f.line, end: f.endLine } },
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
};
