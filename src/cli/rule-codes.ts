/**
 * Names a user may give a rule (in `--ignore`, a config file's `ignored` and `override`): our rule
 * id, a hadolint code (`DL3008`) or a BuildKit check name (`JSONArgsRecommended`), resolved to our
 * rule ids through each rule's refs. One hadolint code can map to several of our rules.
 */
import { RULES } from '../engine/rules/index.ts';
import { SYNTAX_CODES } from '../engine/syntax/codes.ts';
import type { Refs } from '../engine/types.ts';
import { CONFIG_RULES } from './config-rules.ts';

let index: Map<string, string[]> | undefined;

function build(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const add = (key: string, id: string) => {
    const k = key.toLowerCase();
    const ids = map.get(k) ?? [];
    if (!ids.includes(id)) ids.push(id);
    map.set(k, ids);
  };
  const all: { id: string; refs?: Refs }[] = [...RULES, ...SYNTAX_CODES, ...CONFIG_RULES];
  for (const { id, refs } of all) {
    add(id, id);
    for (const code of refs?.hadolint ?? []) add(code, id);
    for (const name of refs?.buildkit ?? []) add(name, id);
  }
  return map;
}

/** Our rule ids for a name, or undefined when nothing is called that. */
export function resolveRule(name: string): string[] | undefined {
  index ??= build();
  return index.get(name.trim().toLowerCase());
}

/** hadolint codes that are ShellCheck's (`SC2086`): we do not run ShellCheck, so they are accepted and do nothing. */
export function isShellCheckCode(name: string): boolean {
  return /^SC\d{4}$/i.test(name.trim());
}
