import { defineRule, t } from '../define.ts';
import { commandsNamed, hasExpansion, operands, subcommand, wordRange } from '../run-helpers.ts';
import type { Word } from '../shell.ts';

const INSTALL = new Set(['install', 'i', 'in', 'add', 'isntall']);
const VALUED = new Set(['--prefix', '--registry', '--cache', '--omit', '--include', '--userconfig', '-w', '--workspace', '--tag',
  '--install-strategy', '--loglevel', '--before', '--location', '-C']);

/** A package spec without a version (`lodash`, `@scope/pkg`, `pkg@latest`, `user/repo` without `#ref`). */
function unpinned(w: Word): boolean {
  const v = w.value;
  if (!v || hasExpansion(w)) return false;
  if (/^(\.{1,2}\/|\/|~\/|file:)/.test(v) || v === '.' || /\.(tgz|tar|tar\.gz)$/i.test(v)) return false;
  if (/^(git\+|git:|github:|gitlab:|bitbucket:|gist:|https?:)/i.test(v) || /^[^@/][^/]*\/[^/]+$/.test(v)) return !v.includes('#');
  const rest = v.startsWith('@') ? v.slice(v.indexOf('/') + 1) : v;
  const at = rest.indexOf('@');
  if (at < 0) return true;
  const version = rest.slice(at + 1);
  return version === '' || version === 'latest';
}

export default defineRule({
  id: 'npm-pin',
  severity: 'info',
  instructions: ['RUN'],
  refs: { hadolint: ['DL3016'] },
  docs: {
    title: t('Pacote npm sem versão', 'npm package without a version'),
    description: t(
      'Um pacote em `npm install <pacote>` (ou `npm i`, `npm add`) sem `@versão`, ou com `@latest`. `npm install` e `npm ci` sem pacotes (que seguem o `package-lock.json`) não são apontados, nem caminhos, tarballs e URLs git com `#ref`.',
      'A package in `npm install <package>` (or `npm i`, `npm add`) without `@version`, or with `@latest`. `npm install` and `npm ci` without packages (which follow `package-lock.json`) are not flagged, nor are paths, tarballs and git URLs with `#ref`.'),
    rationale: t(
      'Sem versão, o npm instala a mais recente do dia do build: uma ferramenta global como `npm install -g typescript` pode mudar de versão maior de um build para o outro e quebrar o build sem nenhuma mudança no código. É uma escolha de política, por isso a regra é informativa; para as dependências da aplicação, o caminho é o `package-lock.json` com `npm ci`.',
      'Without a version, npm installs whatever is newest on build day: a global tool such as `npm install -g typescript` can jump a major version between builds and break the build with no code change. It is a policy choice, so the rule is informational; for the app\'s own dependencies, use `package-lock.json` with `npm ci`.'),
    howToFix: t('Escreva `pacote@versão` (por exemplo `typescript@5.8.3`), ou use `npm ci` com o `package-lock.json` no contexto.', 'Write `package@version` (for example `typescript@5.8.3`), or use `npm ci` with `package-lock.json` in the context.'),
  },
  messages: {
    'pt-BR': { default: 'O pacote `{name}` não tem versão fixa (`{name}@<versão>`).' },
    en: { default: 'Package `{name}` has no pinned version (`{name}@<version>`).' },
  },
  examples: {
    bad: ['FROM node:22-alpine\nRUN npm install -g typescript\nUSER node\n'],
    good: [
      'FROM node:22-alpine\nRUN npm install -g typescript@5.8.3 @angular/cli@19.2.0\nUSER node\n',
      'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nUSER node\n',
    ],
  },
  check({ model, report }) {
    for (const { run, command } of commandsNamed(model, ['npm'])) {
      const sub = subcommand(command, VALUED);
      if (!sub || !INSTALL.has(sub.word.value)) continue;
      for (const w of operands(command, sub.index + 1, VALUED)) {
        if (unpinned(w)) report({ ...wordRange(w), instruction: run, data: { name: w.value.replace(/@(latest)?$/, '') } });
      }
    }
  },
});
