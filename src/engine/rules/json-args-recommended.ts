import type { Instruction } from 'dockerfile-ast';
import { defineRule, argumentsRange, t } from '../define.ts';
import { chainHas, type Model } from '../model.ts';
import type { Refs } from '../types.ts';

/** Words that can move to exec form unchanged: no quoting, expansion or operators. */
const SIMPLE = /^[^$|&;<>()`*?~{}#'"\\[\]]+$/;

export default defineRule({
  id: 'json-args-recommended',
  severity: 'warning',
  instructions: ['CMD', 'ENTRYPOINT', 'RUN', 'HEALTHCHECK'],
  refs: { hadolint: ['DL3025'], buildkit: ['JSONArgsRecommended'] },
  docs: {
    title: t('CMD/ENTRYPOINT na forma shell', 'CMD/ENTRYPOINT in shell form'),
    description: t(
      '`CMD` ou `ENTRYPOINT` escritos na forma shell (`CMD gunicorn main:app`) em vez da forma exec (`CMD ["gunicorn", "main:app"]`). Não vale quando o estágio define `SHELL`. Também avisa quando uma forma exec de `CMD`, `ENTRYPOINT`, `RUN` ou `HEALTHCHECK CMD` não é JSON válido (falta o `]`, aspas simples, vírgula sobrando, elemento sem aspas): o Docker a roda, sem avisar, como forma shell.',
      '`CMD` or `ENTRYPOINT` written in shell form (`CMD gunicorn main:app`) instead of exec form (`CMD ["gunicorn", "main:app"]`). Not raised when the stage sets `SHELL`. It also warns when an exec form of `CMD`, `ENTRYPOINT`, `RUN` or `HEALTHCHECK CMD` is not valid JSON (a missing `]`, single quotes, a trailing comma, an unquoted element): Docker silently runs it as shell form.'),
    rationale: t(
      'Na forma shell o Docker roda `/bin/sh -c "…"`. Com o `dash`, o `/bin/sh` do Debian e do Ubuntu, o PID 1 passa a ser o shell, que não repassa o SIGTERM (o bash e o `ash` do Alpine se substituem pelo último comando, mas não dentro de um pipe). No `docker stop` ou numa atualização gradual (rolling update), a aplicação não fica sabendo que deve parar, e depois de 10 segundos leva SIGKILL: conexões cortadas no meio. Veja a página do STOPSIGNAL.',
      'In shell form Docker runs `/bin/sh -c "…"`. With `dash`, the `/bin/sh` of Debian and Ubuntu, PID 1 is the shell, which does not forward SIGTERM (bash and Alpine\'s `ash` replace themselves with the last command, but not inside a pipe). On `docker stop` (or a rolling update) the app never hears it should stop and gets SIGKILL after 10 seconds: connections cut mid-request. See the STOPSIGNAL page.'),
    howToFix: t(
      'Escreva a lista JSON com aspas duplas. A correção automática faz isso quando o comando não usa recursos de shell (variáveis, pipes, `&&`); nesses casos, use um script com `exec` no final.',
      'Write the JSON list with double quotes. The automatic fix does it when the command uses no shell features (variables, pipes, `&&`); otherwise use a script that ends with `exec`.'),
  },
  messages: {
    'pt-BR': {
      default: '`{keyword}` na forma shell: o shell vira PID 1 e não repassa o SIGTERM. Use a forma exec (JSON).',
      missingBracket: 'Esta forma exec de `{keyword}` não é JSON válido (falta o `]` do fim): o Docker entrega `{json}` ao shell como linha de comando (forma shell), e o comando falha.',
      trailingComma: 'Esta forma exec de `{keyword}` não é JSON válido (vírgula antes do `]`): o Docker entrega `{json}` ao shell como linha de comando (forma shell), e o comando falha.',
      singleQuotes: 'Esta forma exec de `{keyword}` não é JSON válido (JSON só aceita aspas duplas): o Docker a roda como forma shell e o comando falha.',
      unquoted: 'Esta forma exec de `{keyword}` não é JSON válido (`{element}` está sem aspas duplas): o Docker a roda como forma shell e o comando falha.',
      invalid: 'Esta forma exec de `{keyword}` não é JSON válido: o Docker entrega `{json}` ao shell como linha de comando (forma shell), e o comando falha.',
    },
    en: {
      default: '`{keyword}` in shell form: the shell becomes PID 1 and does not forward SIGTERM. Use exec (JSON) form.',
      missingBracket: 'This exec form of `{keyword}` is not valid JSON (the closing `]` is missing): Docker hands `{json}` to the shell as a command line (shell form), and the command fails.',
      trailingComma: 'This exec form of `{keyword}` is not valid JSON (a comma before `]`): Docker hands `{json}` to the shell as a command line (shell form), and the command fails.',
      singleQuotes: 'This exec form of `{keyword}` is not valid JSON (JSON takes only double quotes): Docker runs it as shell form and the command fails.',
      unquoted: 'This exec form of `{keyword}` is not valid JSON (`{element}` has no double quotes): Docker runs it as shell form and the command fails.',
      invalid: 'This exec form of `{keyword}` is not valid JSON: Docker hands `{json}` to the shell as a command line (shell form), and the command fails.',
    },
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
      const shell = chainHas(stage, 'SHELL');
      for (const ins of stage.body) {
        const keyword = ins.getKeyword();
        if (!JSON_KEYWORDS.has(keyword)) continue;
        const broken = brokenJson(model, ins);
        if (broken) {
          // BuildKit's JSONArgsRecommended and hadolint's DL3025 are about CMD and ENTRYPOINT only.
          const refs: Refs | undefined = keyword === 'RUN' || keyword === 'HEALTHCHECK' ? {} : undefined;
          report({ start: broken.at, end: broken.at + 1, instruction: ins, messageId: broken.problem, refs,
            data: { keyword: keyword === 'HEALTHCHECK' ? 'HEALTHCHECK CMD' : keyword, json: broken.json, element: broken.element ?? '' } });
          continue;
        }
        if (shell || (keyword !== 'CMD' && keyword !== 'ENTRYPOINT')) continue;
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

const JSON_KEYWORDS = new Set(['CMD', 'ENTRYPOINT', 'RUN', 'HEALTHCHECK']);

interface BrokenJson {
  /** Offset of the opening `[`. */
  at: number;
  problem: 'missingBracket' | 'trailingComma' | 'singleQuotes' | 'unquoted' | 'invalid';
  json: string;
  element?: string;
}

/**
 * An argument text that starts with `[` but is not a JSON array of strings: BuildKit's
 * parseMaybeJSON then falls back to shell form without a word (parser/line_parsers.go).
 * Lines joined by the escape character are read as one, as BuildKit does.
 */
function brokenJson(model: Model, ins: Instruction): BrokenJson | undefined {
  let [start, end] = argumentsRange(model, ins);
  let text = model.text.slice(start, end);
  if (ins.getKeyword() === 'HEALTHCHECK') {
    const m = /^((?:--\S+\s+)*)CMD\s+/i.exec(text);
    if (!m) return undefined;
    start += m[0].length;
    text = text.slice(m[0].length);
  }
  if (ins.getKeyword() === 'RUN') {
    const m = /^((?:--\S+\s+)*)/.exec(text)!;
    start += m[0].length;
    text = text.slice(m[0].length);
  }
  // `[` followed by a quoted word and a comma, or by a word with no space: meant as JSON. A shell
  // test (`RUN [ -f x ] && …`, `[ "$A" = b ]`) is a shell form that happens to start with `[`.
  if (!/^\[(["'\]]|\s*["'][^"']*["']\s*[,\]]|[^\s\]])/.test(text)) return undefined;
  const escape = model.escape === '`' ? '`' : '\\\\'; // as a RegExp source
  const joined = text.replace(new RegExp(`${escape}[ \\t]*\\r?\\n`, 'g'), '').trim();
  try {
    const value: unknown = JSON.parse(joined);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return undefined;
  } catch {
    // not JSON: diagnosed below
  }
  const json = joined.length > 60 ? `${joined.slice(0, 57)}...` : joined;
  // Single quotes that are the whole problem: json-single-quotes (an error) already reports it.
  if (/^\[\s*'/.test(joined)) {
    try {
      JSON.parse(joined.replace(/'/g, '"'));
      return undefined;
    } catch {
      return { at: start, problem: 'singleQuotes', json };
    }
  }
  if (!joined.endsWith(']')) return { at: start, problem: 'missingBracket', json };
  if (/,\s*\]$/.test(joined)) return { at: start, problem: 'trailingComma', json };
  const element = /[[,]\s*([^\s",\]][^,\]]*)/.exec(joined)?.[1]?.trim();
  if (element) return { at: start, problem: 'unquoted', json, element };
  return { at: start, problem: 'invalid', json };
}
