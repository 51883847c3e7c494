import { defineRule, t } from '../define.ts';
import type { Stage } from '../model.ts';
import { inFinalImage, isTrigger, shellRuns, wordRange } from '../run-helpers.ts';
import { commandName, type Command } from '../shell.ts';
import type { Run } from 'dockerfile-ast';

export default defineRule({
  id: 'curl-and-wget',
  severity: 'info',
  instructions: ['RUN'],
  refs: { hadolint: ['DL4001'] },
  docs: {
    title: t('`curl` e `wget` no mesmo estágio', '`curl` and `wget` in the same stage'),
    description: t(
      'Um estágio que vira camada da imagem final usa `curl` e também `wget`. A regra aponta cada uso da ferramenta que apareceu por último.',
      'A stage whose layers become the final image uses both `curl` and `wget`. The rule points at each use of the tool that showed up last.'),
    rationale: t(
      'As duas fazem a mesma coisa. Ter as duas na imagem é mais espaço, mais pacotes para atualizar e mais ferramentas de download à mão de quem invadir o contêiner. Escolher uma também deixa o Dockerfile mais fácil de ler.',
      'Both do the same job. Having both in the image means more space, more packages to patch, and more download tools at hand for whoever breaks into the container. Picking one also makes the Dockerfile easier to read.'),
    howToFix: t(
      'Escolha uma: `curl -fsSLo arquivo URL` ou `wget -qO arquivo URL`. Nas imagens Alpine o `wget` do BusyBox já vem instalado; nas Debian/Ubuntu slim, nenhuma das duas vem.',
      'Pick one: `curl -fsSLo file URL` or `wget -qO file URL`. Alpine images already ship BusyBox `wget`; Debian/Ubuntu slim images ship neither.'),
  },
  messages: {
    'pt-BR': { default: 'Este estágio já usa `{other}` (linha {line}): escolha só uma ferramenta de download.' },
    en: { default: 'This stage already uses `{other}` (line {line}): pick a single download tool.' },
  },
  examples: {
    bad: ['FROM alpine:3.22\nRUN apk add --no-cache curl\nRUN wget -q https://example.com/a.txt && curl -fsSLo b.txt https://example.com/b.txt\nUSER 10001\n'],
    good: ['FROM alpine:3.22\nRUN wget -q https://example.com/a.txt && wget -q https://example.com/b.txt\nUSER 10001\n'],
  },
  check({ model, report }) {
    const byStage = new Map<Stage, { run: Run; command: Command; tool: string }[]>();
    for (const { run, stage, commands } of shellRuns(model)) {
      if (!stage || isTrigger(model, run) || !inFinalImage(model, stage, run)) continue;
      for (const command of commands) {
        const tool = commandName(command);
        if (tool !== 'curl' && tool !== 'wget') continue;
        let list = byStage.get(stage);
        if (!list) byStage.set(stage, (list = []));
        list.push({ run, command, tool });
      }
    }
    for (const uses of byStage.values()) {
      const first = uses[0]!;
      const other = uses.find((u) => u.tool !== first.tool);
      if (!other) continue;
      const line = model.lines.positionAt(first.command.name.start).line + 1;
      for (const u of uses) {
        if (u.tool === other.tool) report({ ...wordRange(u.command.name), instruction: u.run, data: { other: first.tool, line } });
      }
    }
  },
});
