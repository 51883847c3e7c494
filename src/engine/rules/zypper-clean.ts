import { defineRule, t } from '../define.ts';
import { actionRange, cacheMountHolds, inFinalImage, zypperCommands, type ToolCommand } from '../run-helpers.ts';
import { commandName } from '../shell.ts';
import type { Run } from 'dockerfile-ast';

const FILLS_CACHE = new Set(['install', 'in', 'update', 'up', 'patch', 'dist-upgrade', 'dup', 'source-install', 'si', 'install-new-recommends', 'inr']);

export default defineRule({
  id: 'zypper-clean',
  severity: 'warning',
  instructions: ['RUN'],
  refs: { hadolint: ['DL3036'] },
  docs: {
    title: t('`zypper install` sem `zypper clean`', '`zypper install` without `zypper clean`'),
    description: t(
      'Um `RUN` instala pacotes com `zypper` e não roda `zypper clean` (ou `zypper cc`, ou `rm -rf /var/cache/zypp`) depois, num estágio que vira camada da imagem final. Um `--mount=type=cache` em `/var/cache/zypp` dispensa a limpeza.',
      'A `RUN` installs packages with `zypper` and does not run `zypper clean` (or `zypper cc`, or `rm -rf /var/cache/zypp`) afterwards, in a stage whose layers become the final image. A `--mount=type=cache` on `/var/cache/zypp` makes the cleanup unnecessary.'),
    rationale: t(
      'O zypper guarda metadados dos repositórios e pacotes em `/var/cache/zypp`. Se não forem apagados no mesmo `RUN`, ficam gravados na camada, e um `RUN` posterior não devolve o espaço.',
      'zypper keeps repository metadata and packages in `/var/cache/zypp`. Unless they are deleted in the same `RUN`, they stay in that layer, and a later `RUN` does not give the space back.'),
    howToFix: t('Termine o mesmo `RUN` com `&& zypper clean --all`.', 'End the same `RUN` with `&& zypper clean --all`.'),
  },
  messages: {
    'pt-BR': { default: '`zypper {action}` sem `zypper clean` depois, no mesmo `RUN`: o cache do zypper fica na imagem.' },
    en: { default: '`zypper {action}` without `zypper clean` after it in the same `RUN`: zypper\'s cache stays in the image.' },
  },
  examples: {
    bad: ['FROM opensuse/leap:15.6\nRUN zypper -n install curl-8.6.0\nUSER 10001\n'],
    good: [
      'FROM opensuse/leap:15.6\nRUN zypper -n install curl-8.6.0 && zypper clean --all\nUSER 10001\n',
      'FROM opensuse/leap:15.6\nRUN --mount=type=cache,target=/var/cache/zypp zypper -n install curl-8.6.0\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    const byRun = new Map<Run, ToolCommand[]>();
    for (const c of zypperCommands(model)) {
      let list = byRun.get(c.run);
      if (!list) byRun.set(c.run, (list = []));
      list.push(c);
    }
    for (const [run, list] of byRun) {
      const first = list[0]!;
      if (!inFinalImage(model, first.stage, run) || cacheMountHolds(run, '/var/cache/zypp')) continue;
      const byIndex = new Map(list.map((x) => [x.index, x]));
      let pending: ToolCommand | undefined;
      first.commands.forEach((c, k) => {
        const z = byIndex.get(k);
        if (z && FILLS_CACHE.has(z.action.value)) pending = pending ?? z;
        if ((z && (z.action.value === 'clean' || z.action.value === 'cc')) || (commandName(c) === 'rm' && c.args.some((a) => a.value.includes('/var/cache/zypp')))) pending = undefined;
      });
      if (pending) report({ ...actionRange(model, pending), instruction: run, data: { action: pending.action.value } });
    }
  },
});
