/** A HEALTHCHECK with a command in the final image, probing often enough. */
import { Healthcheck } from 'dockerfile-ast';
import { chainBody } from '../model.ts';
import { defineCheck, instructionPage, t } from './define.ts';

const UNITS: Record<string, number> = { ns: 1e-9, us: 1e-6, 'µs': 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };

/** Seconds in a Go duration such as `30s`, `1m30s`, `500ms`; undefined when it is not one. */
export function parseDuration(text: string): number | undefined {
  const re = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/gy;
  let total = 0;
  let pos = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    total += Number(m[1]) * UNITS[m[2]!]!;
    pos = re.lastIndex;
  }
  return pos > 0 && pos === text.length ? total : undefined;
}

/** Docker's default interval between health probes. */
const DEFAULT_INTERVAL = 30;

export const healthcheck = defineCheck<'healthcheck'>({
  kind: 'healthcheck',
  label: (s) => s.maxInterval
    ? t(`Há um \`HEALTHCHECK\` com intervalo de no máximo ${s.maxInterval}`, `There is a \`HEALTHCHECK\` with an interval of at most ${s.maxInterval}`)
    : t('Há um `HEALTHCHECK` na imagem final', 'There is a `HEALTHCHECK` in the final image'),
  page: () => instructionPage('healthcheck'),
  evaluate({ model }, s) {
    const final = model.finalStage;
    const hc = final ? chainBody(final).filter((i): i is Healthcheck => i instanceof Healthcheck).at(-1) : undefined;
    if (!hc) return t('Falta um `HEALTHCHECK` no estágio final.', 'A `HEALTHCHECK` is missing from the final stage.');
    const sub = hc.getSubcommand()?.getValue().toUpperCase();
    if (sub !== 'CMD') return t('O `HEALTHCHECK` precisa de `CMD` e de um comando de verificação (o `NONE` desliga a verificação).', 'The `HEALTHCHECK` needs `CMD` and a probe command (`NONE` turns the check off).');
    if (!s.maxInterval) return true;
    const limit = parseDuration(s.maxInterval) ?? DEFAULT_INTERVAL;
    const flag = hc.getFlags().find((f) => f.getName() === 'interval');
    const written = flag?.getValue() ?? undefined;
    const interval = written === undefined ? DEFAULT_INTERVAL : parseDuration(written);
    if (interval === undefined) return t(`O \`--interval=${written}\` não é uma duração válida (use, por exemplo, \`30s\`).`, `\`--interval=${written}\` is not a valid duration (use, e.g., \`30s\`).`);
    if (interval > limit) {
      return t(
        `O intervalo é ${written ?? '30s (o padrão)'}: diminua para no máximo ${s.maxInterval} com \`--interval\`.`,
        `The interval is ${written ?? '30s (the default)'}: bring it down to at most ${s.maxInterval} with \`--interval\`.`,
      );
    }
    return true;
  },
});
