import { defineRule, t } from '../define.ts';
import { cacheMountHolds, commandsMatching, envBefore, inFinalImage, insertFix, runMounts } from '../run-helpers.ts';
import { commandName, type Command } from '../shell.ts';
import { pipInstall } from './pip-externally-managed.ts';

/**
 * pip reads `PIP_NO_CACHE_DIR` with strtobool and, for historical reasons, turns the cache off for
 * every valid value, false ones included. Unknown values (`$VAR`) get the benefit of the doubt.
 */
const SETS_NO_CACHE = (v: string | undefined) => v !== undefined && (/^(y|yes|t|true|on|1|n|no|f|false|off|0)$/i.test(v.trim()) || v.includes('$'));

function assigned(words: { value: string }[], name: string): string | undefined {
  for (const w of words) if (w.value.startsWith(`${name}=`)) return w.value.slice(name.length + 1);
  return undefined;
}

/** `export PIP_NO_CACHE_DIR=1` (or `export NAME` after setting it) earlier in the script. */
function exported(commands: readonly Command[], before: number, name: string): string | undefined {
  let value: string | undefined;
  for (let k = 0; k < before; k++) {
    const c = commands[k]!;
    if (commandName(c) !== 'export' && commandName(c) !== 'declare') continue;
    const v = assigned(c.args, name);
    if (v !== undefined) value = v;
    else if (c.args.some((a) => a.value === name)) value = value ?? '1';
  }
  return value;
}

export default defineRule({
  id: 'pip-no-cache-dir',
  severity: 'warning',
  instructions: ['RUN'],
  refs: { hadolint: ['DL3042'] },
  docs: {
    title: t('`pip install` sem `--no-cache-dir`', '`pip install` without `--no-cache-dir`'),
    description: t(
      '`pip install` (ou `python -m pip install`) sem `--no-cache-dir`, num estágio que vira camada da imagem final. Não vale quando `PIP_NO_CACHE_DIR` está definido (por `ENV` ou `ARG` no estágio ou nos estágios de base, na frente do comando ou com `export`), com `--mount=type=cache` em `~/.cache/pip`, nem para `pipx`, `pipenv` e `uv`.',
      '`pip install` (or `python -m pip install`) without `--no-cache-dir`, in a stage whose layers become the final image. Not raised when `PIP_NO_CACHE_DIR` is set (by `ENV` or `ARG` in the stage or its base stages, before the command or with `export`), with a `--mount=type=cache` on `~/.cache/pip`, nor for `pipx`, `pipenv` and `uv`.'),
    rationale: t(
      'O pip guarda cada pacote baixado e cada wheel compilada em `~/.cache/pip`. Num contêiner esse cache nunca é reaproveitado (a próxima build recria a camada do zero), mas fica gravado na imagem: com pacotes como `numpy` ou `torch` são centenas de MB a mais para baixar em cada deploy.',
      'pip keeps every downloaded package and every built wheel in `~/.cache/pip`. In a container that cache is never reused (the next build recreates the layer from scratch), yet it ships in the image: with packages like `numpy` or `torch` that is hundreds of extra MB to pull on every deploy.'),
    howToFix: t(
      'Acrescente `--no-cache-dir` depois de `install` (a correção automática faz isso), ou defina `ENV PIP_NO_CACHE_DIR=1` uma vez no estágio. Para builds mais rápidos, use `RUN --mount=type=cache,target=/root/.cache/pip pip install …`: o cache fica fora da imagem.',
      'Add `--no-cache-dir` after `install` (the automatic fix does it), or set `ENV PIP_NO_CACHE_DIR=1` once in the stage. For faster builds, use `RUN --mount=type=cache,target=/root/.cache/pip pip install …`: the cache stays out of the image.'),
  },
  messages: {
    'pt-BR': { default: '`pip install` sem `--no-cache-dir`: o cache de downloads do pip fica na imagem final.' },
    en: { default: '`pip install` without `--no-cache-dir`: pip\'s download cache ends up in the final image.' },
  },
  fixTitles: { 'pt-BR': { default: 'Acrescentar --no-cache-dir' }, en: { default: 'Add --no-cache-dir' } },
  examples: {
    bad: ['FROM python:3.13-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nUSER 10001\n'],
    good: [
      'FROM python:3.13-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nUSER 10001\n',
      'FROM python:3.13-slim\nENV PIP_NO_CACHE_DIR=1\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nUSER 10001\n',
      'FROM python:3.13-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    for (const { run, stage, command: c, index, commands } of commandsMatching(model, (n) => /^(pip|python)[0-9.]*$/.test(n))) {
      const range = pipInstall(c);
      if (!range) continue;
      if (c.args.some((a) => a.value === '--no-cache-dir' || a.value.startsWith('--no-cache-dir='))) continue;
      if (!inFinalImage(model, stage, run)) continue;
      // Inline assignments sit on the command as written (`PIP_NO_CACHE_DIR=1 pip …`, `env PIP_NO_CACHE_DIR=1 pip …`).
      const original = model.script(run).commands[index]!;
      const written = [...original.assignments, ...original.args];
      if (SETS_NO_CACHE(assigned(written, 'PIP_NO_CACHE_DIR')) || SETS_NO_CACHE(exported(commands, index, 'PIP_NO_CACHE_DIR'))) continue;
      const env = envBefore(model, stage, run, 'PIP_NO_CACHE_DIR');
      if (env !== undefined && env !== '' && SETS_NO_CACHE(env)) continue;
      if (cacheMountHolds(run, '.cache/pip', '/root/.cache/pip')) continue;
      const cacheDir = assigned(written, 'PIP_CACHE_DIR') ?? exported(commands, index, 'PIP_CACHE_DIR') ?? envBefore(model, stage, run, 'PIP_CACHE_DIR');
      if (cacheDir && runMounts(run).some((m) => (m.type === 'cache' || m.type === 'tmpfs') && m.target.replace(/\/+$/, '') === cacheDir.replace(/\/+$/, ''))) continue;
      const install = c.args.find((a) => a.end === range.end);
      report({ ...range, instruction: run, fix: install ? insertFix(model, install, ' --no-cache-dir') : undefined });
    }
  },
});
