import { Run } from 'dockerfile-ast';
import { aptAction } from '../apt.ts';
import { defineRule, t } from '../define.ts';
import type { Stage } from '../model.ts';

export default defineRule({
  id: 'apt-update-separate',
  severity: 'warning',
  instructions: ['RUN'],
  refs: {},
  docs: {
    title: t('`apt-get update` num RUN e `install` em outro', '`apt-get update` in one RUN, `install` in another'),
    description: t('Um `RUN` faz `apt-get update` e um `RUN` posterior faz `apt-get install` sem atualizar as listas de novo.', 'One `RUN` runs `apt-get update` and a later `RUN` runs `apt-get install` without updating the lists again.'),
    rationale: t(
      'Cada `RUN` é uma camada em cache. Quando você muda a lista de pacotes, o Docker reaproveita a camada antiga do `update`, com listas de semanas atrás: o `install` falha com 404 ou instala versões velhas. A documentação do Docker chama isso de "cache busting" e recomenda os dois no mesmo `RUN`.',
      'Each `RUN` is a cached layer. When you change the package list, Docker reuses the old `update` layer with weeks-old lists: the `install` fails with 404s or installs stale versions. Docker\'s best practices call this cache busting and recommend both in the same `RUN`.'),
    howToFix: t('Junte tudo num `RUN`: `apt-get update && apt-get install -y --no-install-recommends … && rm -rf /var/lib/apt/lists/*`.', 'Put it all in one `RUN`: `apt-get update && apt-get install -y --no-install-recommends … && rm -rf /var/lib/apt/lists/*`.'),
  },
  messages: {
    'pt-BR': { default: 'Este `apt-get install` usa as listas do `apt-get update` da linha {line}, que ficam em cache: junte os dois no mesmo `RUN`.' },
    en: { default: 'This `apt-get install` relies on the `apt-get update` on line {line}, whose layer gets cached: put both in the same `RUN`.' },
  },
  examples: {
    bad: ['FROM ubuntu:24.04\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nUSER 10001\n'],
    good: [
      'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nUSER 10001\n',
      'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nRUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    // One pass in build order; a stage starts from the state its parent stage ended with.
    // State: the line of the latest RUN that updated the lists, or -1.
    const endState = new Map<Stage, number>();
    for (const stage of model.stages) {
      let updateLine = stage.parent ? endState.get(stage.parent) ?? -1 : -1;
      for (const ins of stage.body) {
        if (!(ins instanceof Run)) continue;
        const commands = model.script(ins).commands;
        const actions = commands.map((c) => aptAction(c)?.action);
        const firstInstall = actions.indexOf('install');
        if (firstInstall >= 0 && updateLine >= 0 && !actions.slice(0, firstInstall).includes('update')) {
          const c = commands[firstInstall]!;
          const action = aptAction(c)!;
          report({ start: c.name.start, end: c.args[action.index]!.end, instruction: ins, data: { line: updateLine } });
        }
        if (actions.includes('update')) updateLine = ins.getRange().start.line + 1;
      }
      endState.set(stage, updateLine);
    }
  },
});
