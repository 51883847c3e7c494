import { defineRule, t } from '../define.ts';
import { commandsMatching, hasExpansion, subcommand, wordRange } from '../run-helpers.ts';
import { commandName, type Command, type Word } from '../shell.ts';
import { pipInstall } from './pip-externally-managed.ts';

/** pip install options whose value is the next word (the value is never a package). */
const VALUED = new Set(['-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-i', '--index-url', '--extra-index-url',
  '-f', '--find-links', '-t', '--target', '--prefix', '--root', '--python', '--root-user-action', '--platform', '--python-version',
  '--implementation', '--abi', '--src', '--upgrade-strategy', '--progress-bar', '--log', '--cache-dir', '--trusted-host', '--proxy',
  '--retries', '--timeout', '--exists-action', '--cert', '--client-cert', '--global-option', '--install-option', '--build-option',
  '-C', '--config-settings', '--report', '--no-binary', '--only-binary', '--use-feature', '--use-deprecated', '--keyring-provider',
  '--group', '--hash', '--pip-args', '--suffix', '--spec', '--index-url', '--pip', '--preinstall']);

const SPECIFIER = /(===|==|>=|<=|~=|!=|<|>)/;
const ARCHIVE = /\.(whl|tar\.gz|tgz|tar\.bz2|tar\.xz|zip)$/i;

/** Package arguments that name a package without any version constraint. */
function unpinned(w: Word): boolean {
  const v = w.value;
  if (!v || hasExpansion(w)) return false;
  if (SPECIFIER.test(v) || ARCHIVE.test(v)) return false;
  if (v === '.' || v === '..' || v.startsWith('./') || v.startsWith('../') || v.startsWith('/') || v.startsWith('~')) return false;
  // VCS and direct URLs: pinned when they name a ref (`git+https://…@v1.2`).
  if (/^[a-z+]+:\/\//i.test(v) || v.startsWith('git+')) {
    const path = v.replace(/^[a-z+]+:\/\/[^/]*/i, '');
    return /^(git|hg|svn|bzr)\+/i.test(v) && !path.includes('@');
  }
  if (v.includes('/') || v.includes('@')) return false;
  return true;
}

/** `pip install …` and `pipx install …`: the index of the first argument after `install`. */
function installArgs(c: Command): number | undefined {
  const range = pipInstall(c);
  if (range) {
    const i = c.args.findIndex((a) => a.end === range.end);
    return i >= 0 ? i + 1 : undefined;
  }
  if (commandName(c) === 'pipx') {
    const sub = subcommand(c);
    if (sub?.word.value === 'install') return sub.index + 1;
  }
  return undefined;
}

export default defineRule({
  id: 'pip-pin',
  severity: 'info',
  instructions: ['RUN'],
  refs: { hadolint: ['DL3013'] },
  docs: {
    title: t('Pacote pip sem versão', 'pip package without a version'),
    description: t(
      'Um pacote em `pip install` (ou `python -m pip install`, `pipx install`) sem especificador de versão (`==`, `>=`, `~=`…). Não vale para `-r requirements.txt`, `-c`, `.`, caminhos, wheels e arquivos `.tar.gz`, URLs VCS com `@ref` e pacotes em variáveis.',
      'A package in `pip install` (or `python -m pip install`, `pipx install`) without a version specifier (`==`, `>=`, `~=`…). Not raised for `-r requirements.txt`, `-c`, `.`, paths, wheels and `.tar.gz` files, VCS URLs with `@ref`, or packages in variables.'),
    rationale: t(
      'Sem versão, o pip instala a mais recente do dia do build. Uma versão nova com mudança incompatível quebra a aplicação sem que ninguém tenha mexido no código, e duas imagens do mesmo commit podem ter dependências diferentes. Fixar tem custo (alguém precisa atualizar), por isso a regra é informativa; o caminho usual é um `requirements.txt` (ou lock) versionado.',
      'Without a version, pip installs whatever is newest on build day. A new release with a breaking change breaks the app with no code change, and two images of the same commit can hold different dependencies. Pinning has a cost (someone must bump versions), so the rule is informational; the usual route is a versioned `requirements.txt` (or lock file).'),
    howToFix: t(
      'Escreva `pacote==versão` ou, melhor, liste as dependências com versão num `requirements.txt` e use `pip install --no-cache-dir -r requirements.txt`.',
      'Write `package==version` or, better, list pinned dependencies in a `requirements.txt` and use `pip install --no-cache-dir -r requirements.txt`.'),
  },
  messages: {
    'pt-BR': { default: 'O pacote `{name}` não tem versão (`{name}==<versão>`): cada build pode instalar uma versão diferente.' },
    en: { default: 'Package `{name}` has no version (`{name}==<version>`): each build may install a different version.' },
  },
  examples: {
    bad: ['FROM python:3.13-slim\nRUN pip install --no-cache-dir flask gunicorn==23.0.0\nUSER 10001\n'],
    good: [
      'FROM python:3.13-slim\nRUN pip install --no-cache-dir flask==3.1.0 "gunicorn>=23,<24"\nUSER 10001\n',
      'FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt . ./dist/app-1.0-py3-none-any.whl\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    for (const { run, command: c } of commandsMatching(model, (n) => /^(pip[0-9.]*|python[0-9.]*|pipx)$/.test(n))) {
      const from = installArgs(c);
      if (from === undefined) continue;
      for (let i = from; i < c.args.length; i++) {
        const w = c.args[i]!;
        if (w.value === '--') break;
        if (w.value.startsWith('-') && w.value.length > 1) {
          if (VALUED.has(w.value)) i++;
          continue;
        }
        if (unpinned(w)) report({ ...wordRange(w), instruction: run, data: { name: w.value } });
      }
    }
  },
});
