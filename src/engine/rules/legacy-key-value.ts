import { Env, Label } from 'dockerfile-ast';
import { defineRule, t } from '../define.ts';

export default defineRule({
  id: 'legacy-key-value',
  severity: 'warning',
  instructions: ['ENV', 'LABEL'],
  refs: { buildkit: ['LegacyKeyValueFormat'] },
  docs: {
    title: t('`ENV chave valor` no formato antigo', 'Legacy `ENV key value` format'),
    description: t('`ENV` ou `LABEL` separa chave e valor com espaço em vez de `=`.', '`ENV` or `LABEL` separates key and value with a space instead of `=`.'),
    rationale: t(
      'No formato antigo, tudo depois do primeiro espaço vira o valor de uma única chave: `ENV A 1 B 2` define `A` como `1 B 2`. É fácil de ler errado, e a documentação do Docker diz que o formato pode ser removido.',
      'In the legacy format everything after the first space is one value: `ENV A 1 B 2` sets `A` to `1 B 2`. It is easy to misread, and Docker documents it as subject to removal.'),
    howToFix: t('Escreva `ENV chave=valor`, com aspas se o valor tiver espaços. A correção automática faz isso.', 'Write `ENV key=value`, quoting values with spaces. The automatic fix does it.'),
  },
  messages: {
    'pt-BR': { default: 'Use `{keyword} {name}=…` em vez de separar chave e valor com espaço.' },
    en: { default: 'Use `{keyword} {name}=…` instead of separating key and value with a space.' },
  },
  fixTitles: { 'pt-BR': { default: 'Trocar por {name}=valor' }, en: { default: 'Change to {name}=value' } },
  examples: {
    bad: ['FROM alpine:3.22\nENV APP_HOME /app\nUSER 10001\n', 'FROM alpine:3.22\nLABEL maintainer "Ana"\nUSER 10001\n'],
    good: ['FROM alpine:3.22\nENV APP_HOME=/app\nUSER 10001\n', 'FROM alpine:3.22\nENV A=1 B="dois três"\nUSER 10001\n'],
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (!(ins instanceof Env || ins instanceof Label)) continue;
      for (const p of ins.getProperties()) {
        if (p.getAssignmentOperator() !== null || p.getValue() === null || p.getValueRange() === null) continue;
        const nameRange = p.getNameRange();
        const valueRange = p.getValueRange();
        const [start, end] = model.offsets(p);
        const fix = valueRange && !model.text.slice(start, end).includes('\n')
          ? (() => {
              const vStart = model.lines.offsetAt(valueRange.start);
              const vEnd = model.lines.offsetAt(valueRange.end);
              const raw = model.text.slice(vStart, vEnd);
              const value = /^(["']).*\1$/.test(raw) || !/\s/.test(raw) ? raw : JSON.stringify(raw);
              return { edits: [{ start: model.lines.offsetAt(nameRange.end), end: vEnd, text: `=${value}` }] };
            })()
          : undefined;
        report({ start, end, instruction: ins, data: { keyword: ins.getKeyword(), name: p.getName() }, fix });
      }
    }
  },
});
