import { From } from 'dockerfile-ast';
import { defineRule, keywordRange, t } from '../define.ts';
import type { OffsetEdit } from '../types.ts';
import { asKeywordRange, casingOf, majorityCasing } from '../stages-helpers.ts';

export default defineRule({
  id: 'consistent-instruction-casing',
  severity: 'warning',
  instructions: ['*'],
  refs: { buildkit: ['ConsistentInstructionCasing'] },
  docs: {
    title: t('Instruções com caixas misturadas', 'Inconsistent instruction casing'),
    description: t(
      'Uma instrução está em caixa diferente da maioria do arquivo (`run` num Dockerfile em maiúsculas), ou mistura maiúsculas e minúsculas (`From`). Um arquivo todo em minúsculas está certo; empate conta como maiúsculas.',
      'An instruction is cased differently from most of the file (`run` in an uppercase Dockerfile), or mixes cases (`From`). An all-lowercase file is fine; a tie counts as uppercase.'),
    rationale: t(
      'O Docker aceita qualquer caixa, mas misturar deixa o arquivo difícil de ler e de buscar (`grep RUN` não acha `run`). O BuildKit avisa disso em todo build.',
      'Docker accepts any casing, but mixing them makes the file hard to read and search (`grep RUN` does not find `run`). BuildKit warns about it on every build.'),
    howToFix: t(
      'Escreva todas as instruções na mesma caixa, de preferência maiúsculas. A correção automática reescreve a palavra-chave na caixa da maioria.',
      'Write every instruction in the same casing, preferably uppercase. The automatic fix rewrites the keyword in the majority casing.'),
  },
  messages: {
    'pt-BR': {
      upper: '`{keyword}` deveria estar em maiúsculas, como o resto do arquivo: `{expected}`.',
      lower: '`{keyword}` deveria estar em minúsculas, como o resto do arquivo: `{expected}`.',
    },
    en: {
      upper: '`{keyword}` should be uppercase, like the rest of the file: `{expected}`.',
      lower: '`{keyword}` should be lowercase, like the rest of the file: `{expected}`.',
    },
  },
  fixTitles: { 'pt-BR': { default: 'Trocar por {expected}' }, en: { default: 'Change to {expected}' } },
  examples: {
    bad: ['FROM alpine:3.22\nrun echo ok > /ok\nUSER 10001\n', 'From alpine:3.22\nUSER 10001\n'],
    good: ['FROM alpine:3.22\nRUN echo ok > /ok\nUSER 10001\n', 'from alpine:3.22\nrun echo ok > /ok\nuser 10001\n'],
  },
  check({ model, report }) {
    const target = majorityCasing(model);
    for (const ins of model.instructions) {
      const keyword = ins.getInstruction();
      if (casingOf(keyword) === target) continue;
      const expected = target === 'lower' ? keyword.toLowerCase() : keyword.toUpperCase();
      const [start, end] = keywordRange(model, ins);
      // Only a keyword written plainly (no line continuation inside it) is rewritten.
      const plain = model.text.slice(start, end) === keyword;
      const edits: OffsetEdit[] = [{ start, end, text: expected }];
      // Keep `AS` in step with `FROM`, or the fix would raise from-as-casing.
      if (ins instanceof From) {
        const as = asKeywordRange(model, ins);
        const asText = as ? model.text.slice(as[0], as[1]) : '';
        if (as && casingOf(asText) !== target) edits.push({ start: as[0], end: as[1], text: target === 'lower' ? 'as' : 'AS' });
      }
      report({ start, end, instruction: ins, messageId: target, data: { keyword, expected }, fix: plain ? { edits } : undefined });
    }
  },
});
