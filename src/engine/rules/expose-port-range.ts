import { defineRule, t } from '../define.ts';
import { exposeSpecs, subRange } from '../instructions-helpers.ts';

export default defineRule({
  id: 'expose-port-range',
  severity: 'error',
  instructions: ['EXPOSE'],
  refs: { hadolint: ['DL3011'] },
  docs: {
    title: t('Porta fora do intervalo em EXPOSE', 'EXPOSE port out of range'),
    description: t(
      'Uma porta (ou um limite de intervalo) de `EXPOSE` acima de 65535, como `EXPOSE 80800`, ou um intervalo invertido (`9000-8000`): o BuildKit recusa os dois. Portas com variável (`$PORT`) não são verificadas, e `EXPOSE 0`, que o BuildKit aceita, também não.',
      'An `EXPOSE` port (or range bound) above 65535, such as `EXPOSE 80800`, or a reversed range (`9000-8000`): BuildKit refuses both. Ports held in a variable (`$PORT`) are not checked, nor is `EXPOSE 0`, which BuildKit accepts.'),
    rationale: t(
      'Portas TCP e UDP têm 16 bits: 65535 é a maior que existe. O Docker recusa o build com `invalid containerPort`, mas o validador do dockerfile-utils deixa passar, então o erro só aparece no CI. Quase sempre é um dígito a mais (`80800` no lugar de `8080`).',
      'TCP and UDP ports are 16-bit: 65535 is the largest there is. Docker fails the build with `invalid containerPort`, but dockerfile-utils\' validator lets it through, so the error only shows up in CI. It is nearly always an extra digit (`80800` for `8080`).'),
    howToFix: t('Corrija o número para a porta em que a aplicação escuta, de 1 a 65535.', 'Correct the number to the port the app listens on, from 1 to 65535.'),
  },
  messages: {
    'pt-BR': {
      default: 'A porta `{port}` não existe: o BuildKit só aceita de 0 a 65535.',
      reversed: 'Intervalo invertido `{port}`: o início precisa ser menor ou igual ao fim.',
    },
    en: {
      default: 'Port `{port}` does not exist: BuildKit accepts 0 to 65535.',
      reversed: 'Reversed range `{port}`: the start must not be greater than the end.',
    },
  },
  examples: {
    bad: ['FROM alpine:3.22\nUSER 10001\nEXPOSE 80800\n'],
    good: ['FROM alpine:3.22\nUSER 10001\nEXPOSE 8080\n', 'FROM alpine:3.22\nUSER 10001\nEXPOSE 8000-8010/udp\n', 'FROM alpine:3.22\nARG PORT=8080\nUSER 10001\nEXPOSE $PORT\n'],
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.getKeyword() !== 'EXPOSE') continue;
      for (const spec of exposeSpecs(model, ins)) {
        const bad = new Set<number>();
        spec.numbers.forEach((n, k) => {
          const value = Number(n.text);
          // BuildKit (convert_expose.go) accepts 0–65535.
          if (value <= 65535) return;
          bad.add(k);
          const [start, end] = subRange(spec.word, n.at, n.at + n.text.length);
          report({ start, end, instruction: ins, data: { port: n.text } });
        });
        for (const [lo, hi] of spec.ranges) {
          if (bad.has(lo) || bad.has(hi)) continue;
          const a = spec.numbers[lo]!;
          const b = spec.numbers[hi]!;
          if (Number(a.text) <= Number(b.text)) continue;
          const [start, end] = subRange(spec.word, a.at, b.at + b.text.length);
          report({ start, end, instruction: ins, messageId: 'reversed', data: { port: `${a.text}-${b.text}` } });
        }
      }
    }
  },
});
