/**
 * `estaleiro lint FILE...`: read each file, lint it with the engine, apply the config (ignored
 * rules, severity overrides, config-only rules), print in the chosen format, and exit by the
 * failure threshold: 0 below it, 1 at or above it, 2 for a usage, file or config problem.
 */
// Engine modules directly, not its index: the index also loads the rule catalogue, whose docs the
// bin's bundle leaves out (scripts/build-cli.mjs).
import { lint } from '../engine/lint.ts';
import { buildModel } from '../engine/model.ts';
import { isSuppressed, readSuppressions } from '../engine/pragmas.ts';
import { SEVERITY_RANK, type Finding, type Locale } from '../engine/types.ts';
import type { BuildContext } from '../engine/types.ts';
import type { OptionSpec } from './args.ts';
import { useColor } from './color.ts';
import { configFindings } from './config-rules.ts';
import { ConfigError, findConfig, parseConfig, parseThreshold, type Config, type Threshold } from './config.ts';
import { decode, describeReadError, type FileRead } from './files.ts';
import { FORMAT_NAMES, loadFormat } from './formats/index.ts';
import type { FileFindings } from './formats/report.ts';
import type { Command, Context } from './command.ts';
import { isShellCheckCode, resolveRule } from './rule-codes.ts';

export const LINT_OPTIONS: readonly OptionSpec[] = [
  { name: 'format', short: 'f', kind: 'value', choices: FORMAT_NAMES },
  { name: 'config', short: 'c', kind: 'value' },
  { name: 'ignore', kind: 'value', repeatable: true },
  { name: 'failure-threshold', short: 't', kind: 'value', choices: ['error', 'warning', 'info', 'style', 'none', 'ignore'] },
  { name: 'no-fail', kind: 'flag' },
  { name: 'no-color', kind: 'flag' },
  { name: 'trusted-registry', kind: 'value', repeatable: true },
  { name: 'context', kind: 'value' },
];

const HELP = {
  'pt-BR': `Uso: estaleiro lint [opções] ARQUIVO...   (- lê a entrada padrão)
  -f, --format FORMATO          text (terminal), compact (padrão fora de terminal), json, sarif,
                                github, checkstyle, gitlab
  -c, --config ARQUIVO          configuração (padrão: .estaleiro.yaml ou .hadolint.yaml, do
                                diretório atual para cima)
      --ignore REGRA            não roda a regra (id, código DL ou nome BuildKit); repetível
  -t, --failure-threshold NÍVEL sai com 1 quando há achado desse nível ou acima: error (padrão),
                                warning, info, none
      --no-fail                 sai com 0 mesmo com achados
      --no-color                sem cores (NO_COLOR e FORCE_COLOR também valem)
      --trusted-registry REG    só aceita imagens desse registro; repetível
      --context DIR             confere COPY/ADD com os arquivos do diretório e o .dockerignore dele
      --locale pt-BR|en         idioma das mensagens (padrão: LANG)
  Saída 0: nada no limite; 1: algum achado no limite ou acima; 2: uso, arquivo ou configuração inválidos.`,
  en: `Usage: estaleiro lint [options] FILE...   (- reads standard input)
  -f, --format FORMAT           text (terminal), compact (default when not a terminal), json,
                                sarif, github, checkstyle, gitlab
  -c, --config FILE             config file (default: .estaleiro.yaml or .hadolint.yaml, from the
                                current directory upward)
      --ignore RULE             skip a rule (our id, a DL code or a BuildKit name); repeatable
  -t, --failure-threshold LEVEL exit 1 when a finding is at this level or above: error (default),
                                warning, info, none
      --no-fail                 exit 0 even with findings
      --no-color                no colours (NO_COLOR and FORCE_COLOR are honoured too)
      --trusted-registry REG    accept images from this registry only; repeatable
      --context DIR             check COPY/ADD against that directory's files and .dockerignore
      --locale pt-BR|en         language of the messages (default: from LANG)
  Exit 0: nothing at the threshold; 1: a finding at or above it; 2: usage, file or config problem.`,
};

async function loadConfig(ctx: Context, path: string | undefined): Promise<Config | undefined> {
  const en = ctx.locale === 'en';
  const file = path ?? findConfig(ctx.io.cwd, ctx.io.env);
  if (!file) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = ctx.io.readFile(file);
  } catch (e) {
    throw new ConfigError(`${file}: ${describeReadError(e, ctx.locale)}`);
  }
  const read = decode(bytes, ctx.locale);
  if ('problem' in read) throw new ConfigError(`${file}: ${read.problem}`);
  const config = await parseConfig(file, read.text, en);
  if (config.format && !FORMAT_NAMES.includes(config.format))
    throw new ConfigError(`${file}: format: ${en ? 'unknown format' : 'formato desconhecido'} "${config.format}" (${FORMAT_NAMES.join(', ')})`);
  return config;
}

