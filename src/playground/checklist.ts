/**
 * The guide's production checklist, evaluated on the final stage of the current Dockerfile.
 * Each item says whether it passes and links to the page that explains it. Pure; runs in the worker.
 */
import { Label } from 'dockerfile-ast';
import { isAbsoluteLike } from '../engine/instructions-helpers.ts';
import { chainBody, type Model } from '../engine/model.ts';
import type { Finding, Locale } from '../engine/types.ts';

export interface ChecklistItem {
  id: string;
  passed: boolean;
  label: string;
  href: string;
}

const ITEMS: { id: string; label: Record<Locale, string>; href: string }[] = [
  { id: 'valid', label: { 'pt-BR': 'O Docker aceita o arquivo (nenhum erro)', en: 'Docker accepts the file (no errors)' }, href: '/rules/' },
  { id: 'pinned', label: { 'pt-BR': 'Imagem base com versão fixa', en: 'Base image pinned to a version' }, href: '/instructions/from/' },
  { id: 'non-root', label: { 'pt-BR': 'Roda como usuário não root', en: 'Runs as a non-root user' }, href: '/instructions/user/' },
  { id: 'healthcheck', label: { 'pt-BR': 'Tem HEALTHCHECK', en: 'Has a HEALTHCHECK' }, href: '/instructions/healthcheck/' },
  { id: 'exec-form', label: { 'pt-BR': 'Comando de início na forma exec', en: 'Start command in exec form' }, href: '/instructions/cmd/' },
  { id: 'workdir', label: { 'pt-BR': 'WORKDIR absoluto definido', en: 'Absolute WORKDIR set' }, href: '/instructions/workdir/' },
  { id: 'no-secrets', label: { 'pt-BR': 'Nenhum segredo em ENV ou ARG', en: 'No secrets in ENV or ARG' }, href: '/instructions/env/' },
  { id: 'caches', label: { 'pt-BR': 'Caches de pacotes limpos', en: 'Package caches cleaned' }, href: '/instructions/run/' },
  { id: 'labels', label: { 'pt-BR': 'Labels OCI (org.opencontainers.image.*)', en: 'OCI labels (org.opencontainers.image.*)' }, href: '/instructions/label/' },
  { id: 'ports', label: { 'pt-BR': 'Portas documentadas com EXPOSE', en: 'Ports documented with EXPOSE' }, href: '/instructions/expose/' },
  { id: 'copy', label: { 'pt-BR': 'COPY para arquivos locais (ADD só para URL/arquivo compactado)', en: 'COPY for local files (ADD only for URLs/archives)' }, href: '/instructions/add/' },
  { id: 'shell-safety', label: { 'pt-BR': 'Pipes com pipefail', en: 'Pipes with pipefail' }, href: '/instructions/shell/' },
];

const CACHE_RULES = new Set(['apt-lists-not-cleaned', 'pip-no-cache-dir', 'apk-no-cache', 'yum-clean', 'dnf-clean', 'zypper-clean', 'yarn-cache-clean']);

export function evaluateChecklist(model: Model, findings: Finding[], locale: Locale): { items: ChecklistItem[]; score: number } {
  const final = model.finalStage;
  const body = final ? chainBody(final) : [];
  const firstLine = final ? final.from.getRange().start.line + 1 : Infinity;
  const has = (rule: string | Set<string>, finalOnly = false) =>
    findings.some((f) => (typeof rule === 'string' ? f.rule === rule : rule.has(f.rule)) && (!finalOnly || f.line >= firstLine));
  const startInstructions = body.filter((i) => i.getKeyword() === 'CMD' || i.getKeyword() === 'ENTRYPOINT');
  const result: Record<string, boolean> = {
    valid: !findings.some((f) => f.severity === 'error'),
    pinned: !!final && !has('base-image-latest') && !has('base-image-untagged') && (final.parent !== undefined || !!final.ref.tag || !!final.ref.digest || final.facts.family === 'scratch'),
    'non-root': !!final && !has('no-user') && !has('user-root'),
    healthcheck: !!final && !has('no-healthcheck'),
    'exec-form': startInstructions.length > 0 && !has('json-args-recommended', true),
    workdir: body.some((i) => i.getKeyword() === 'WORKDIR' && isAbsoluteLike(i.getArgumentsContent() ?? '', model.escape)),
    'no-secrets': !has('secrets-in-arg-env'),
    caches: !has(CACHE_RULES),
    labels: body.some((i) => i instanceof Label && i.getProperties().some((p) => p.getName().replace(/^["']|["']$/g, '').startsWith('org.opencontainers.image.'))),
    ports: body.some((i) => i.getKeyword() === 'EXPOSE'),
    copy: !has('prefer-copy'),
    'shell-safety': !has('pipefail'),
  };
  const prefix = locale === 'en' ? '/en' : '';
  const items = ITEMS.map((i) => ({ id: i.id, passed: result[i.id] ?? false, label: i.label[locale], href: `${prefix}${i.href}` }));
  return { items, score: Math.round((items.filter((i) => i.passed).length / items.length) * 100) };
}
