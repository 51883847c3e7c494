/**
 * Generates the rule pages (content/docs/rules/*.mdx and their English twins) from the engine's
 * catalogue, so a page can never drift from its rule. `npm run gen:rules` writes them; a unit
 * test fails when the files on disk differ from what this produces.
 */
import { CATALOGUE, type RuleInfo } from '../engine/catalogue.ts';
import type { Locale } from '../engine/types.ts';

const INSTRUCTION_PAGES = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'ENTRYPOINT', 'CMD', 'VOLUME', 'ENV', 'LABEL', 'STOPSIGNAL',
  'HEALTHCHECK', 'WORKDIR', 'USER', 'ARG', 'ONBUILD', 'SHELL', 'EXPOSE']);

const S = {
  'pt-BR': {
    catches: 'O que detecta', why: 'Por que importa', bad: 'Exemplo ruim', good: 'Exemplo bom', fix: 'Como corrigir',
    equivalents: 'Equivalentes em outras ferramentas', silence: 'Como silenciar',
    severity: { error: 'erro', warning: 'aviso', info: 'informativo' },
    kind: { syntax: 'sintaxe do Docker', practice: 'boa prática', guide: 'regra do guia' },
    fixable: 'correção automática no playground e na API', notFixable: 'sem correção automática',
    none: 'nenhum', tool: 'Ferramenta', code: 'Regra',
    instruction: (k: string) => `Instrução: [\`${k}\`](/instructions/${k.toLowerCase()}/)`,
    wholeFile: 'Vale para o arquivo todo',
    silenceText: (id: string) => `Acima da instrução, um comentário \`# estaleiro ignore=${id}\` silencia a regra só para ela; \`# estaleiro global ignore=${id}\` em qualquer linha, para o arquivo todo.`,
    silenceHadolint: (c: string) => `Os comentários do hadolint também valem: \`# hadolint ignore=${c}\`.`,
    silenceBuildkit: (c: string) => `E os do BuildKit: \`# check=skip=${c}\` na primeira linha (o arquivo todo) ou acima da instrução.`,
    syntaxSilence: 'Erros de sintaxe não se silenciam: o Docker recusaria o arquivo do mesmo jeito.',
    indexTitle: 'Regras do validador', indexDescription: 'Todas as regras que o validador do Estaleiro aplica aos Dockerfiles, por instrução, com severidade e equivalentes no hadolint e no BuildKit.',
    prefix: '',
    context: 'Os exemplos são verificados com este contexto de build (arquivos e `.dockerignore`):',
  },
  en: {
    catches: 'What it catches', why: 'Why it matters', bad: 'Bad example', good: 'Good example', fix: 'How to fix',
    equivalents: 'Equivalents in other tools', silence: 'How to silence it',
    severity: { error: 'error', warning: 'warning', info: 'info' },
    kind: { syntax: 'Docker syntax', practice: 'good practice', guide: 'guide rule' },
    fixable: 'automatic fix in the playground and the API', notFixable: 'no automatic fix',
    none: 'none', tool: 'Tool', code: 'Rule',
    instruction: (k: string) => `Instruction: [\`${k}\`](/en/instructions/${k.toLowerCase()}/)`,
    wholeFile: 'Applies to the whole file',
    silenceText: (id: string) => `A \`# estaleiro ignore=${id}\` comment right above the instruction silences the rule for it; \`# estaleiro global ignore=${id}\` on any line, for the whole file.`,
    silenceHadolint: (c: string) => `hadolint's comments work too: \`# hadolint ignore=${c}\`.`,
    silenceBuildkit: (c: string) => `And BuildKit's: \`# check=skip=${c}\` on the first line (whole file) or above the instruction.`,
    syntaxSilence: 'Syntax errors cannot be silenced: Docker would refuse the file all the same.',
    indexTitle: 'Validator rules', indexDescription: 'Every rule the Estaleiro validator applies to Dockerfiles, by instruction, with severity and hadolint and BuildKit equivalents.',
    prefix: '/en',
    context: 'The examples are checked against this build context (files and `.dockerignore`):',
  },
} as const;

