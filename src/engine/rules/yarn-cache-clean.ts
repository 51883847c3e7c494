import { defineRule, t } from '../define.ts';
import { cacheMountHolds, inFinalImage, operands, shellRuns, subcommand, wordRange } from '../run-helpers.ts';
import { commandName, type Command, type Word } from '../shell.ts';

const NOT_INSTALL = new Set(['-v', '--version', '-h', '--help']);

/** `yarn install`, or bare `yarn` (which installs). */
function yarnInstall(c: Command): { start: number; end: number; action?: Word } | undefined {
  if (commandName(c) !== 'yarn') return undefined;
  const sub = subcommand(c);
  if (!sub) return c.args.some((a) => NOT_INSTALL.has(a.value)) ? undefined : { start: c.name.start, end: c.name.end };
  return sub.word.value === 'install' ? { start: c.name.start, end: c.name.end, action: sub.word } : undefined;
}

function cleansCache(c: Command): boolean {
  const name = commandName(c);
  if (name === 'yarn') {
    const sub = subcommand(c);
    return sub?.word.value === 'cache' && operands(c, sub.index + 1)[0]?.value === 'clean';
  }
  return name === 'rm' && c.args.some((a) => a.value.includes('.cache/yarn') || a.value.includes('.yarn/cache') || a.value.includes('.yarn/berry/cache'));
}

export default defineRule({
  id: 'yarn-cache-clean',
  severity: 'info',
  instructions: ['RUN'],
  refs: { hadolint: ['DL3060'] },
  docs: {
    title: t('`yarn install` sem `yarn cache clean`', '`yarn install` without `yarn cache clean`'),
    description: t(
      'Um `RUN` roda `yarn install` (ou só `yarn`) e não roda `yarn cache clean` depois, no mesmo `RUN`, num estágio que vira camada da imagem final. Estágios de build dos quais só se copia o resultado não são apontados. Um `--mount=type=cache` no diretório de cache do yarn dispensa a limpeza.',
      'A `RUN` runs `yarn install` (or plain `yarn`) and does not run `yarn cache clean` afterwards in the same `RUN`, in a stage whose layers become the final image. Build stages whose output is only copied are not flagged. A `--mount=type=cache` on yarn\'s cache directory makes the cleanup unnecessary.'),
    rationale: t(
      'O yarn guarda uma cópia de cada pacote baixado no cache global (`/usr/local/share/.cache/yarn` nas imagens `node`). Os pacotes já estão em `node_modules`, então o cache só duplica espaço: muitas vezes centenas de MB na imagem final.',
      'yarn keeps a copy of every downloaded package in its global cache (`/usr/local/share/.cache/yarn` in `node` images). The packages are already in `node_modules`, so the cache only doubles the space: often hundreds of MB in the final image.'),
    howToFix: t(
      'Termine o mesmo `RUN` com `&& yarn cache clean`, ou use `RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile`. Melhor ainda: instale num estágio de build e copie só o resultado.',
      'End the same `RUN` with `&& yarn cache clean`, or use `RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile`. Better still: install in a build stage and copy only the result.'),
  },
  messages: {
    'pt-BR': { default: '`yarn install` sem `yarn cache clean` no mesmo `RUN`: o cache do yarn fica na imagem final.' },
    en: { default: '`yarn install` without `yarn cache clean` in the same `RUN`: yarn\'s cache stays in the final image.' },
  },
  examples: {
    bad: ['FROM node:22-alpine\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile --production\nUSER node\n'],
    good: [
      'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile --production && yarn cache clean\nUSER node\n',
      'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile --production\nUSER node\n',
    ],
  },
  check({ model, report }) {
    for (const { run, stage, commands } of shellRuns(model)) {
      let pending: { start: number; end: number } | undefined;
      for (const c of commands) {
        const install = yarnInstall(c);
        if (install) pending = pending ?? (install.action ? { start: install.start, end: install.action.end } : wordRange(c.name));
        else if (cleansCache(c)) pending = undefined;
      }
      if (!pending || !inFinalImage(model, stage, run)) continue;
      if (cacheMountHolds(run, '.cache/yarn', '.yarn/cache', '.yarn/berry/cache')) continue;
      report({ ...pending, instruction: run });
    }
  },
});
