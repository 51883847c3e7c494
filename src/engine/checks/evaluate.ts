/**
 * evaluateChecks(text, checks, locale): lint once, run every check on the same model and
 * findings, and say per check whether it passes and, if not, what is missing.
 */
import { lintModel } from '../lint.ts';
import { buildModel, type Model } from '../model.ts';
import type { Finding, Locale } from '../types.ts';
import { CHECKS } from './registry.ts';
import type { CheckBody, CheckDefinition, CheckResult, CheckSpec, Evaluation, Verdict } from './types.ts';

/** A stable id for a check within an exercise: its kind and main parameter. */
export function checkId(spec: CheckSpec): string {
  const main = 'rule' in spec ? spec.rule : 'program' in spec ? spec.program : 'file' in spec ? spec.file : 'port' in spec ? String(spec.port) : 'name' in spec ? spec.name : undefined;
  return main ? `${spec.kind}:${main}` : spec.kind;
}

const localePrefix = (locale: Locale) => (locale === 'en' ? '/en' : '');

function run(def: CheckDefinition, model: Model, findings: readonly Finding[], spec: CheckBody): Verdict {
  try {
    return def.evaluate({ model, findings }, spec);
  } catch {
    // A predicate that cannot read this text (half-typed input) fails; it never breaks the others.
    return { 'pt-BR': 'Não foi possível avaliar esta verificação neste texto.', en: 'This check could not be evaluated on this text.' };
  }
}

/** The checks on a model the host already linted (the worker lints once for everything). */
export function evaluateModel(model: Model, findings: Finding[], checks: readonly CheckSpec[], locale: Locale): Evaluation {
  const results: CheckResult[] = checks.map((spec) => {
    const def = (CHECKS as Record<string, CheckDefinition | undefined>)[spec.kind];
    if (!def) throw new Error(`unknown check kind: ${spec.kind}`);
    const label = (spec.label ?? def.label(spec))[locale];
    const verdict = run(def, model, findings, spec);
    const passed = verdict === true;
    return { id: checkId(spec), passed, label, message: passed ? label : verdict[locale], link: `${localePrefix(locale)}${def.page(spec)}` };
  });
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { checks: results, errors, solved: errors === 0 && results.every((r) => r.passed), findings };
}

export function evaluateChecks(text: string, checks: readonly CheckSpec[], locale: Locale): Evaluation {
  const model = buildModel(text);
  return evaluateModel(model, lintModel(model, { locale }), checks, locale);
}
