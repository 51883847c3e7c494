/** Packages the final image installs with apt-get. */
import { aptAction } from '../apt.ts';
import { stageChain } from '../model.ts';
import { APT_VALUED, unwrap } from '../run-helpers.ts';
import { defineCheck, instructionPage, t } from './define.ts';

export const aptInstalls = defineCheck<'apt-installs'>({
  kind: 'apt-installs',
  label: (s) => t(`O \`apt-get install\` instala ${s.packages.map((p) => `\`${p}\``).join(', ')}`, `\`apt-get install\` installs ${s.packages.map((p) => `\`${p}\``).join(', ')}`),
  page: () => instructionPage('run'),
  evaluate({ model }, s) {
    const final = model.finalStage;
    const stages = new Set(final ? stageChain(final) : []);
    const installed = new Set<string>();
    for (const { run, stage } of model.runs) {
      if (!stage || !stages.has(stage)) continue;
      for (const raw of model.script(run).commands) {
        const c = unwrap(raw);
        const action = aptAction(c);
        if (action?.action !== 'install') continue;
        for (let i = action.index + 1; i < c.args.length; i++) {
          const v = c.args[i]!.value;
          if (APT_VALUED.has(v)) i++;
          else if (!v.startsWith('-')) installed.add(v.split('=')[0]!);
        }
      }
    }
    const missing = s.packages.filter((p) => !installed.has(p));
    if (missing.length === 0) return true;
    return t(`Falta instalar: ${missing.map((p) => `\`${p}\``).join(', ')}.`, `Not installed yet: ${missing.map((p) => `\`${p}\``).join(', ')}.`);
  },
});
