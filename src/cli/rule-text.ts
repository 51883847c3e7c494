/**
 * Rule titles, descriptions and default severities, for SARIF's rule table. In source they come
 * from the engine's catalogue; scripts/build-cli.mjs replaces this module with the same data baked
 * as JSON, so the bundle can leave out the rule documentation nothing else in a run reads.
 */
import { CATALOGUE } from '../engine/catalogue.ts';
import type { L10n, Severity } from '../engine/types.ts';

export interface RuleText {
  title: L10n;
  description: L10n;
  severity: Severity;
}

export function ruleTexts(): Record<string, RuleText> {
  return Object.fromEntries(CATALOGUE.map((r) => [r.id, { title: r.docs.title, description: r.docs.description, severity: r.severity }]));
}
