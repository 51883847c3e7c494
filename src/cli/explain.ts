/**
 * estaleiro explain [--format text|json] [--context DIR] [--changed PATH]... [--build-arg NAME]...
 *                   [--target STAGE] [--locale pt-BR|en] FILE
 * What `docker build` and `docker stop` will do with the Dockerfile. Exit 0, or 2 for usage,
 * file or target problems.
 */
import { describeReason, describeStop, explain, stageLabel, type Insight } from '../engine/insight/index.ts';
import type { Locale } from '../engine/index.ts';
import { isAbsolute, relative, resolve } from 'node:path';
import { readContextDir } from './context.ts';

export interface ExplainIo {
  readFile(path: string): string;
  readStdin(): string;
  out(s: string): void;
  err(s: string): void;
}

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

interface Args {
  format: string;
  contextDir?: string;
  changed: string[];
  args: string[];
  target?: string;
  file?: string;
  locale: Locale;
}

function parse(argv: string[], locale: Locale): Args | { error: string } | { help: true } {
  const a: Args = { format: 'text', changed: [], args: [], locale };
  const en = () => a.locale === 'en';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string | undefined => (eq > 0 ? arg.slice(eq + 1) : argv[++i]);
    const needs = ['--format', '-f', '--context', '--changed', '--build-arg', '--target', '--locale'];
    if (name === '--help' || name === '-h') return { help: true };
    if (needs.includes(name)) {
      const v = value();
      if (v === undefined) return { error: en() ? `${name} needs a value` : `${name} precisa de um valor` };
      if (name === '--format' || name === '-f') a.format = v;
      else if (name === '--context') a.contextDir = v;
      else if (name === '--changed') a.changed.push(v);
      else if (name === '--build-arg') a.args.push(v.split('=')[0]!);
      else if (name === '--target') a.target = v;
      else if (v === 'pt-BR' || v === 'en') a.locale = v;
      else return { error: en() ? `unknown locale "${v}" (pt-BR or en)` : `idioma desconhecido "${v}" (pt-BR ou en)` };
    } else if (arg.startsWith('-') && arg !== '-') return { error: en() ? `unknown option "${arg}"` : `opção desconhecida "${arg}"` };
    else if (a.file !== undefined) return { error: en() ? 'explain takes one file' : 'o explain recebe um único arquivo' };
    else a.file = arg;
  }
  if (!['text', 'json'].includes(a.format)) return { error: en() ? `unknown format "${a.format}" (text or json)` : `formato desconhecido "${a.format}" (text ou json)` };
  if (a.file === undefined) return { error: en() ? 'no file given (use - for standard input)' : 'nenhum arquivo informado (use - para a entrada padrão)' };
  return a;
}

export function explainCommand(argv: string[], io: ExplainIo, defaultLocale: Locale): number {
  const parsed = parse(argv, defaultLocale);
  const locale = 'locale' in parsed ? parsed.locale : defaultLocale;
  const en = locale === 'en';
  if ('help' in parsed) {
    io.out(`${HELP[locale]}\n`);
    return 0;
  }
  if ('error' in parsed) {
    io.err(`estaleiro: ${parsed.error}\n${HELP[locale]}\n`);
    return 2;
  }
  const fail = (msg: string) => {
    io.err(`estaleiro: ${msg}\n`);
    return 2;
  };
  let text: string;
  try {
    text = parsed.file === '-' ? io.readStdin() : io.readFile(parsed.file!);
  } catch (e) {
    return fail(`${parsed.file}: ${errorText(e, en)}`);
  }
  let context;
  if (parsed.contextDir !== undefined) {
    try {
      const dir = readContextDir(parsed.contextDir);
      context = dir.context;
      if (dir.truncated) io.err(`estaleiro: ${parsed.contextDir}: ${en ? 'more than 100000 files, the rest was not read' : 'mais de 100000 arquivos, o resto não foi lido'}\n`);
    } catch (e) {
      return fail(`${parsed.contextDir}: ${errorText(e, en)}`);
    }
  }
  // --changed is relative to the context root; an absolute path inside the context is made so.
  const changed = parsed.changed.map((p) => (parsed.contextDir !== undefined && isAbsolute(p) ? relative(resolve(parsed.contextDir), p) : p));
  const insight = explain(text, { context, changed, changedArgs: parsed.args, target: parsed.target, locale });
  if (parsed.target !== undefined && insight.target < 0) return fail(en ? `no stage named "${parsed.target}"` : `nenhum estágio chamado "${parsed.target}"`);
  io.out(parsed.format === 'json' ? toJson(parsed.file!, insight, locale) : toText(insight, locale, parsed.changed.length + parsed.args.length > 0));
  return 0;
}

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
