/** The start command: ENTRYPOINT (or CMD without one) in exec form, running the expected program. */
import type { Instruction } from 'dockerfile-ast';
import { execForm } from '../define.ts';
import { chainBody, type Model, type Stage } from '../model.ts';
import { defineCheck, instructionPage, t } from './define.ts';

export interface StartCommand {
  instruction: Instruction;
  keyword: 'CMD' | 'ENTRYPOINT';
  /** The exec-form words, or null in shell form. */
  words: string[] | null;
}

/** What the container runs: the last ENTRYPOINT of the stage (and the stages it builds on), else the last CMD. */
export function startCommand(model: Model, stage: Stage): StartCommand | undefined {
  const body = chainBody(stage);
  const last = (kw: string) => body.filter((i) => i.getKeyword() === kw).at(-1);
  const instruction = last('ENTRYPOINT') ?? last('CMD');
  if (!instruction) return undefined;
  const words = execForm(model, instruction)?.map((w) => w.value) ?? null;
  return { instruction, keyword: instruction.getKeyword() as 'CMD' | 'ENTRYPOINT', words };
}

const programName = (word: string) => word.slice(word.lastIndexOf('/') + 1);

export const execStart = defineCheck<'exec-start'>({
  kind: 'exec-start',
  label: (s) => {
    const via = s.via ?? 'CMD` / `ENTRYPOINT';
    return s.program
      ? t(`O \`${via}\` está na forma exec e inicia \`${s.program}\``, `\`${via}\` is in exec form and starts \`${s.program}\``)
      : t(`O \`${via}\` está na forma exec (lista JSON)`, `\`${via}\` is in exec form (a JSON list)`);
  },
  page: (s) => instructionPage(s.via === 'ENTRYPOINT' ? 'entrypoint' : 'cmd'),
  evaluate({ model }, s) {
    const final = model.finalStage;
    const start = final ? startCommand(model, final) : undefined;
    if (!start) return t('Falta o comando de início: nenhum `CMD` nem `ENTRYPOINT` no estágio final.', 'The start command is missing: no `CMD` or `ENTRYPOINT` in the final stage.');
    if (s.via && start.keyword !== s.via) {
      return t(`O comando de início vem de \`${start.keyword}\`; o exercício pede \`${s.via}\`.`, `The start command comes from \`${start.keyword}\`; the exercise asks for \`${s.via}\`.`);
    }
    if (!start.words) {
      return t(
        `O \`${start.keyword}\` está na forma shell: escreva como lista JSON, por exemplo \`["programa", "arg"]\`.`,
        `\`${start.keyword}\` is in shell form: write it as a JSON list, e.g. \`["program", "arg"]\`.`,
      );
    }
    const first = start.words[0];
    if (first === undefined || first === '') return t(`O \`${start.keyword}\` está vazio.`, `\`${start.keyword}\` is empty.`);
    if (s.program && programName(first) !== s.program) {
      return t(`O \`${start.keyword}\` inicia \`${first}\`, não \`${s.program}\`.`, `\`${start.keyword}\` starts \`${first}\`, not \`${s.program}\`.`);
    }
    return true;
  },
});
