import { defineRule, spanOf, t } from '../define.ts';
import type { OffsetEdit } from '../types.ts';
import { STAGE_NAME, stageReferences } from '../stages-helpers.ts';

export default defineRule({
  id: 'stage-name-casing',
  severity: 'warning',
  instructions: ['FROM'],
  refs: { buildkit: ['StageNameCasing'] },
  docs: {
    title: t('Nome de estágio com maiúsculas', 'Stage name with capital letters'),
    description: t(
      'O nome depois de `AS` tem letras maiúsculas (`FROM golang:1.25 AS Build`).',
      'The name after `AS` has capital letters (`FROM golang:1.25 AS Build`).'),
    rationale: t(
      'O BuildKit passa os nomes de estágio para minúsculas, então `Build`, `build` e `BUILD` são o mesmo estágio. Escrever de jeitos diferentes confunde quem procura as referências (e o `--target` da linha de comando), e o builder antigo do Docker nem aceita maiúsculas.',
      'BuildKit lowercases stage names, so `Build`, `build` and `BUILD` are the same stage. Writing them differently confuses whoever searches for references (and the command line\'s `--target`), and Docker\'s legacy builder does not accept capitals at all.'),
    howToFix: t(
      'Escreva o nome em minúsculas. A correção automática muda o nome e todas as referências a ele (`FROM <nome>`, `--from=<nome>`).',
      'Write the name in lowercase. The automatic fix changes the name and every reference to it (`FROM <name>`, `--from=<name>`).'),
  },
  messages: {
    'pt-BR': { default: 'O nome de estágio `{name}` deve ser escrito em minúsculas: `{lower}`.' },
    en: { default: 'Stage name `{name}` should be lowercase: `{lower}`.' },
  },
  fixTitles: { 'pt-BR': { default: 'Trocar por {lower} (e as referências)' }, en: { default: 'Change to {lower} (and its references)' } },
  examples: {
    bad: ['FROM golang:1.25 AS Build\nWORKDIR /src\nRUN go version > /version\nFROM alpine:3.22\nCOPY --from=Build /version /version\nUSER 10001\n'],
    good: ['FROM golang:1.25 AS build\nWORKDIR /src\nRUN go version > /version\nFROM alpine:3.22\nCOPY --from=build /version /version\nUSER 10001\n'],
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const written = stage.from.getBuildStage();
      const range = stage.from.getBuildStageRange();
      if (!written || !range || written === written.toLowerCase()) continue;
      const lower = written.toLowerCase();
      // A name lowercase would not make valid is syntax-invalid-stage-name's (an error) alone.
      if (!STAGE_NAME.test(lower)) continue;
      const start = model.lines.offsetAt(range.start);
      const end = model.lines.offsetAt(range.end);
      const edits: OffsetEdit[] = [{ start, end, text: lower }];
      // `FROM <name>` only resolves to earlier stages.
      for (const later of model.stages.slice(stage.index + 1)) {
        const image = later.from.getImage();
        const r = later.from.getImageRange();
        if (image && r && image !== lower && image.toLowerCase() === lower) {
          edits.push({ ...spanOf(model, r), text: lower });
        }
      }
      for (const ref of stageReferences(model)) {
        if (ref.value !== lower && ref.value.toLowerCase() === lower) edits.push({ start: ref.start, end: ref.end, text: lower });
      }
      report({ start, end, instruction: stage.from, data: { name: written, lower }, fix: { edits } });
    }
  },
});
