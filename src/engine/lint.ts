/**
 * lint(text, options) → Finding[]: parse once, run Docker's syntax checks and every rule,
 * drop what suppression comments silence, and speak the reader's language.
 */
import { buildModel, type Model } from './model.ts';
import { EXPERIMENTAL_CHECKS, isSuppressed, readSuppressions } from './pragmas.ts';
import { RULES } from './rules/index.ts';
import { SYNTAX_BY_ID, syntaxFindings, syntaxMessage } from './syntax/check.ts';
import type { Finding, Fix, Locale, LintOptions, OffsetEdit, Refs, Report, Rule, Severity } from './types.ts';

export function ruleUrl(id: string, locale: Locale, baseUrl = ''): string {
  return `${baseUrl}${locale === 'en' ? '/en' : ''}/rules/${id}/`;
}

function fill(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

interface Raw {
  rule: string;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  refs: Refs;
  fix?: { title: string; edits: OffsetEdit[] };
  /** First line (0-based) of the instruction the finding belongs to. */
  instructionLine?: number;
}

export interface LintInternals {
  /** Called when a rule throws; by default the rule is skipped so the rest still reports. */
  onRuleError?: (rule: Rule, error: unknown) => void;
  /** Called when dockerfile-utils' validator throws; by default its findings are skipped. */
  onSyntaxError?: (error: unknown) => void;
}

export function lint(text: string, options: LintOptions & LintInternals = {}): Finding[] {
  return lintModel(buildModel(text), options);
}

/** The same, for a host that already built the model (the playground also reads it). */
export function lintModel(model: Model, options: LintOptions & LintInternals = {}): Finding[] {
  const locale: Locale = options.locale === 'en' ? 'en' : 'pt-BR';
  const disabled = new Set(options.disable ?? []);
  const raws: Raw[] = [];

  // dockerfile-utils can throw on pathological input (e.g. a stack overflow resolving variables
  // in a file with no FROM): the practice rules still report what they understand.
  let syntax: ReturnType<typeof syntaxFindings> = [];
  try {
    syntax = syntaxFindings(model);
  } catch (error) {
    options.onSyntaxError?.(error);
    // Still say the one thing that is certain without the validator: a file with no FROM.
    const noFrom = SYNTAX_BY_ID.get('syntax-no-source-image');
    if (model.stages.length === 0 && noFrom) syntax = [{ code: noFrom, start: 0, end: 0, data: { text: '', keyword: '' } }];
  }
  for (const s of syntax) {
    if (disabled.has(s.code.id)) continue;
    raws.push({ rule: s.code.id, severity: s.code.severity, start: s.start, end: s.end, message: syntaxMessage(s.code, locale, s.data),
      refs: s.refs ?? s.code.refs ?? {}, instructionLine: s.instructionLine });
  }

  for (const rule of RULES) {
    if (disabled.has(rule.id)) continue;
    const report = (r: Report) => {
      const messages = rule.messages[locale];
      const message = fill(messages[r.messageId ?? 'default'] ?? messages.default ?? rule.id, r.data);
      let fix: Raw['fix'];
      if (r.fix && rule.fixTitles) {
        const titles = rule.fixTitles[locale];
        fix = { title: fill(titles[r.fix.titleId ?? 'default'] ?? titles.default ?? '', r.fix.data ?? r.data), edits: r.fix.edits };
      }
      raws.push({ rule: rule.id, severity: rule.severity, start: r.start, end: Math.max(r.start, r.end), message, refs: r.refs ?? rule.refs, fix,
        instructionLine: r.instruction?.getRange().start.line });
    };
    try {
      rule.check({ model, report, context: options.context });
    } catch (error) {
      options.onRuleError?.(rule, error);
    }
  }

  const suppressions = readSuppressions(model);
  const starts = model.instructions.map((i) => model.offsets(i)[0]);
  const findings: Finding[] = [];
  for (const r of raws) {
    const line = r.instructionLine ?? instructionLineAt(model, starts, r.start);
    if (isSuppressed(suppressions, r.rule, r.refs, line)) continue;
    // `# check=error=true`: BuildKit fails the build on any check it reports.
    // (An experimental check counts only when the directive enables it, as BuildKit runs it only then.)
    const checks = (r.refs.buildkit ?? []).filter((c) => !EXPERIMENTAL_CHECKS.has(c) || suppressions.experimental.has(c));
    if (suppressions.checkError && checks.length) r.severity = 'error';
    findings.push(toFinding(model, r, locale, options.baseUrl));
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  return findings;
}

function instructionLineAt(model: Model, starts: number[], offset: number): number | undefined {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 ? model.instructions[found]!.getRange().start.line : undefined;
}

function toFinding(model: Model, r: Raw, locale: Locale, baseUrl?: string): Finding {
  const a = model.lines.positionAt(r.start);
  const b = model.lines.positionAt(r.end);
  const finding: Finding = {
    rule: r.rule,
    severity: r.severity,
    line: a.line + 1,
    column: a.character + 1,
    endLine: b.line + 1,
    endColumn: b.character + 1,
    message: r.message,
    url: ruleUrl(r.rule, locale, baseUrl),
    refs: r.refs,
  };
  if (r.fix) {
    const fix: Fix = {
      title: r.fix.title,
      edits: r.fix.edits.map((e) => {
        const s = model.lines.positionAt(e.start);
        const t = model.lines.positionAt(e.end);
        return { line: s.line + 1, column: s.character + 1, endLine: t.line + 1, endColumn: t.character + 1, text: e.text };
      }),
    };
    finding.fix = fix;
  }
  return finding;
}
