import { Add, Arg, Copy, Env, Label, Run, type Instruction } from 'dockerfile-ast';
import { argDeclarations } from '../arg-decls.ts';
import { argumentsRange, defineRule, spanOf, t } from '../define.ts';
import { imageEnv } from '../image-env.ts';
import type { Model, Stage } from '../model.ts';
import { fromVars } from '../stages-helpers.ts';
import { suggest } from '../suggest.ts';
import type { Report } from '../types.ts';
import { variableRefs, type VarRef } from '../var-refs.ts';
import { PREDEFINED_PLATFORM_ARGS } from '../vars.ts';

/** What a stage can read: its names, and whether they are all of them (the base image's env is known). */
interface Scope {
  names: Set<string>;
  /** The names ARG/ENV instructions of the Dockerfile define (not the image's): typo candidates when the image is unknown. */
  declared: Set<string>;
  complete: boolean;
}

type Span = { start: number; end: number };

/**
 * The words BuildKit expands with the stage's environment, and so checks for UndefinedVar
 * (instructions/commands.go, the `Expand` methods; RUN, CMD and ENTRYPOINT bodies are left to the shell).
 */
function expandedWords(model: Model, ins: Instruction): Span[] {
  if (ins instanceof Arg) return argDeclarations(ins, model.offsets, (p) => model.lines.offsetAt(p)).flatMap((d) => (d.valueSpan ? [d.valueSpan] : []));
  if (ins instanceof Env || ins instanceof Label) {
    return ins.getProperties().map((p) => p.getValueRange()).filter((r) => r !== null).map((r) => spanOf(model, r));
  }
  if (ins instanceof Copy || ins instanceof Add) {
    const flags = ins.getFlags().filter((f) => ['chown', 'chmod', 'checksum'].includes(f.getName())).map((f) => f.getValueRange()).filter((r) => r !== null);
    return [...flags.map((r) => spanOf(model, r)), ...ins.getArguments().map((a) => { const [start, end] = model.offsets(a); return { start, end }; })];
  }
  if (ins instanceof Run) {
    return ins.getFlags().filter((f) => f.getName() === 'mount').map((f) => f.getValueRange()).filter((r) => r !== null).map((r) => spanOf(model, r));
  }
  if (['WORKDIR', 'USER', 'VOLUME', 'STOPSIGNAL'].includes(ins.getKeyword())) {
    const [start, end] = argumentsRange(model, ins);
    return [{ start, end }];
  }
  return [];
}