function lintText(text: string, locale: Locale, ctx: { ignored: Set<string>; config?: Config; trusted?: string[]; context?: BuildContext }, site: string): Finding[] {
  const findings = lint(text, { locale, baseUrl: site, disable: [...ctx.ignored], context: ctx.context });
  const data = { trustedRegistries: ctx.trusted, labelSchema: ctx.config?.labelSchema, strictLabels: ctx.config?.strictLabels };
  if (data.trustedRegistries || data.labelSchema || data.strictLabels) {
    // Only config-driven rules need the model again (the parse itself is memoised by the engine).
    const model = buildModel(text);
    const extra = configFindings(model, data, locale, `${site}${locale === 'en' ? '/en' : ''}/rules/`).filter((f) => !ctx.ignored.has(f.rule));
    const suppressions = readSuppressions(model);
    const ranges = model.instructions.map((i) => i.getRange());
    for (const f of extra) {
      const ins = ranges.find((r) => r.start.line <= f.line - 1 && f.line - 1 <= r.end.line);
      if (!isSuppressed(suppressions, f.rule, f.refs, ins?.start.line)) findings.push(f);
    }
    findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  }
  const override = ctx.config?.override;
  return override?.size ? findings.map((f) => (override.has(f.rule) ? { ...f, severity: override.get(f.rule)! } : f)) : findings;
}

function readInput(ctx: Context, file: string): FileRead {
  try {
    return decode(file === '-' ? ctx.io.readStdin() : ctx.io.readFile(file), ctx.locale);
  } catch (e) {
    return { problem: describeReadError(e, ctx.locale) };
  }
}

export const command: Command = {
  options: LINT_OPTIONS,
  help: HELP,
  async run({ values, positionals: files }, ctx) {
    const en = ctx.locale === 'en';
    if (files.length === 0) return ctx.usage(en ? 'no file given (use - for standard input)' : 'nenhum arquivo informado (use - para a entrada padrão)');
    const ignored = new Set<string>();
    for (const name of (values.get('ignore') as string[] | undefined) ?? []) {
      const ids = resolveRule(name);
      if (ids) ids.forEach((id) => ignored.add(id));
      else if (!isShellCheckCode(name) && !/^DL\d{4}$/i.test(name)) return ctx.usage(en ? `unknown rule "${name}" in --ignore` : `regra desconhecida "${name}" em --ignore`);
    }
    let config: Config | undefined;
    try {
      config = await loadConfig(ctx, values.get('config') as string | undefined);
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      ctx.io.err(`estaleiro: ${e.message}\n`);
      return 2;
    }
    for (const w of config?.warnings ?? []) ctx.io.err(`estaleiro: ${w}\n`);
    config?.ignored.forEach((id) => ignored.add(id));
    const trustedFlag = values.get('trusted-registry') as string[] | undefined;
    const trusted = trustedFlag ? [...trustedFlag, ...(config?.trustedRegistries ?? [])] : config?.trustedRegistries;
    const threshold: Threshold = parseThreshold((values.get('failure-threshold') as string | undefined) ?? '') ?? config?.failureThreshold ?? 'error';
    const noColor = values.has('no-color') || config?.noColor === true;
    const formatName = (values.get('format') as string | undefined) ?? config?.format ?? (ctx.io.stdoutIsTTY ? 'text' : 'compact');

    let context: BuildContext | undefined;
    const contextDir = values.get('context') as string | undefined;
    if (contextDir !== undefined) {
      // Loaded only here: reading a directory and matching .dockerignore is not every run's cost.
      const { readContextDir } = await import('./context.ts');
      try {
        const dir = readContextDir(contextDir);
        context = dir.context;
        if (dir.truncated) ctx.io.err(`estaleiro: ${contextDir}: ${en ? 'more than 100000 files, the rest was not read' : 'mais de 100000 arquivos, o resto não foi lido'}\n`);
      } catch (e) {
        ctx.io.err(`estaleiro: ${contextDir}: ${describeReadError(e, ctx.locale)}\n`);
        return 2;
      }
    }

    const results: FileFindings[] = [];
    let fileProblem = false;
    for (const file of files) {
      const read = readInput(ctx, file);
      if ('problem' in read) {
        ctx.io.err(`estaleiro: ${file}: ${read.problem}\n`);
        fileProblem = true;
        continue;
      }
      results.push({ file, text: read.text, findings: lintText(read.text, ctx.locale, { ignored, config, trusted, context }, ctx.site) });
    }

    const format = await loadFormat(formatName);
    const color = useColor({ noColor, isTTY: ctx.io.stdoutIsTTY, env: ctx.io.env });
    ctx.io.out(format({ results, locale: ctx.locale, color, version: ctx.version, site: ctx.site }));
    if (formatName === 'compact' && results.length) {
      const { summaryLine } = await import('./formats/summary.ts');
      ctx.io.err(`${summaryLine(results, ctx.locale)}\n`);
    }
    if (fileProblem) return 2;
    if (threshold === 'none' || values.has('no-fail') || config?.noFail) return 0;
    const min = SEVERITY_RANK[threshold];
    return results.some((r) => r.findings.some((f) => SEVERITY_RANK[f.severity] >= min)) ? 1 : 0;
  },
};
