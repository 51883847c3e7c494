/**
 * `estaleiro explain [--format text|json] [--context DIR] [--changed PATH]... [--build-arg NAME]...
 * [--target STAGE] FILE`: what `docker build` and `docker stop` will do with the Dockerfile.
 * Exit 0, or 2 for usage, file or target problems. Options are parsed by args.ts, like lint's.
 */
import { describeReason, describeStop, explain, stageLabel, type Insight } from '../engine/insight/index.ts';
import type { Locale } from '../engine/types.ts';
import { isAbsolute, relative, resolve } from 'node:path';
import type { OptionSpec } from './args.ts';
import type { Command } from './command.ts';
import { readContextDir } from './context.ts';
import { decode, describeReadError } from './files.ts';

const HELP = {
  'pt-BR': `Uso: estaleiro explain [--format text|json] [--context DIR] [--changed CAMINHO]... [--build-arg NOME]... [--target ESTÁGIO] ARQUIVO
  Mostra o que o docker build e o docker stop vão fazer: estágios construídos, passos e camadas,
  o que roda de novo quando um arquivo ou argumento de build muda, e quem recebe o sinal de parada.
  --changed é relativo à raiz do contexto (pode repetir); --build-arg NOME[=VALOR] diz que o valor mudou.`,
  en: `Usage: estaleiro explain [--format text|json] [--context DIR] [--changed PATH]... [--build-arg NAME]... [--target STAGE] FILE
  Shows what docker build and docker stop will do: the stages built, steps and layers, what reruns
  when a file or build argument changes, and who receives the stop signal.
  --changed is relative to the context root (repeatable); --build-arg NAME[=VALUE] says its value changed.`,
};

const OPTIONS: readonly OptionSpec[] = [
  { name: 'format', short: 'f', kind: 'value', choices: ['text', 'json'] },
  { name: 'context', kind: 'value' },
  { name: 'changed', kind: 'value', repeatable: true },
  { name: 'build-arg', kind: 'value', repeatable: true },
  { name: 'target', kind: 'value' },
];

export const command: Command = {
  options: OPTIONS,
  help: HELP,
  async run({ values, positionals }, ctx) {
    const { locale } = ctx;
    const en = locale === 'en';
    if (positionals.length !== 1)
      return ctx.usage(positionals.length ? (en ? 'explain takes one file' : 'o explain recebe um único arquivo') : (en ? 'no file given (use - for standard input)' : 'nenhum arquivo informado (use - para a entrada padrão)'));
    const file = positionals[0]!;
    const fail = (msg: string) => {
      ctx.io.err(`estaleiro: ${msg}\n`);
      return 2;
    };
    let bytes: Uint8Array;
    try {
      bytes = file === '-' ? ctx.io.readStdin() : ctx.io.readFile(file);
    } catch (e) {
      return fail(`${file}: ${describeReadError(e, locale)}`);
    }
    const read = decode(bytes, locale);
    if ('problem' in read) return fail(`${file}: ${read.problem}`);
    const contextDir = values.get('context') as string | undefined;
    let context;
    if (contextDir !== undefined) {
      try {
        const dir = readContextDir(contextDir);
        context = dir.context;
        if (dir.truncated) ctx.io.err(`estaleiro: ${contextDir}: ${en ? 'more than 100000 files, the rest was not read' : 'mais de 100000 arquivos, o resto não foi lido'}\n`);
      } catch (e) {
        return fail(`${contextDir}: ${errorText(e, en)}`);
      }
    }
    // --changed is relative to the context root; an absolute path inside the context is made so.
    const asked = (values.get('changed') as string[] | undefined) ?? [];
    const changed = asked.map((p) => (contextDir !== undefined && isAbsolute(p) ? relative(resolve(contextDir), p) : p));
    const changedArgs = ((values.get('build-arg') as string[] | undefined) ?? []).map((a) => a.split('=')[0]!);
    const target = values.get('target') as string | undefined;
    const insight = explain(read.text, { context, changed, changedArgs, target, locale });
    if (target !== undefined && insight.target < 0) return fail(en ? `no stage named "${target}"` : `nenhum estágio chamado "${target}"`);
    const format = (values.get('format') as string | undefined) ?? 'text';
    ctx.io.out(format === 'json' ? toJson(file, insight, locale) : toText(insight, locale, changed.length + changedArgs.length > 0));
    return 0;
  },
};

