import { Arg, Env } from 'dockerfile-ast';
import { defineRule, t } from '../define.ts';
import type { Model, Stage } from '../model.ts';

interface Reference {
  name: string;
  start: number;
  end: number;
}

/**
 * The `$name` / `${name…}` references in `text[start, end)`, skipping escaped dollars and
 * single-quoted text, as Docker's word processing does.
 */
function references(model: Model, start: number, end: number): Reference[] {
  const { text, escape } = model;
  const out: Reference[] = [];
  let single = false;
  let double = false;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (single) {
      if (ch === "'") single = false;
      continue;
    }
    if (ch === escape) {
      i++;
      continue;
    }
    if (ch === "'" && !double) single = true;
    else if (ch === '"') double = !double;
    else if (ch === '$') {
      if (text[i + 1] === '{') {
        const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 2, Math.min(end, i + 260)));
        if (!m) continue;
        let stop = i + 2 + m[0].length;
        for (let k = stop; k < end; k++) {
          if (text[k] === '}') {
            stop = k + 1;
            break;
          }
        }
        out.push({ name: m[0], start: i, end: stop });
        i = stop - 1;
      } else {
        const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1, Math.min(end, i + 257)));
        if (!m) continue;
        out.push({ name: m[0], start: i, end: i + 1 + m[0].length });
        i += m[0].length;
      }
    }
  }
  return out;
}

/** Names declared by ARG/ENV so far in a stage, linked to what its parent stage declared. */
interface Scope {
  names: Set<string>;
  parent?: Scope;
}

function declared(scope: Scope | undefined, name: string): boolean {
  for (let s = scope; s; s = s.parent) if (s.names.has(name)) return true;
  return false;
}

export default defineRule({
  id: 'env-self-reference',
  // It builds: the value is only not what it looks like.
  severity: 'warning',
  instructions: ['ENV'],
  refs: { hadolint: ['DL3044'] },
  docs: {
    title: t('ENV usa variável definida no mesmo ENV', 'ENV uses a variable set in the same ENV'),
    description: t(
      'Um `ENV` com várias variáveis usa, num valor, uma variável definida antes na mesma instrução (`ENV APP_HOME=/app APP_BIN=$APP_HOME/bin`), quando ela não foi declarada antes por `ARG` ou `ENV`. `ENV PATH=/opt/bin:$PATH` é o uso normal e não conta.',
      'An `ENV` with several variables uses, in one value, a variable set earlier in the same instruction (`ENV APP_HOME=/app APP_BIN=$APP_HOME/bin`), when no earlier `ARG` or `ENV` declared it. `ENV PATH=/opt/bin:$PATH` is ordinary use and does not count.'),
    rationale: t(
      'O build funciona, mas o Docker substitui todas as variáveis de um `ENV` com os valores de antes da instrução. Em `ENV APP_HOME=/app APP_BIN=$APP_HOME/bin`, `APP_BIN` vira `/bin`, não `/app/bin`: o programa não é encontrado, ou pior, um binário do sistema com o mesmo nome roda no lugar.',
      'The file builds, but Docker substitutes every variable in an `ENV` with the values from before the instruction. In `ENV APP_HOME=/app APP_BIN=$APP_HOME/bin`, `APP_BIN` becomes `/bin`, not `/app/bin`: the program is not found or, worse, a system binary with the same name runs instead.'),
    howToFix: t('Separe em dois `ENV`: primeiro `ENV APP_HOME=/app`, depois `ENV APP_BIN=$APP_HOME/bin`.', 'Split it into two `ENV`s: first `ENV APP_HOME=/app`, then `ENV APP_BIN=$APP_HOME/bin`.'),
  },
  messages: {
    'pt-BR': { default: '`{ref}` vale o que `{name}` tinha antes deste `ENV` (vazio, a menos que a imagem base a defina), não `{value}`: o Docker expande todos os valores de um `ENV` antes de definir qualquer um. Se a intenção era `{value}`, defina `{name}` num `ENV` anterior.' },
    en: { default: '`{ref}` is the value `{name}` had before this `ENV` (empty unless the base image sets it), not `{value}`: Docker expands every value of one `ENV` before setting any. If you meant `{value}`, set `{name}` in an earlier `ENV`.' },
  },
  examples: {
    bad: ['FROM alpine:3.22\nENV APP_HOME=/app APP_BIN=$APP_HOME/bin\nUSER 10001\n'],
    good: [
      'FROM alpine:3.22\nENV APP_HOME=/app\nENV APP_BIN=$APP_HOME/bin\nUSER 10001\n',
      'FROM alpine:3.22\nENV PATH=/opt/app/bin:$PATH LANG=C.UTF-8\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    const scopes = new Map<Stage, Scope>();
    for (const stage of model.stages) {
      const scope: Scope = { names: new Set(), parent: stage.parent ? scopes.get(stage.parent) : undefined };
      scopes.set(stage, scope);
      for (const ins of stage.body) {
        if (ins instanceof Arg) for (const p of ins.getProperties()) scope.names.add(p.getName());
        if (!(ins instanceof Env)) continue;
        const props = ins.getProperties();
        const setHere = new Map<string, string>();
        for (const p of props) {
          const vr = p.getValueRange();
          if (vr && setHere.size > 0) {
            for (const ref of references(model, model.lines.offsetAt(vr.start), model.lines.offsetAt(vr.end))) {
              if (!setHere.has(ref.name) || declared(scope, ref.name)) continue;
              report({ start: ref.start, end: ref.end, instruction: ins, data: { ref: model.text.slice(ref.start, ref.end), name: ref.name, value: setHere.get(ref.name) ?? '' } });
            }
          }
          setHere.set(p.getName(), p.getValue() ?? '');
        }
        for (const name of setHere.keys()) scope.names.add(name);
      }
    }
  },
});
