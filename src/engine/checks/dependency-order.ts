/**
 * Dependencies first: the manifest (requirements.txt, package.json…) is copied and the dependencies
 * installed before the rest of the source, so a code change does not redo the installation.
 */
import { Add, Copy, Run, type Instruction } from 'dockerfile-ast';
import { operands } from '../instructions-helpers.ts';
import { chainBody, type Model } from '../model.ts';
import { unwrap } from '../run-helpers.ts';
import { defineCheck, t } from './define.ts';
import { copyFrom } from './stages.ts';

const MANIFESTS = /(^|\/)(requirements[^/]*\.txt|pyproject\.toml|poetry\.lock|uv\.lock|Pipfile(\.lock)?|package(-lock)?\.json|yarn\.lock|pnpm-lock\.yaml|Gemfile(\.lock)?|go\.(mod|sum)|composer\.(json|lock)|Cargo\.(toml|lock))$/;
const INSTALLS = [/^(pip3?|python3? -m pip|uv pip) install\b/, /^npm (ci|install)\b/, /^(yarn|pnpm)( install)?\b/, /^poetry install\b/, /^uv sync\b/,
  /^bundle install\b/, /^go mod download\b/, /^composer install\b/, /^cargo (build|fetch)\b/];

const sourcesOf = (model: Model, ins: Copy | Add) => operands(model, ins).slice(0, -1).map((o) => o.value.replace(/^\.\//, ''));

/** A COPY/ADD of source code from the build context: anything but dependency manifests (`.`, `main.py`, `src/`). */
export function copiesSource(model: Model, ins: Instruction): boolean {
  if (!(ins instanceof Copy || ins instanceof Add) || copyFrom(ins) !== undefined) return false;
  return sourcesOf(model, ins).some((s) => !MANIFESTS.test(s));
}

export function copiesManifest(model: Model, ins: Instruction): boolean {
  if (!(ins instanceof Copy || ins instanceof Add) || copyFrom(ins) !== undefined) return false;
  const sources = sourcesOf(model, ins);
  return sources.length > 0 && sources.every((s) => MANIFESTS.test(s));
}

export function installsDependencies(model: Model, ins: Instruction): boolean {
  if (!(ins instanceof Run)) return false;
  return model.script(ins).commands.some((c) => {
    const u = unwrap(c);
    const line = [u.name.value.replace(/^.*\//, ''), ...u.args.map((a) => a.value)].join(' ');
    return INSTALLS.some((re) => re.test(line));
  });
}

export const depsFirst = defineCheck<'deps-first'>({
  kind: 'deps-first',
  label: () => t(
    'As dependências são copiadas e instaladas antes do resto do código',
    'Dependencies are copied and installed before the rest of the source',
  ),
  page: () => '/steps/5-build/',
  evaluate({ model }) {
    // The stage that copies the source: the final one, or the build stage it copies from.
    const stage = [...model.stages].reverse().find((s) => chainBody(s).some((i) => copiesSource(model, i)));
    if (!stage) return t('O resto do código nunca é copiado: falta um `COPY . .`.', 'The rest of the source is never copied: a `COPY . .` is missing.');
    const body = chainBody(stage);
    const source = body.findIndex((i) => copiesSource(model, i));
    const install = body.findIndex((i) => installsDependencies(model, i));
    if (install < 0) return t('Nenhum `RUN` instala as dependências (por exemplo, `pip install -r requirements.txt`).', 'No `RUN` installs the dependencies (e.g. `pip install -r requirements.txt`).');
    if (install > source) {
      return t(
        'As dependências são instaladas depois do `COPY . .`: qualquer mudança no código refaz a instalação. Copie só o manifesto, instale e só então copie o resto.',
        'The dependencies are installed after `COPY . .`: any code change redoes the installation. Copy only the manifest, install, then copy the rest.',
      );
    }
    const manifest = body.findIndex((i) => copiesManifest(model, i));
    if (manifest < 0 || manifest > install) {
      return t('Copie o manifesto das dependências (o `requirements.txt`) antes do `RUN` que instala.', 'Copy the dependency manifest (`requirements.txt`) before the `RUN` that installs.');
    }
    return true;
  },
});
