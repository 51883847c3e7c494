import { defineRule, argumentsRange, t } from '../define.ts';
import { chainHas } from '../model.ts';


/** Words that can move to exec form unchanged: no quoting, expansion or operators. */
const SIMPLE = /^[^$|&;<>()`*?~{}#'"\\[\]]+$/;

export default defineRule({
  id: 'json-args-recommended',
  severity: 'warning',
  instructions: ['CMD', 'ENTRYPOINT'],
  refs: { hadolint: ['DL3025'], buildkit: ['JSONArgsRecommended'] },
  docs: {
    title: t('CMD/ENTRYPOINT na forma shell', 'CMD/ENTRYPOINT in shell form'),
    description: t(
      '`CMD` ou `ENTRYPOINT` escritos na forma shell (`CMD gunicorn main:app`) em vez da forma exec (`CMD ["gunicorn", "main:app"]`). Não vale quando o estágio define `SHELL`.',
      '`CMD` or `ENTRYPOINT` written in shell form (`CMD gunicorn main:app`) instead of exec form (`CMD ["gunicorn", "main:app"]`). Not raised when the stage sets `SHELL`.'),
    rationale: t(
      'Na forma shell o Docker roda `/bin/sh -c "…"`. Com o `dash`, o `/bin/sh` do Debian e do Ubuntu, o PID 1 passa a ser o shell, que não repassa o SIGTERM (o bash e o `ash` do Alpine se substituem pelo último comando, mas não dentro de um pipe). No `docker stop` ou numa atualização gradual (rolling update), a aplicação não fica sabendo que deve parar, e depois de 10 segundos leva SIGKILL: conexões cortadas no meio. Veja a página do STOPSIGNAL.',
      'In shell form Docker runs `/bin/sh -c "…"`. With `dash`, the `/bin/sh` of Debian and Ubuntu, PID 1 is the shell, which does not forward SIGTERM (bash and Alpine\'s `ash` replace themselves with the last command, but not inside a pipe). On `docker stop` (or a rolling update) the app never hears it should stop and gets SIGKILL after 10 seconds: connections cut mid-request. See the STOPSIGNAL page.'),
    howToFix: t(
      'Escreva a lista JSON com aspas duplas. A correção automática faz isso quando o comando não usa recursos de shell (variáveis, pipes, `&&`); nesses casos, use um script com `exec` no final.',
      'Write the JSON list with double quotes. The automatic fix does it when the command uses no shell features (variables, pipes, `&&`); otherwise use a script that ends with `exec`.'),
  },
  messages: {
    'pt-BR': { default: '`{keyword}` na forma shell: o shell vira PID 1 e não repassa o SIGTERM. Use a forma exec (JSON).' },
    en: { default: '`{keyword}` in shell form: the shell becomes PID 1 and does not forward SIGTERM. Use exec (JSON) form.' },
  },
  fixTitles: { 'pt-BR': { default: 'Converter para a forma exec' }, en: { default: 'Convert to exec form' } },
  examples: {
    bad: ['FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nUSER 10001\nCMD gunicorn --bind 0.0.0.0:8000 main:app\n'],
    good: [
      'FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nUSER 10001\nCMD ["gunicorn", "--bind", "0.0.0.0:8000", "main:app"]\n',
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nUSER ContainerUser\nCMD Write-Host hello\n',
    ],
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      if (chainHas(stage, 'SHELL')) continue;
      for (const ins of stage.body) {
        const keyword = ins.getKeyword();
        if (keyword !== 'CMD' && keyword !== 'ENTRYPOINT') continue;
        const args = ins.getArguments();
        if (args.length === 0) continue;
        const [start, end] = argumentsRange(model, ins);
        if (model.text[start] === '[') continue;
        const words = args.map((a) => a.getValue());
        const simple = words.every((w) => SIMPLE.test(w)) && !model.text.slice(start, end).includes('\n');
        report({
          start, end, instruction: ins, data: { keyword },
          fix: simple ? { edits: [{ start, end, text: `[${words.map((w) => JSON.stringify(w)).join(', ')}]` }] } : undefined,
        });
      }
    }
  },
});