function errorText(e: unknown, en: boolean): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return en ? 'not found' : 'não encontrado';
  if (code === 'EISDIR') return en ? 'is a directory' : 'é um diretório';
  if (code === 'ENOTDIR') return en ? 'not a directory' : 'não é um diretório';
  if (code === 'EACCES') return en ? 'permission denied' : 'permissão negada';
  return (e as Error).message;
}

export function toJson(file: string, insight: Insight, locale: Locale): string {
  const { stages } = insight;
  const out = {
    file,
    target: insight.target,
    waves: insight.waves,
    stages: stages.map((s) => ({ name: s.name, index: s.index, image: s.image, line: s.line, needed: s.needed, target: s.isTarget, wave: s.wave,
      parents: s.parents, externalImages: s.externalImages })),
    steps: insight.steps.map((s) => ({ line: s.line, endLine: s.endLine, instruction: s.instruction, stage: s.stage, layer: s.layer, kind: s.kind,
      reads: s.reads, rerun: s.rerun, ...(s.reason ? { reason: s.reason, why: describeReason(s.reason, stages, locale) } : {}) })),
    stop: insight.stop ? { ...insight.stop, timeline: describeStop(insight.stop, locale) } : null,
    context: insight.context,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

const T = {
  en: { stages: 'Stages', target: 'target', needed: 'built', skipped: 'skipped (the target does not need it)', wave: 'wave', from: 'FROM', copy: 'COPY --from', mount: 'RUN --mount from',
    line: 'line', steps: 'Steps', layer: 'layer', config: 'config', base: 'base', rerun: 'RERUN', stop: 'docker stop', noStage: 'No stage (no FROM).',
    parallel: 'In parallel', ask: 'Give --changed PATH or --build-arg NAME to see which steps rerun.', none: 'Nothing reruns: every step comes from the cache.', reads: 'reads' },
  'pt-BR': { stages: 'Estágios', target: 'alvo', needed: 'construído', skipped: 'pulado (o alvo não precisa dele)', wave: 'onda', from: 'FROM', copy: 'COPY --from', mount: 'RUN --mount from',
    line: 'linha', steps: 'Passos', layer: 'camada', config: 'config', base: 'base', rerun: 'REFAZ', stop: 'docker stop', noStage: 'Nenhum estágio (sem FROM).',
    parallel: 'Em paralelo', ask: 'Passe --changed CAMINHO ou --build-arg NOME para ver que passos rodam de novo.', none: 'Nada roda de novo: todos os passos vêm do cache.', reads: 'lê' },
} as const;

export function toText(insight: Insight, locale: Locale, asked: boolean): string {
  const t = T[locale];
  if (insight.stages.length === 0) return `${t.noStage}\n`;
  const { stages } = insight;
  const out: string[] = [`${t.stages} (${t.target}: ${stageLabel(stages, insight.target)})`];
  for (const s of stages) {
    const deps = s.parents.map((p) => `${t[p.via]} ${stageLabel(stages, p.stage)} (${t.line} ${p.line})`).join(', ');
    const state = s.needed ? `${t.needed}, ${t.wave} ${s.wave}` : t.skipped;
    out.push(`  #${s.index}${s.name ? ` ${s.name}` : ''}  ${s.image}  ${state}${deps ? `  ← ${deps}` : ''}`);
  }
  if (insight.waves.some((w) => w.length > 1))
    out.push(`  ${t.parallel}: ${insight.waves.map((w, n) => `${t.wave} ${n} (${w.map((i) => stageLabel(stages, i)).join(', ')})`).join(' → ')}`);
  out.push('', t.steps);
  const width = Math.max(...insight.steps.map((s) => String(s.line).length));
  for (const s of insight.steps) {
    if (!stages[s.stage]!.needed) continue;
    const files = s.reads.flatMap((r) => r.files ?? []);
    const reads = files.length ? `  (${t.reads} ${files.length > 3 ? `${files.slice(0, 3).join(', ')}… +${files.length - 3}` : files.join(', ')})` : '';
    const mark = s.rerun ? `  ${t.rerun}: ${describeReason(s.reason!, stages, locale)}` : '';
    out.push(`  ${String(s.line).padStart(width)}  ${t[s.kind].padEnd(6)}  ${s.text}${reads}${mark}`);
  }
  if (asked && !insight.steps.some((s) => s.rerun)) out.push(`  ${t.none}`);
  if (!asked) out.push(`  ${t.ask}`);
  if (insight.stop) out.push('', t.stop, ...describeStop(insight.stop, locale).map((l) => `  ${l}`));
  return `${out.join('\n')}\n`;
}
