import { defineRule, t } from '../define.ts';
import { commandsNamed, hasExpansion, wordRange } from '../run-helpers.ts';
import type { Word } from '../shell.ts';

/** go build flags whose value is the next word (written with one or two dashes). */
const VALUED = new Set(['o', 'p', 'C', 'tags', 'ldflags', 'gcflags', 'asmflags', 'mod', 'modfile', 'pkgdir', 'toolexec', 'overlay', 'pgo',
  'buildmode', 'compiler', 'gccgoflags', 'installsuffix', 'exec', 'covermode', 'coverpkg']);
/** Version queries that move: they resolve to something new as the module publishes. */
const MOVING = new Set(['latest', 'upgrade', 'patch', 'master', 'main', 'HEAD']);

const isLocal = (v: string) => v === '.' || v === '..' || v.startsWith('./') || v.startsWith('../') || v.startsWith('/') || v.endsWith('.go');

/** The package arguments of `go install|get|run`, skipping flags and their values. */
function packages(args: Word[]): Word[] {
  const out: Word[] = [];
  for (let i = 1; i < args.length; i++) {
    const v = args[i]!.value;
    if (v === '--') break;
    if (v.startsWith('-') && v.length > 1) {
      const name = v.replace(/^--?/, '');
      if (!name.includes('=') && VALUED.has(name)) i++;
      continue;
    }
    out.push(args[i]!);
  }
  return out;
}

export default defineRule({
  id: 'go-pin',
  severity: 'warning',
  instructions: ['RUN'],
  refs: { hadolint: ['DL3062'] },
  docs: {
    title: t('`go install`/`go get` sem versão fixa', '`go install`/`go get` without a pinned version'),
    description: t(
      '`go install`, `go run` ou `go get` com `@latest` (ou `@upgrade`, `@patch`, `@master`, `@main`, `@HEAD`), ou `go get` de um pacote sem `@versão`. Diferente do hadolint, `go install pkg` e `go run pkg` sem `@` não são apontados: dentro de um módulo eles usam a versão do `go.mod`, e fora dele o Go recusa o comando. Caminhos locais (`.`, `./cmd/app`) também não.',
      '`go install`, `go run` or `go get` with `@latest` (or `@upgrade`, `@patch`, `@master`, `@main`, `@HEAD`), or `go get` of a package without `@version`. Unlike hadolint, `go install pkg` and `go run pkg` without `@` are not flagged: inside a module they use the `go.mod` version, and outside one Go refuses the command. Local paths (`.`, `./cmd/app`) are not flagged either.'),
    rationale: t(
      '`@latest` resolve para a versão mais nova no dia do build: a mesma linha do Dockerfile instala ferramentas diferentes em builds diferentes, e uma versão nova com mudança incompatível (ou comprometida) entra na imagem sem revisão. Com uma versão fixa, o Go ainda confere o checksum do módulo no `sum.golang.org`.',
      '`@latest` resolves to the newest version on build day: the same Dockerfile line installs different tools in different builds, and a new breaking (or compromised) release gets into the image without review. With a pinned version, Go also checks the module checksum against `sum.golang.org`.'),
    howToFix: t('Troque `@latest` por uma versão: `go install golang.org/x/tools/gopls@v0.18.1`.', 'Replace `@latest` with a version: `go install golang.org/x/tools/gopls@v0.18.1`.'),
  },
  messages: {
    'pt-BR': {
      default: '`{name}` usa `@{query}`, que muda com o tempo: fixe uma versão (`@v1.2.3`).',
      unpinned: '`go get {name}` sem versão pega a mais recente: fixe uma versão (`{name}@v1.2.3`).',
    },
    en: {
      default: '`{name}` uses `@{query}`, which moves over time: pin a version (`@v1.2.3`).',
      unpinned: '`go get {name}` without a version takes the newest one: pin a version (`{name}@v1.2.3`).',
    },
  },
  examples: {
    bad: ['FROM golang:1.24-alpine AS build\nRUN go install golang.org/x/tools/gopls@latest\nFROM alpine:3.22\nCOPY --from=build /go/bin/gopls /usr/local/bin/gopls\nUSER 10001\n'],
    good: [
      'FROM golang:1.24-alpine AS build\nRUN go install golang.org/x/tools/gopls@v0.18.1\nFROM alpine:3.22\nCOPY --from=build /go/bin/gopls /usr/local/bin/gopls\nUSER 10001\n',
      'FROM golang:1.24-alpine AS build\nWORKDIR /src\nCOPY . .\nRUN go install ./cmd/app\nFROM alpine:3.22\nCOPY --from=build /go/bin/app /usr/local/bin/app\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    for (const { run, command } of commandsNamed(model, ['go'])) {
      const verb = command.args[0]?.value;
      if (verb !== 'install' && verb !== 'get' && verb !== 'run') continue;
      let pkgs = packages(command.args);
      if (verb === 'run') pkgs = pkgs.slice(0, 1);
      for (const w of pkgs) {
        const v = w.value;
        if (!v || hasExpansion(w) || isLocal(v)) continue;
        const at = v.lastIndexOf('@');
        if (at < 0) {
          if (verb === 'get') report({ ...wordRange(w), instruction: run, messageId: 'unpinned', data: { name: v } });
          continue;
        }
        const query = v.slice(at + 1);
        if (MOVING.has(query) || query === '') report({ ...wordRange(w), instruction: run, data: { name: v.slice(0, at), query } });
      }
    }
  },
});
