/**
 * Rules that exist only when a config file gives them data, as in hadolint: `trustedRegistries`
 * (DL3026) and `label-schema` / `strict-labels` (DL3049–DL3056, DL3058). They read the engine's
 * model of the file; severities follow our policy (Docker builds these files fine, so no error).
 */
import { Copy, Label, Run } from 'dockerfile-ast';
import type { Model, Stage } from '../engine/model.ts';
import type { Finding, Locale, Refs, Severity } from '../engine/types.ts';

export type LabelType = 'text' | 'url' | 'semver' | 'hash' | 'rfc3339' | 'spdx' | 'email';
export const LABEL_TYPES: readonly LabelType[] = ['text', 'url', 'semver', 'hash', 'rfc3339', 'spdx', 'email'];

export interface ConfigRuleData {
  trustedRegistries?: string[];
  labelSchema?: Record<string, LabelType>;
  strictLabels?: boolean;
}

interface ConfigRule {
  id: string;
  severity: Severity;
  refs: Refs;
}

export const CONFIG_RULES: readonly ConfigRule[] = [
  { id: 'untrusted-registry', severity: 'warning', refs: { hadolint: ['DL3026'] } },
  { id: 'label-missing', severity: 'info', refs: { hadolint: ['DL3049'] } },
  { id: 'label-not-in-schema', severity: 'info', refs: { hadolint: ['DL3050'] } },
  { id: 'label-invalid', severity: 'warning', refs: { hadolint: ['DL3051', 'DL3052', 'DL3053', 'DL3054', 'DL3055', 'DL3056', 'DL3058'] } },
];
const BY_ID = new Map(CONFIG_RULES.map((r) => [r.id, r]));

const MESSAGES: Record<string, Record<Locale, string>> = {
  'untrusted-registry': { 'pt-BR': '`{image}` vem de `{registry}`, fora de `trustedRegistries` na configuração.', en: '`{image}` comes from `{registry}`, which is not in the config\'s `trustedRegistries`.' },
  'label-missing': { 'pt-BR': 'A imagem final não tem o label `{label}` que o `label-schema` da configuração exige.', en: 'The final image lacks the label `{label}` that the config\'s `label-schema` requires.' },
  'label-not-in-schema': { 'pt-BR': 'O label `{label}` não está no `label-schema` (com `strict-labels`).', en: 'The label `{label}` is not in the `label-schema` (with `strict-labels`).' },
  'label-invalid': { 'pt-BR': 'O label `{label}` deveria ser do tipo `{type}`, mas vale `{value}`.', en: 'The label `{label}` should be of type `{type}`, but its value is `{value}`.' },
  'label-empty': { 'pt-BR': 'O label `{label}` do `label-schema` está vazio.', en: 'The label `{label}` from the `label-schema` is empty.' },
};

const VALID: Record<LabelType, (v: string) => boolean> = {
  text: () => true,
  url: (v) => /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(v),
  semver: (v) => /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(v),
  hash: (v) => /^(?:[0-9a-f]{7}|[0-9a-f]{40})$/.test(v),
  rfc3339: (v) => /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/.test(v),
  spdx: (v) => /^\(?[A-Za-z0-9.+-]+\)?(?: (?:AND|OR|WITH) \(?[A-Za-z0-9.+-]+\)?)*$/.test(v),
  email: (v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
};

type Emit = (id: string, start: number, end: number, data: Record<string, string>, messageId?: string) => void;

export function configFindings(model: Model, data: ConfigRuleData, locale: Locale, url: string): Finding[] {
  const out: Finding[] = [];
  const emit: Emit = (id, start, end, values, messageId = id) => {
    const rule = BY_ID.get(id)!;
    const a = model.lines.positionAt(start);
    const b = model.lines.positionAt(end);
    out.push({ rule: id, severity: rule.severity, line: a.line + 1, column: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1,
      message: MESSAGES[messageId]![locale].replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? ''), url: `${url}#${id}`, refs: rule.refs });
  };
  if (data.trustedRegistries) untrustedImages(model, data.trustedRegistries, emit);
  if (data.labelSchema || data.strictLabels) labels(model, data.labelSchema ?? {}, data.strictLabels ?? false, emit);
  return out;
}

