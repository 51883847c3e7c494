/**
 * Config files: our `.estaleiro.yaml` and hadolint's `.hadolint.yaml`, one shape (hadolint's keys).
 * Found from the working directory upward (first directory holding one wins; ours before
 * hadolint's in the same directory), then where hadolint looks in the home directory.
 * The YAML parser is loaded only when a file exists. A broken file is an error, never ignored.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Severity } from '../engine/types.ts';
import { LABEL_TYPES, type LabelType } from './config-rules.ts';
import { isShellCheckCode, resolveRule } from './rule-codes.ts';

export type Threshold = Severity | 'none';
export const THRESHOLDS: readonly Threshold[] = ['error', 'warning', 'info', 'none'];
/** hadolint's names too: `style` is our `info`, `ignore` never fails. */
const THRESHOLD_ALIASES: Record<string, Threshold> = { error: 'error', warning: 'warning', info: 'info', style: 'info', ignore: 'none', none: 'none' };

export interface Config {
  file: string;
  ignored: string[];
  override: Map<string, Severity>;
  trustedRegistries?: string[];
  labelSchema?: Record<string, LabelType>;
  strictLabels?: boolean;
  failureThreshold?: Threshold;
  noFail?: boolean;
  noColor?: boolean;
  format?: string;
  /** What was understood but not applied, said on stderr. */
  warnings: string[];
}

export class ConfigError extends Error {}

const OWN = ['.estaleiro.yaml', '.estaleiro.yml'];
const HADOLINT = ['.hadolint.yaml', '.hadolint.yml'];

export function findConfig(cwd: string, env: Record<string, string | undefined>): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of [...OWN, ...HADOLINT]) if (existsSync(join(dir, name))) return join(dir, name);
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) break;
  }
  const home = env.HOME ?? env.USERPROFILE;
  const candidates = [
    env.XDG_CONFIG_HOME && join(env.XDG_CONFIG_HOME, 'hadolint.yaml'),
    home && join(home, '.config', 'hadolint.yaml'),
    home && join(home, '.hadolint', 'hadolint.yaml'),
    home && join(home, 'hadolint', 'config.yaml'),
    home && join(home, '.hadolint.yaml'),
  ];
  return candidates.find((c): c is string => !!c && existsSync(c));
}

/** hadolint's `format` names mapped to ours. */
const FORMAT_ALIASES: Record<string, string> = { tty: 'text', gnu: 'compact', codeclimate: 'gitlab', gitlab_codeclimate: 'gitlab' };

export async function parseConfig(file: string, text: string, en: boolean): Promise<Config> {
  const yaml = await import('yaml');
  // Bundled, a CommonJS module's dynamic import exposes its exports as `default` only.
  const parse = yaml.parse ?? (yaml as unknown as { default: typeof yaml }).default.parse;
  let raw: unknown;
  try {
    raw = parse(text) ?? {};
  } catch (e) {
    throw new ConfigError(`${file}: ${en ? 'not valid YAML' : 'YAML inválido'}: ${(e as Error).message.split('\n')[0]}`);
  }
  const bad = (key: string, what: string) => new ConfigError(`${file}: ${key}: ${what}`);
  if (typeof raw !== 'object' || Array.isArray(raw) || raw === null) throw new ConfigError(`${file}: ${en ? 'expected a mapping of keys' : 'esperava um mapa de chaves'}`);
  const obj = raw as Record<string, unknown>;
  const rules = (key: string, value: unknown): string[] => {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw bad(key, en ? 'expected a list of rule names' : 'esperava uma lista de regras');
    const ids: string[] = [];
    for (const name of value as string[]) {
      const found = resolveRule(name);
      if (found) ids.push(...found);
      else if (!isShellCheckCode(name) && !/^DL\d{4}$/i.test(name)) throw bad(key, en ? `unknown rule "${name}"` : `regra desconhecida "${name}"`);
    }
    return ids;
  };
  const config: Config = { file, ignored: rules('ignored', obj.ignored), override: new Map(), warnings: [] };
  const override = obj.override;
  if (override !== undefined && override !== null) {
    if (typeof override !== 'object' || Array.isArray(override)) throw bad('override', en ? 'expected error/warning/info/style lists' : 'esperava listas error/warning/info/style');
    for (const [level, list] of Object.entries(override as Record<string, unknown>)) {
      const severity = ({ error: 'error', warning: 'warning', info: 'info', style: 'info' } as const)[level as 'error'];
      if (!severity) throw bad(`override.${level}`, en ? 'unknown severity (error, warning, info, style)' : 'severidade desconhecida (error, warning, info, style)');
      for (const id of rules(`override.${level}`, list)) config.override.set(id, severity);
    }
  }
  const strings = (key: string, value: unknown) => {
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw bad(key, en ? 'expected a list of strings' : 'esperava uma lista de textos');
    return value as string[];
  };
  const bool = (key: string, value: unknown) => {
    if (typeof value !== 'boolean') throw bad(key, en ? 'expected true or false' : 'esperava true ou false');
    return value;
  };
  for (const [key, value] of Object.entries(obj)) {
    if (key === 'ignored' || key === 'override' || value === null) continue;
    if (key === 'trustedRegistries') config.trustedRegistries = strings(key, value);
    else if (key === 'strict-labels') config.strictLabels = bool(key, value);
    else if (key === 'no-fail') config.noFail = bool(key, value);
    else if (key === 'no-color') config.noColor = bool(key, value);
    else if (key === 'disable-ignore-pragma') {
      if (bool(key, value)) config.warnings.push(`${file}: ${key}: ${en ? 'not supported, inline ignore comments still apply' : 'não suportado, os comentários de ignore continuam valendo'}`);
    }
    else if (key === 'failure-threshold') {
      const t = typeof value === 'string' ? THRESHOLD_ALIASES[value] : undefined;
      if (!t) throw bad(key, en ? 'expected error, warning, info, style or none' : 'esperava error, warning, info, style ou none');
      config.failureThreshold = t;
    } else if (key === 'format') {
      if (typeof value !== 'string') throw bad(key, en ? 'expected a format name' : 'esperava o nome de um formato');
      config.format = FORMAT_ALIASES[value] ?? value;
    } else if (key === 'label-schema') config.labelSchema = labelSchema(value, bad, en);
    else if (key !== 'verbose') config.warnings.push(`${file}: ${key}: ${en ? 'unknown key, ignored' : 'chave desconhecida, ignorada'}`);
  }
  return config;
}

function labelSchema(value: unknown, bad: (key: string, what: string) => ConfigError, en: boolean): Record<string, LabelType> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad('label-schema', en ? 'expected label: type pairs' : 'esperava pares label: tipo');
  for (const [label, type] of Object.entries(value)) {
    if (!LABEL_TYPES.includes(type as LabelType)) throw bad(`label-schema.${label}`, `${en ? 'expected one of' : 'esperava um de'} ${LABEL_TYPES.join(', ')}`);
  }
  return value as Record<string, LabelType>;
}

export function parseThreshold(value: string): Threshold | undefined {
  return THRESHOLD_ALIASES[value];
}
