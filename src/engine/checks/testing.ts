/** For the checks' unit tests: one check evaluated on one text. */
import type { Locale } from '../types.ts';
import { evaluateChecks } from './evaluate.ts';
import type { CheckResult, CheckSpec } from './types.ts';

export function checkOn(text: string, spec: CheckSpec, locale: Locale = 'en'): CheckResult {
  return evaluateChecks(text, [spec], locale).checks[0]!;
}