export default defineRule({
  id: 'undefined-var',
  severity: 'warning',
  instructions: ['ENV', 'ARG', 'LABEL', 'COPY', 'ADD', 'WORKDIR', 'USER', 'VOLUME', 'STOPSIGNAL', 'RUN'],
  refs: { buildkit: ['UndefinedVar'] },
  docs: {
    title: t('Variável usada sem ter sido definida', 'Variable used before it is defined'),
    description: t(
      'Uma instrução que o próprio Docker expande (`ENV`, `ARG`, `LABEL`, `COPY`, `ADD`, `WORKDIR`, `USER`, `VOLUME`, `STOPSIGNAL`, `RUN --mount`) lê `$NOME` que nenhum `ARG` ou `ENV` anterior do estágio define. Como o BuildKit, sugere o nome definido mais parecido. Só avisa quando o ambiente da imagem base é conhecido (`scratch`, `alpine`, `debian`, `ubuntu`, `python`, distroless) ou quando há um nome parecido: uma imagem desconhecida pode definir a variável. O corpo de `RUN`, `CMD` e `ENTRYPOINT` é do shell e não é verificado.',
      'An instruction Docker itself expands (`ENV`, `ARG`, `LABEL`, `COPY`, `ADD`, `WORKDIR`, `USER`, `VOLUME`, `STOPSIGNAL`, `RUN --mount`) reads `$NAME` that no earlier `ARG` or `ENV` of the stage defines. Like BuildKit, it suggests the closest defined name. It only warns when the base image\'s environment is known (`scratch`, `alpine`, `debian`, `ubuntu`, `python`, distroless) or a close name exists: an unknown image may define the variable. The body of `RUN`, `CMD` and `ENTRYPOINT` belongs to the shell and is not checked.'),
    rationale: t(
      'Uma variável indefinida vira texto vazio sem erro: `COPY app-$VERISON.jar /app/` copia outro arquivo, `WORKDIR $APP_HOME` vira `/`. O caso clássico é o `ARG` declarado antes do primeiro `FROM`: ele só vale para o `FROM`, e dentro do estágio precisa ser repetido (`ARG NOME`).',
      'An undefined variable becomes empty text without an error: `COPY app-$VERISON.jar /app/` copies another file, `WORKDIR $APP_HOME` becomes `/`. The classic case is an `ARG` declared before the first `FROM`: it only counts for `FROM`, and inside the stage it must be repeated (`ARG NAME`).'),
    howToFix: t(
      'Corrija o nome, declare `ARG NOME` (ou `ENV NOME=valor`) antes do uso no mesmo estágio, ou repita no estágio o `ARG` global.',
      'Fix the name, declare `ARG NAME` (or `ENV NAME=value`) before the use in the same stage, or repeat the global `ARG` inside the stage.'),
  },
  messages: {
    'pt-BR': {
      default: '`${name}` não foi definida antes deste uso: vira texto vazio.',
      suggest: '`${name}` não foi definida antes deste uso (você quis dizer `${suggestion}`?).',
      global: '`${name}` foi declarada antes do primeiro `FROM`, e isso só vale para o `FROM`: repita `ARG {name}` dentro do estágio.',
      platform: '`${name}` é predefinida pelo BuildKit, mas o estágio só a enxerga depois de `ARG {name}`.',
    },
    en: {
      default: '`${name}` is not defined before this use: it becomes empty text.',
      suggest: '`${name}` is not defined before this use (did you mean `${suggestion}`?).',
      global: '`${name}` is declared before the first `FROM`, which only `FROM` can see: repeat `ARG {name}` inside the stage.',
      platform: '`${name}` is predefined by BuildKit, but a stage only sees it after `ARG {name}`.',
    },
  },
  examples: {
    bad: ['FROM alpine:3.22\nARG VERSION=1.0\nWORKDIR /app\nCOPY app-$VERISON.tar.gz ./\nUSER 10001\n'],
    good: [
      'FROM alpine:3.22\nARG VERSION=1.0\nWORKDIR /app\nCOPY app-$VERSION.tar.gz ./\nUSER 10001\n',
      'FROM python:3.13-slim\nLABEL python.version=$PYTHON_VERSION\nUSER 10001\n',
      'ARG APP_HOME=/app\nFROM alpine:3.22\nARG APP_HOME\nWORKDIR $APP_HOME\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    const global = fromVars(model).declared;
    const scopes = new Map<Stage, Scope>();
    for (const stage of model.stages) {
      const parent = stage.parent ? scopes.get(stage.parent) : undefined;
      const env = parent ? undefined : imageEnv(stage.facts.family);
      const scope: Scope = parent ? { names: new Set(parent.names), declared: new Set(parent.declared), complete: parent.complete }
        : { names: new Set(env ?? []), declared: new Set(), complete: env !== undefined };
      scope.names.add('PATH');
      for (const ins of stage.body) {
        // A name the same ENV defines is env-self-reference's finding (the value sees the old one).
        const seen = new Set<string>(ins instanceof Env ? ins.getProperties().map((p) => p.getName()) : []);
        const refs: VarRef[] = expandedWords(model, ins).flatMap((w) => variableRefs(model.text.slice(w.start, w.end), w.start, model.escape));
        for (const ref of refs) {
          if (scope.names.has(ref.name) || seen.has(ref.name)) continue;
          seen.add(ref.name);
          const r = finding(ref, scope, global);
          if (r) report({ ...r, instruction: ins });
        }
        // ARG and ENV define their names after their values are expanded (with the old environment).
        const defined = ins instanceof Arg ? argDeclarations(ins, model.offsets, (p) => model.lines.offsetAt(p)).map((d) => d.name)
          : ins instanceof Env ? ins.getProperties().map((p) => p.getName()) : [];
        for (const name of defined.filter(Boolean)) {
          scope.names.add(name);
          scope.declared.add(name);
        }
      }
      scopes.set(stage, scope);
    }
  },
});

function finding(ref: VarRef, scope: Scope, global: Set<string>): Report | undefined {
  const data = { name: ref.name, suggestion: '' };
  if (PREDEFINED_PLATFORM_ARGS.includes(ref.name)) return { start: ref.start, end: ref.end, messageId: 'platform', data };
  // With an unknown base image, `$GOPATH` may well be the image's own: only a near miss of a name
  // the Dockerfile itself defines is a likely typo.
  const suggestion = suggest(ref.name, scope.complete ? scope.names : scope.declared);
  if (suggestion) return { start: ref.start, end: ref.end, messageId: 'suggest', data: { ...data, suggestion } };
  if (!scope.complete) return undefined;
  return { start: ref.start, end: ref.end, messageId: global.has(ref.name) ? 'global' : 'default', data };
}