function registryAllowed(registry: string, trusted: readonly string[]): boolean {
  return trusted.some((t) => {
    if (t === '*') return true;
    if (t.startsWith('*')) return registry.endsWith(t.slice(1));
    if (t.endsWith('*')) return registry.startsWith(t.slice(0, -1));
    return registry === t || (registry === 'docker.io' && t === 'hub.docker.com');
  });
}

function untrustedImages(model: Model, trusted: readonly string[], emit: Emit): void {
  const check = (image: string, start: number, end: number) => {
    if (!image || image.includes('$') || image.toLowerCase() === 'scratch') return;
    const first = image.split('/')[0]!;
    const registry = image.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost') ? first : 'docker.io';
    if (!registryAllowed(registry, trusted)) emit('untrusted-registry', start, end, { image, registry });
  };
  const names = new Set(model.stages.map((s) => s.name).filter(Boolean));
  for (const stage of model.stages) {
    const arg = stage.from.getImageRange();
    if (stage.parent || stage.unresolved.length > 0 || !arg) continue;
    check(stage.image, model.lines.offsetAt(arg.start), model.lines.offsetAt(arg.end));
  }
  const fromImage = (value: string | undefined | null): value is string => !!value && !names.has(value.toLowerCase()) && !/^\d+$/.test(value);
  for (const ins of model.instructions) {
    if (ins instanceof Copy) {
      const flag = ins.getFlags().find((f) => f.getName() === 'from');
      const value = flag?.getValue();
      if (flag && fromImage(value)) check(value, ...model.offsets(flag));
    } else if (ins instanceof Run) {
      // RUN --mount=type=bind,from=<image>,… reads files from another image too.
      for (const flag of ins.getFlags()) {
        if (flag.getName() !== 'mount') continue;
        const from = (flag.getValue() ?? '').split(',').map((kv) => kv.split('=')).find(([k]) => k?.trim() === 'from')?.[1]?.trim();
        if (fromImage(from)) check(from, ...model.offsets(flag));
      }
    }
  }
}

interface LabelSeen { name: string; value: string; start: number; end: number }

function stageLabels(model: Model, stage: Stage): LabelSeen[] {
  const seen: LabelSeen[] = [];
  for (const ins of stage.body) {
    if (!(ins instanceof Label)) continue;
    for (const p of ins.getProperties()) {
      const name = p.getName();
      const [start, end] = model.offsets(p);
      seen.push({ name, value: p.getValue() ?? '', start, end });
    }
  }
  return seen;
}

function labels(model: Model, schema: Record<string, LabelType>, strict: boolean, emit: Emit): void {
  const final = model.finalStage;
  if (!final) return;
  const present = new Set<string>();
  for (let s: Stage | undefined = final; s; s = s.parent) for (const l of stageLabels(model, s)) present.add(l.name);
  const [fromStart, fromEnd] = model.offsets(final.from);
  for (const name of Object.keys(schema)) if (!present.has(name)) emit('label-missing', fromStart, fromEnd, { label: name });
  for (const stage of model.stages) {
    for (const l of stageLabels(model, stage)) {
      const type = schema[l.name];
      if (!type) {
        if (strict) emit('label-not-in-schema', l.start, l.end, { label: l.name });
        continue;
      }
      if (l.value.includes('$')) continue;
      if (l.value.trim() === '') emit('label-invalid', l.start, l.end, { label: l.name }, 'label-empty');
      else if (!VALID[type](l.value)) emit('label-invalid', l.start, l.end, { label: l.name, type, value: l.value });
    }
  }
}
