import type { Run } from 'dockerfile-ast';
import { defineRule, t } from '../define.ts';
import type { Model } from '../model.ts';
import { aptActionWord, cacheMountHolds, inFinalImage, runFacts, scriptStart, shellRuns } from '../run-helpers.ts';
import { commandName, type Command } from '../shell.ts';
import type { OffsetEdit } from '../types.ts';

const LISTS = '/var/lib/apt/lists';

/** `rm … /var/lib/apt/lists…`, `find /var/lib/apt/lists … -delete`, or apt ≥ 2.7's `apt-get distclean`. */
function cleansLists(c: Command): boolean {
  const name = commandName(c);
  if (name === 'rm') return c.args.some((a) => a.value.includes(LISTS));
  if (name === 'find') return c.args.some((a) => a.value.includes(LISTS)) && c.args.some((a) => a.value === '-delete');
  const action = aptActionWord(c)?.word.value;
  return action === 'distclean' || action === 'dist-clean';
}

/** Appending `&& rm …` is safe when the RUN is plain shell form and ends with a complete command. */
function appendFix(model: Model, run: Run): { edits: OffsetEdit[] } | undefined {
  const facts = runFacts(model, run);
  if (facts.exec || facts.heredoc) return undefined;
  const start = scriptStart(model, run);
  if (start === undefined) return undefined;
  let end = model.offsets(run)[1];
  while (end > start && /\s/.test(model.text[end - 1]!)) end--;
  const body = model.text.slice(start, end);
  if (body.includes('#') || /[;&|\\`]$/.test(body) || body.endsWith(model.escape)) return undefined;
  return { edits: [{ start: end, end, text: ` && rm -rf ${LISTS}/*` }] };
}

export default defineRule({
  id: 'apt-lists-not-cleaned',
  severity: 'info',
  instructions: ['RUN'],
  refs: { hadolint: ['DL3009'] },
  docs: {
    title: t('Listas do apt ficam na imagem', 'apt lists left in the image'),
    description: t(
      'Um `RUN` faz `apt-get update` (ou `apt update`) e não apaga `/var/lib/apt/lists` depois, no mesmo `RUN`. Só vale para estágios que viram camadas da imagem final (o estágio final e os que ele usa em `FROM`); um estágio de build do qual só se copiam arquivos não é apontado. `apt-get clean` sozinho não basta: ele limpa os `.deb` baixados, não as listas. Um `--mount=type=cache` (ou `tmpfs`) em `/var/lib/apt/lists` ou `/var/lib/apt` dispensa a limpeza.',
      'A `RUN` runs `apt-get update` (or `apt update`) and does not delete `/var/lib/apt/lists` afterwards in the same `RUN`. Only raised for stages whose layers become the final image (the final stage and those it builds on with `FROM`); a build stage that files are only copied from is left alone. `apt-get clean` alone is not enough: it removes downloaded `.deb` files, not the lists. A `--mount=type=cache` (or `tmpfs`) on `/var/lib/apt/lists` or `/var/lib/apt` makes the cleanup unnecessary.'),
    rationale: t(
      'As listas de pacotes ocupam dezenas de MB e só servem para instalar pacotes. Se não forem apagadas no mesmo `RUN`, ficam gravadas na camada para sempre (um `rm` num `RUN` seguinte não devolve o espaço). Além disso, listas velhas dentro da imagem só enganam quem rodar `apt-get install` depois sem `update`.',
      'Package lists take tens of MB and are only useful for installing packages. If they are not deleted in the same `RUN`, they stay in that layer forever (an `rm` in a later `RUN` does not give the space back). Stale lists inside the image also mislead anyone who later runs `apt-get install` without `update`.'),
    howToFix: t(
      'Termine o `RUN` com `&& rm -rf /var/lib/apt/lists/*`. A correção automática acrescenta isso no fim do comando quando o `RUN` é um script simples (sem heredoc nem comentários).',
      'End the `RUN` with `&& rm -rf /var/lib/apt/lists/*`. The automatic fix appends it when the `RUN` is a plain script (no heredoc or comments).'),
  },
  messages: {
    'pt-BR': { default: '`{command}` sem apagar `/var/lib/apt/lists` no mesmo `RUN`: as listas ficam na imagem final.' },
    en: { default: '`{command}` without deleting `/var/lib/apt/lists` in the same `RUN`: the lists stay in the final image.' },
  },
  fixTitles: { 'pt-BR': { default: 'Acrescentar rm -rf /var/lib/apt/lists/*' }, en: { default: 'Append rm -rf /var/lib/apt/lists/*' } },
  examples: {
    bad: ['FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nUSER 10001\n'],
    good: [
      'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nUSER 10001\n',
      'FROM ubuntu:24.04 AS build\nRUN apt-get update && apt-get install -y --no-install-recommends gcc\nRUN echo built > /out.txt\nFROM ubuntu:24.04\nCOPY --from=build /out.txt /out.txt\nUSER 10001\n',
      'FROM ubuntu:24.04\nRUN --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y --no-install-recommends curl\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    for (const { run, stage, commands } of shellRuns(model)) {
      let first = -1;
      let last = -1;
      commands.forEach((c, k) => {
        if (aptActionWord(c)?.word.value === 'update') {
          if (first < 0) first = k;
          last = k;
        }
      });
      if (first < 0) continue;
      if (!inFinalImage(model, stage, run)) continue;
      if (cacheMountHolds(run, LISTS)) continue;
      if (commands.slice(last + 1).some(cleansLists)) continue;
      const c = commands[first]!;
      const action = aptActionWord(c)!;
      // Cleaning after an update-only RUN would leave a later RUN's install with no lists at all.
      const installs = commands.slice(first).some((x) => aptActionWord(x)?.word.value === 'install');
      report({ start: c.name.start, end: action.word.end, instruction: run, data: { command: `${commandName(c)} update` }, fix: installs ? appendFix(model, run) : undefined });
    }
  },
});