/** Escapes MDX-significant characters outside inline code. */
export function mdxText(s: string): string {
  return s.split(/(`[^`]*`)/).map((part, i) => (i % 2 ? part : part.replace(/[{}<>]/g, (c) => `\\${c}`))).join('');
}

function plain(s: string): string {
  return s.replace(/`([^`]*)`/g, '$1').replace(/\s+/g, ' ').trim();
}

function description(r: RuleInfo, locale: Locale): string {
  let d = `${r.id}: ${plain(r.docs.title[locale])}. ${plain(r.docs.description[locale])}`;
  if (d.length > 200) d = `${d.slice(0, 196).replace(/\s+\S*$/, '')}…`;
  if (d.length < 50) d = `${d} ${locale === 'en' ? 'A rule of the Estaleiro Dockerfile validator.' : 'Regra do validador de Dockerfiles do Estaleiro.'}`;
  return d;
}

const yaml = (s: string) => JSON.stringify(s);

/** The build context a context rule's examples are checked with, as a text block. */
function contextBlock(r: RuleInfo, locale: Locale): string[] {
  const c = r.examples.context;
  if (!c) return [];
  const lines = [...c.files, ...(c.dockerignore !== undefined ? ['', '.dockerignore:', ...c.dockerignore.replace(/\n+$/, '').split('\n').map((l) => `  ${l}`)] : [])];
  return [S[locale].context, '', `\`\`\`text\n${lines.join('\n')}\n\`\`\``, ''];
}

function fence(code: string, bad?: string): string {
  const meta = bad ? ` title="Dockerfile" bad="${bad}"` : ' title="Dockerfile"';
  return `\`\`\`dockerfile${meta}\n${code.replace(/\n+$/, '')}\n\`\`\``;
}

export function rulePage(r: RuleInfo, locale: Locale): string {
  const s = S[locale];
  const refs = [
    ...(r.refs.hadolint ?? []).map((c) => ['hadolint', c] as const),
    ...(r.refs.buildkit ?? []).map((c) => ['BuildKit', c] as const),
  ];
  const kw = r.instructions[0] ?? '*';
  const lines = [
    '---',
    `title: ${yaml(r.id)}`,
    `description: ${yaml(description(r, locale))}`,
    '---',
    '',
    `**${mdxText(r.docs.title[locale])}** · ${s.kind[r.kind]} · ${s.severity[r.severity]} · ${r.fixable ? s.fixable : s.notFixable}`,
    '',
    INSTRUCTION_PAGES.has(kw) ? s.instruction(kw) : s.wholeFile,
    '',
    `## ${s.catches}`,
    '',
    mdxText(r.docs.description[locale]),
    '',
    `## ${s.why}`,
    '',
    mdxText(r.docs.rationale[locale]),
    '',
    `## ${s.bad}`,
    '',
    ...contextBlock(r, locale),
    // The guide's example check lints without a context, so a context rule's bad example is not marked.
    ...r.examples.bad.flatMap((code) => [fence(code, r.examples.context ? undefined : r.id), '']),
    `## ${s.good}`,
    '',
    ...r.examples.good.flatMap((code) => [fence(code), '']),
    `## ${s.fix}`,
    '',
    mdxText(r.docs.howToFix[locale]),
    '',
    `## ${s.equivalents}`,
    '',
    ...(refs.length
      ? [`| ${s.tool} | ${s.code} |`, '|---|---|', ...refs.map(([tool, code]) => `| ${tool} | ${tool === 'hadolint'
        ? `[${code}](https://github.com/hadolint/hadolint/wiki/${code})`
        : `[${code}](https://docs.docker.com/reference/build-checks/${code.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}/)`} |`)]
      : [s.none]),
    '',
    `## ${s.silence}`,
    '',
    r.kind === 'syntax' && r.severity === 'error' ? s.syntaxSilence : s.silenceText(r.id),
    ...(r.kind === 'syntax' && r.severity === 'error' ? [] : [
      ...(r.refs.hadolint?.length ? ['', s.silenceHadolint(r.refs.hadolint.join(','))] : []),
      ...(r.refs.buildkit?.length ? ['', s.silenceBuildkit(r.refs.buildkit.join(','))] : []),
    ]),
    '',
  ];
  return lines.join('\n');
}

export function ruleIndexPage(locale: Locale): string {
  const s = S[locale];
  const groups = new Map<string, RuleInfo[]>();
  for (const r of CATALOGUE) {
    const k = r.instructions[0] ?? '*';
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(r);
  }
  const order = ['FROM', 'RUN', 'COPY', 'ADD', 'ENTRYPOINT', 'CMD', 'VOLUME', 'ENV', 'LABEL', 'STOPSIGNAL', 'HEALTHCHECK', 'WORKDIR',
    'USER', 'ARG', 'ONBUILD', 'SHELL', 'EXPOSE', 'MAINTAINER', '*'];
  const head = locale === 'en'
    ? { rule: 'Rule', what: 'What it catches', sev: 'Severity', eq: 'hadolint / BuildKit', all: 'Whole file', intro: INTRO_EN, left: LEFT_OUT_EN }
    : { rule: 'Regra', what: 'O que detecta', sev: 'Severidade', eq: 'hadolint / BuildKit', all: 'Arquivo todo', intro: INTRO_PT, left: LEFT_OUT_PT };
  const out = ['---', `title: ${yaml(s.indexTitle)}`, `description: ${yaml(s.indexDescription)}`, 'sidebar:', '  order: 0', '---', '', head.intro, '',
    locale === 'en' ? SEVERITY_POLICY_EN : SEVERITY_POLICY_PT, ''];
  for (const k of order) {
    const list = groups.get(k);
    if (!list) continue;
    out.push(`## ${k === '*' ? head.all : k}`, '', `| ${head.rule} | ${head.what} | ${head.sev} | ${head.eq} |`, '|---|---|---|---|');
    for (const r of [...list].sort((a, b) => a.id.localeCompare(b.id)))
      out.push(`| [\`${r.id}\`](${s.prefix}/rules/${r.id}/) | ${mdxText(r.docs.title[locale]).replace(/\|/g, '\\|')} | ${s.severity[r.severity]} | ${[...(r.refs.hadolint ?? []), ...(r.refs.buildkit ?? [])].join(', ') || '—'} |`);
    out.push('');
  }
  out.push(locale === 'en' ? CONFIG_RULES_EN : CONFIG_RULES_PT, '', head.left, '');
  return out.join('\n');
}

/** The command line's config-only rules (src/cli/config-rules.ts): their findings link here, by id. */
const CONFIG_RULES_PT = `## Regras que dependem da configuração

Estas regras só existem na linha de comando, quando um arquivo de configuração (\`.estaleiro.yaml\` ou o \`.hadolint.yaml\` do hadolint) traz os dados de que elas precisam. Nenhuma é erro: o Docker constrói esses arquivos sem reclamar.

### untrusted-registry

**Aviso** (hadolint \`DL3026\`). Uma imagem de \`FROM\`, de \`COPY --from\` ou de \`RUN --mount=from=\` vem de um registry fora de \`trustedRegistries\` (aceita curingas como \`*.exemplo.com\`; \`docker.io\` cobre as imagens oficiais). Estágios do próprio Dockerfile e \`scratch\` não contam. Veja [Cadeia de suprimentos](/supply-chain/).

### label-missing

**Informativo** (hadolint \`DL3049\`). A imagem final (ou os estágios em que ela se baseia) não define um label que o \`label-schema\` exige.

### label-invalid

**Aviso** (hadolint \`DL3051\`–\`DL3056\`, \`DL3058\`). O valor de um label não é do tipo que o \`label-schema\` declara: \`text\`, \`url\`, \`semver\`, \`hash\` (7 ou 40 dígitos hexadecimais), \`rfc3339\`, \`spdx\` ou \`email\`; ou está vazio. Valores com \`$\` ficam de fora, porque só o build sabe o que vão valer.

### label-not-in-schema

**Informativo** (hadolint \`DL3050\`). Com \`strict-labels: true\`, um label que não está no \`label-schema\`.`;
const CONFIG_RULES_EN = `## Rules that need a config file

These rules exist only on the command line, when a config file (\`.estaleiro.yaml\`, or hadolint's \`.hadolint.yaml\`) gives them the data they need. None is an error: Docker builds these files without complaint.

### untrusted-registry

**Warning** (hadolint \`DL3026\`). An image in \`FROM\`, \`COPY --from\` or \`RUN --mount=from=\` comes from a registry outside \`trustedRegistries\` (wildcards such as \`*.example.com\` work; \`docker.io\` covers the official images). Stages of the Dockerfile itself and \`scratch\` do not count. See [Supply chain](/en/supply-chain/).

### label-missing

**Info** (hadolint \`DL3049\`). The final image (or the stages it is built on) does not set a label the \`label-schema\` requires.

### label-invalid

**Warning** (hadolint \`DL3051\`–\`DL3056\`, \`DL3058\`). A label's value is not of the type the \`label-schema\` declares: \`text\`, \`url\`, \`semver\`, \`hash\` (7 or 40 hex digits), \`rfc3339\`, \`spdx\` or \`email\`; or it is empty. Values with \`$\` are left alone, since only the build knows what they will be.

### label-not-in-schema

**Info** (hadolint \`DL3050\`). With \`strict-labels: true\`, a label that is not in the \`label-schema\`.`;

const INTRO_PT = `O validador do Estaleiro lê o Dockerfile com o \`dockerfile-ast\` e aplica três tipos de regra: o que o próprio Docker recusaria (sintaxe), boas práticas que o hadolint e as verificações de build (build checks) do BuildKit também apontam, e as regras do guia, que pegam os erros do guia original. Cada achado tem uma severidade: **erro** (o build ou o contêiner falha), **aviso** (funciona, mas é um problema em produção) ou **informativo** (uma recomendação ou uma questão de política, como fixar versões de pacotes). As mesmas regras rodam no [playground](/playground/), na linha de comando (\`npx estaleiro lint Dockerfile\`) e no build deste site, que valida todos os exemplos.`;
const INTRO_EN = `The Estaleiro validator reads the Dockerfile with \`dockerfile-ast\` and applies three kinds of rule: what Docker itself would refuse (syntax), good practices that hadolint and BuildKit's build checks also flag, and the guide's own rules, which catch the original guide's mistakes. Every finding has a severity: **error** (the build or the container fails), **warning** (it works, but it is a problem in production) or **info** (a recommendation or a policy matter, such as pinning package versions). The same rules run in the [playground](/en/playground/), on the command line (\`npx estaleiro lint Dockerfile\`) and in this site's build, which validates every example.`;
/** The severity policy, kept true by src/engine/severity-policy.test.ts (every `error` has a listed reason). */
export const SEVERITY_POLICY_PT = `## Como a severidade é escolhida

A severidade é uma promessa. **Erro** só quando o Docker recusa o arquivo (o parser do BuildKit ou a checagem das instruções interrompe o build) ou quando o build ou o contêiner falha do jeito que está escrito: um \`RUN\` que não tem como dar certo, como \`pip install\` no Python do sistema que o recusa, um interpretador que não existe na imagem, um arquivo de início que nunca foi copiado. Tudo o que faz o build e roda fica no máximo em **aviso**, mesmo quando é um problema de verdade (um valor que não é o que parece, um privilégio desnecessário); **informativo** é para recomendações e políticas. Quando o validador não tem como saber (uma imagem base da qual não conhece nada, uma variável definida fora do arquivo), ele fica em silêncio em vez de adivinhar. Os build checks do BuildKit são avisos no BuildKit e continuam avisos aqui, a menos que também façam o build falhar. Cada regra com severidade de erro está listada, com o motivo, nos testes do validador: acrescentar uma exige essa justificativa.`;
export const SEVERITY_POLICY_EN = `## How severity is chosen

Severity is a promise. **Error** only where Docker rejects the file (BuildKit's parser or its instruction checks stop the build) or where the build or the container fails as written: a \`RUN\` that cannot succeed, such as \`pip install\` into a system Python that refuses it, an interpreter the image does not have, a start file that was never copied. Everything that builds and runs is at most a **warning**, even when it is a real problem (a value that is not what it looks like, a privilege you do not need); **info** is for recommendations and policy. Where the validator cannot know (a base image it knows nothing about, a variable set outside the file), it stays silent rather than guess. BuildKit's build checks are warnings in BuildKit and stay warnings here, unless they also make the build fail. Every rule at error severity is listed, with its reason, in the validator's tests: adding one needs that justification.`;

const LEFT_OUT_PT = `## O que fica de fora

Algumas verificações precisam de dados que o texto do Dockerfile não tem. O \`CopyIgnoredFile\` do BuildKit ([\`copy-ignored-file\`](/rules/copy-ignored-file/)) e [\`copy-source-not-found\`](/rules/copy-source-not-found/) rodam quando há um contexto de build (\`--context\` na linha de comando); \`DL3026\` e \`DL3049\`–\`DL3058\` rodam com uma configuração (acima). Ficam de fora: \`InvalidBaseImagePlatform\` (precisa da plataforma da imagem base, que está no registry), o \`UndefinedVar\` sobre imagens base desconhecidas (as variáveis de ambiente delas não estão no texto: ali só um erro de digitação de um nome do próprio Dockerfile é avisado), a exceção de \`JSONArgsRecommended\` para um \`SHELL\` definido na imagem base, \`DL1001\` (desligada por padrão no hadolint) e as verificações do ShellCheck (\`SCxxxx\`).`;
const LEFT_OUT_EN = `## What is left out

Some checks need data the Dockerfile text does not have. BuildKit's \`CopyIgnoredFile\` ([\`copy-ignored-file\`](/en/rules/copy-ignored-file/)) and [\`copy-source-not-found\`](/en/rules/copy-source-not-found/) run when there is a build context (\`--context\` on the command line); \`DL3026\` and \`DL3049\`–\`DL3058\` run with a config file (above). Left out: \`InvalidBaseImagePlatform\` (needs the base image's platform, which lives in the registry), \`UndefinedVar\` on unknown base images (their environment is not in the text: there only a typo of a name the Dockerfile itself defines is flagged), the \`JSONArgsRecommended\` exception for a \`SHELL\` set in the base image, \`DL1001\` (off by default in hadolint) and ShellCheck's checks (\`SCxxxx\`).`;

/** Every generated file: path relative to content/docs → content. */
export function generatedRuleFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const locale of ['pt-BR', 'en'] as const) {
    const dir = locale === 'en' ? 'en/rules' : 'rules';
    files.set(`${dir}/index.mdx`, ruleIndexPage(locale));
    for (const r of CATALOGUE) files.set(`${dir}/${r.id}.mdx`, rulePage(r, locale));
  }
  return files;
}
