/** The engine's public API. Hosts (CLI, playground, build checks) import from here only. */
export { lint, ruleUrl } from './lint.ts';
export { applyEdits, applyFix, compatibleFixes, fixAll } from './fix.ts';
export { CATALOGUE, CATALOGUE_BY_ID, type RuleInfo } from './catalogue.ts';
export type { Finding, Fix, Locale, LintOptions, Refs, Severity, TextEdit } from './types.ts';
export { LOCALES, SEVERITY_RANK } from './types.ts';
