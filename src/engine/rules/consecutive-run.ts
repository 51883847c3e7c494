import { Run } from 'dockerfile-ast';
import { defineRule, keywordRange, t } from '../define.ts';
import type { Model } from '../model.ts';
import { inFinalImage, newline, runFacts, scriptStart } from '../run-helpers.ts';
import type { OffsetEdit } from '../types.ts';

/** A shell-form RUN (no heredoc) with exactly one command and no pipe. */
function single(model: Model, run: Run): boolean {
  const facts = runFacts(model, run);
  if (facts.exec || facts.heredoc) return false;
  const s = model.script(run);
  return s.commands.length === 1 && s.pipes.length === 0;
}

const flagsOf = (model: Model, run: Run) => runFacts(model, run).flagsKey;

/** Joins `RUN b` onto `RUN a` as `RUN a && \` + newline + `    b`, when nothing sits in between. */
function mergeFix(model: Model, prev: Run, run: Run): { edits: OffsetEdit[] } | undefined {
  const start = scriptStart(model, run);
  if (start === undefined) return undefined;
  let end = model.offsets(prev)[1];
  while (end > 0 && /\s/.test(model.text[end - 1]!)) end--;
  const gap = model.text.slice(end, start);
  const prevText = model.text.slice(model.offsets(prev)[0], end);
  if (gap.includes('#') || /[;&|`\\]$/.test(prevText) || prevText.endsWith(model.escape)) return undefined;
  // The edit also rewrites the last character of the previous RUN, so that another fix appending at
  // the end of that RUN (say `&& rm -rf /var/lib/apt/lists/*`) counts as overlapping instead of
  // landing after the join.
  return { edits: [{ start: end - 1, end: start, text: `${model.text[end - 1]} && ${model.escape}${newline(model)}    ` }] };
}

export default defineRule({
  id: 'consecutive-run',
  severity: 'info',
  instructions: ['RUN'],
  refs: { hadolint: ['DL3059'] },
  docs: {
    title: t('`RUN`s seguidos que podiam ser um só', 'Consecutive `RUN`s that could be one'),
    description: t(
      'Dois ou mais `RUN`s seguidos de um único comando cada, com as mesmas flags (`--mount`, `--network`…). Comentários entre eles não contam; qualquer outra instrução no meio, sim. Só vale para estágios que viram camadas da imagem final: num estágio de build, passos separados aproveitam melhor o cache, e isso é bom.',
      'Two or more consecutive `RUN`s of a single command each, with the same flags (`--mount`, `--network`…). Comments in between do not matter; any other instruction does. Only raised for stages whose layers become the final image: in a build stage, separate steps make better use of the cache, which is fine.'),
    rationale: t(
      'Cada `RUN` cria uma camada. Camadas demais deixam o pull e a extração mais lentos, e um arquivo apagado num `RUN` posterior continua ocupando espaço na camada em que foi criado. Juntar passos relacionados com `&&` dá uma camada só e deixa explícito que eles andam juntos.',
      'Each `RUN` creates a layer. Too many layers make pulls and extraction slower, and a file deleted in a later `RUN` still takes space in the layer that created it. Joining related steps with `&&` gives a single layer and makes it explicit that they belong together.'),
    howToFix: t(
      'Junte os comandos num `RUN` com `&&` e quebras de linha `\\`. A correção automática junta a sequência num `RUN` só. Se quiser cache separado de propósito, ignore a regra nesse ponto.',
      'Join the commands in one `RUN` with `&&` and `\\` line breaks. The automatic fix joins the sequence into one `RUN`. If you want separate caching on purpose, ignore the rule there.'),
  },
  messages: {
    'pt-BR': {
      default: 'Este `RUN` vem logo depois de outro `RUN` de um comando (linha {line}): junte os dois com `&&` numa camada só.',
      many: '{count} `RUN`s de um comando em sequência a partir da linha {line}: junte-os com `&&` numa camada só.',
    },
    en: {
      default: 'This `RUN` comes right after another single-command `RUN` (line {line}): join them with `&&` in one layer.',
      many: '{count} single-command `RUN`s in a row from line {line}: join them with `&&` in one layer.',
    },
  },
  fixTitles: { 'pt-BR': { default: 'Juntar num RUN só' }, en: { default: 'Join into one RUN' } },
  examples: {
    bad: ['FROM alpine:3.22\nRUN addgroup -S app\nRUN adduser -S -G app app\nUSER app\n'],
    good: [
      'FROM alpine:3.22\nRUN addgroup -S app && \\\n    adduser -S -G app app\nUSER app\n',
      'FROM alpine:3.22 AS build\nRUN mkdir /out\nRUN echo built > /out/app\nFROM alpine:3.22\nCOPY --from=build /out/app /app\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      if (!inFinalImage(model, stage)) continue;
      // Maximal sequences of single-command RUNs with the same flags: one finding per sequence.
      let seq: Run[] = [];
      const flush = () => {
        if (seq.length >= 2) {
          const [start, end] = keywordRange(model, seq[1]!);
          const edits: OffsetEdit[] = [];
          for (let k = 1; k < seq.length && edits.length === k - 1; k++) edits.push(...(mergeFix(model, seq[k - 1]!, seq[k]!)?.edits ?? []));
          report({
            start, end, instruction: seq[1]!,
            messageId: seq.length > 2 ? 'many' : 'default',
            data: { line: seq[0]!.getRange().start.line + 1, count: seq.length },
            fix: edits.length === seq.length - 1 ? { edits } : undefined,
          });
        }
        seq = [];
      };
      for (const ins of stage.body) {
        if (!(ins instanceof Run) || !single(model, ins)) {
          flush();
          continue;
        }
        const prev = seq[seq.length - 1];
        if (prev && flagsOf(model, prev) !== flagsOf(model, ins)) flush();
        seq.push(ins);
      }
      flush();
    }
  },
});
