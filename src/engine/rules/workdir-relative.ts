import type { Instruction } from 'dockerfile-ast';
import { argumentsRange, defineRule, t } from '../define.ts';
import { foldStages, isAbsoluteLike, rootStage, stripQuotes } from '../instructions-helpers.ts';
import type { Stage } from '../model.ts';
import type { OffsetEdit } from '../types.ts';

/** Official images known to set their own WORKDIR: a relative WORKDIR there does not start at `/`. */
const IMAGES_WITH_WORKDIR = new Set(['golang', 'php', 'wordpress', 'tomcat', 'httpd', 'drupal', 'composer', 'joomla', 'nextcloud']);

interface State {
  /** An absolute (or variable) WORKDIR is in effect. */
  absolute: boolean;
  /** Relative WORKDIRs seen so far in the chain, when none was absolute. */
  count: number;
  /** Their segments joined onto `/`, with `.` and `..` resolved like BuildKit's path cleaning. */
  segments: string[];
}

interface Candidate {
  ins: Instruction;
  stage: Stage;
  path: string;
  chained: boolean;
  absolute: string;
}

/** Paths deeper than this are shown shortened (only absurd files get there). */
const MAX_SHOWN = 32;

export default defineRule({
  id: 'workdir-relative',
  severity: 'warning',
  instructions: ['WORKDIR'],
  refs: { hadolint: ['DL3000'], buildkit: ['WorkdirRelativePath'] },
  docs: {
    title: t('WORKDIR relativo', 'Relative WORKDIR'),
    description: t(
      '`WORKDIR` com caminho relativo (`WORKDIR app`) quando nenhum `WORKDIR` absoluto foi definido antes, neste estágio ou nos estágios em que ele se baseia. Caminhos com variável (`$HOME/app`) e caminhos Windows (`C:\\app`) são aceitos.',
      'A `WORKDIR` with a relative path (`WORKDIR app`) when no absolute `WORKDIR` was set before, in this stage or the stages it builds on. Paths starting with a variable (`$HOME/app`) and Windows paths (`C:\\app`) are accepted.'),
    rationale: t(
      'Um `WORKDIR` relativo é resolvido a partir do diretório de trabalho anterior, que pode vir da imagem base. Se a base define `WORKDIR /go` (como a `golang`), `WORKDIR app` vira `/go/app`; se não define nada, vira `/app`. Trocar a imagem base muda silenciosamente onde os arquivos vão parar, e o `CMD` deixa de achar o programa. Um linter estático não enxerga o `WORKDIR` da imagem base, por isso o caminho absoluto é a única forma de ter certeza.',
      'A relative `WORKDIR` resolves against the previous working directory, which may come from the base image. If the base sets `WORKDIR /go` (as `golang` does), `WORKDIR app` becomes `/go/app`; if it sets none, it becomes `/app`. Changing the base image silently moves your files, and `CMD` stops finding the program. A static linter cannot see the base image\'s `WORKDIR`, so an absolute path is the only way to be sure.'),
    howToFix: t(
      'Escreva o caminho absoluto. A correção automática acrescenta `/` no início (ou junta os `WORKDIR` relativos anteriores), o que equivale ao comportamento atual quando a imagem base não define `WORKDIR`, o caso da maioria das imagens; ela não é oferecida para imagens oficiais que definem o próprio `WORKDIR`, como `golang` e `php`.',
      'Write the absolute path. The automatic fix prefixes `/` (or joins the earlier relative `WORKDIR`s), which matches today\'s behaviour when the base image sets no `WORKDIR`, as most images do; it is not offered for official images that set their own `WORKDIR`, such as `golang` and `php`.'),
  },
  messages: {
    'pt-BR': {
      default: '`WORKDIR {path}` é relativo ao diretório de trabalho da imagem base: escreva o caminho absoluto (`{absolute}` se a base não define `WORKDIR`).',
      chained: '`WORKDIR {path}` é relativo a outro `WORKDIR` relativo: escreva o caminho absoluto (`{absolute}` se a base não define `WORKDIR`).',
    },
    en: {
      default: '`WORKDIR {path}` is relative to the base image\'s working directory: write the absolute path (`{absolute}` if the base sets no `WORKDIR`).',
      chained: '`WORKDIR {path}` is relative to another relative `WORKDIR`: write the absolute path (`{absolute}` if the base sets no `WORKDIR`).',
    },
  },
  fixTitles: { 'pt-BR': { default: 'Trocar por {absolute}' }, en: { default: 'Change to {absolute}' } },
  examples: {
    bad: ['FROM alpine:3.22\nWORKDIR app\nCOPY main.sh .\nUSER 10001\nCMD ["sh", "main.sh"]\n'],
    good: [
      'FROM alpine:3.22\nWORKDIR /app\nCOPY main.sh .\nUSER 10001\nCMD ["sh", "main.sh"]\n',
      'FROM alpine:3.22\nWORKDIR /srv\nWORKDIR app\nUSER 10001\n',
      'FROM alpine:3.22 AS base\nWORKDIR /srv\nFROM base\nWORKDIR app\nUSER 10001\n',
      'FROM alpine:3.22\nARG BASE_DIR=/srv\nWORKDIR $BASE_DIR/app\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    const candidates: Candidate[] = [];
    foldStages<State>(model, () => ({ absolute: false, count: 0, segments: [] }), (s) => ({ ...s, segments: [...s.segments] }), (state, ins, stage) => {
      if (ins.getKeyword() !== 'WORKDIR') return;
      const path = stripQuotes(ins.getArgumentsContent() ?? '');
      if (!path) return;
      if (isAbsoluteLike(path, model.escape)) {
        state.absolute = true;
        state.segments = [];
        return;
      }
      if (state.absolute) return;
      for (const seg of path.split('/')) {
        if (seg === '' || seg === '.') continue;
        if (seg === '..') state.segments.pop();
        else state.segments.push(seg);
      }
      const shown = state.segments.length > MAX_SHOWN ? ['…', ...state.segments.slice(-MAX_SHOWN)] : state.segments;
      candidates.push({ ins, stage, path, chained: state.count > 0, absolute: `/${shown.join('/')}` });
      state.count++;
    });
    if (candidates.length === 0) return;

    // A fix is offered only where applying it changes no other finding: on the last report of a
    // stage none of whose descendant stages reports (they would gain an absolute predecessor).
    const reports = new Map<Stage, number>();
    for (const c of candidates) reports.set(c.stage, (reports.get(c.stage) ?? 0) + 1);
    const below = new Set<Stage>();
    for (let k = model.stages.length - 1; k >= 0; k--) {
      const s = model.stages[k]!;
      if (s.parent && (below.has(s) || reports.has(s))) below.add(s.parent);
    }
    const seen = new Map<Stage, number>();

    for (const c of candidates) {
      const n = (seen.get(c.stage) ?? 0) + 1;
      seen.set(c.stage, n);
      const absolute = c.absolute;
      const [start, end] = argumentsRange(model, c.ins);
      const raw = model.text.slice(start, end).replace(/[ \t]+$/, '');
      const rawEnd = start + raw.length;
      let edits: OffsetEdit[] | undefined;
      const root = rootStage(c.stage);
      const safe = n === reports.get(c.stage) && !below.has(c.stage) && model.escape !== '`'
        && !IMAGES_WITH_WORKDIR.has(root.ref.repository.replace(/^library\//, ''));
      if (safe && !absolute.startsWith('/…') && !/[\\\n\r]/.test(raw)) {
        if (raw === c.path) edits = [{ start, end: rawEnd, text: absolute }];
        else if (raw === `"${c.path}"` || raw === `'${c.path}'`) edits = [{ start: start + 1, end: rawEnd - 1, text: absolute }];
      }
      report({
        start, end: rawEnd, instruction: c.ins,
        messageId: c.chained ? 'chained' : 'default',
        data: { path: c.path, absolute },
        fix: edits ? { edits } : undefined,
      });
    }
  },
});
