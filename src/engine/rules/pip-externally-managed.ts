import { defineRule, t } from '../define.ts';
import { breaksSystemPackages, createdVenv, hasDistroPip, installsDistroPip, stageEnv } from '../python.ts';
import { commandName, type Command } from '../shell.ts';

/** `pip install …`, `pip3 install …`, `python3 -m pip install …`: the words from the tool to `install`. */
export function pipInstall(c: Command): { start: number; end: number } | undefined {
  const name = commandName(c);
  const args = c.args.map((a) => a.value);
  if (/^pip[0-9.]*$/.test(name)) {
    const i = args.indexOf('install');
    if (i >= 0 && args.slice(0, i).every((a) => a.startsWith('-'))) return { start: c.name.start, end: c.args[i]!.end };
  }
  if (/^python[0-9.]*$/.test(name)) {
    const m = args.indexOf('-m');
    if (m >= 0 && /^pip[0-9.]*$/.test(args[m + 1] ?? '') && args[m + 2] === 'install') return { start: c.name.start, end: c.args[m + 2]!.end };
  }
  return undefined;
}

export default defineRule({
  id: 'pip-externally-managed',
  severity: 'error',
  instructions: ['RUN'],
  refs: {},
  docs: {
    title: t('pip no Python do sistema (PEP 668)', 'pip into the system Python (PEP 668)'),
    description: t(
      '`pip install` com o pip da distribuição (o `python3-pip` do apt) num estágio Debian ≥ 12 ou Ubuntu ≥ 23.04 (inclusive `ubuntu:latest`, `ubuntu:24.04`, `debian:bookworm`), sem ambiente virtual e sem `--break-system-packages` ou `PIP_BREAK_SYSTEM_PACKAGES`. Não vale para as imagens oficiais `python` (o Python delas é compilado em `/usr/local`, sem a marca `EXTERNALLY-MANAGED`), para um Python compilado no próprio Dockerfile, do conda ou do pyenv, para `pipx` e `uv`, nem quando o arquivo `EXTERNALLY-MANAGED` foi apagado.',
      '`pip install` with the distribution\'s pip (apt\'s `python3-pip`) in a Debian ≥ 12 or Ubuntu ≥ 23.04 stage (including `ubuntu:latest`, `ubuntu:24.04`, `debian:bookworm`), with no virtual environment and no `--break-system-packages` or `PIP_BREAK_SYSTEM_PACKAGES`. Not raised on official `python` images (their Python is compiled into `/usr/local`, with no `EXTERNALLY-MANAGED` marker), for a Python compiled in the Dockerfile itself, conda\'s or pyenv\'s, for `pipx` and `uv`, or once the `EXTERNALLY-MANAGED` file is deleted.'),
    rationale: t(
      'Essas distribuições marcam o Python do sistema como gerenciado pelo apt (PEP 668). O pip se recusa a instalar ali e o build para com `error: externally-managed-environment`. É o erro que o passo 3 do guia original produz hoje.',
      'These distributions mark the system Python as managed by apt (PEP 668). pip refuses to install there and the build stops with `error: externally-managed-environment`. It is the error the original guide\'s step 3 produces today.'),
    howToFix: t(
      'Crie um ambiente virtual (`python3 -m venv /opt/venv` e `ENV PATH="/opt/venv/bin:$PATH"`) antes do `pip install`, ou parta de uma imagem oficial `python:3.x-slim`. `--break-system-packages` existe, mas pode quebrar ferramentas do sistema.',
      'Create a virtual environment (`python3 -m venv /opt/venv` and `ENV PATH="/opt/venv/bin:$PATH"`) before `pip install`, or start from an official `python:3.x-slim` image. `--break-system-packages` exists but can break system tools.'),
  },
  messages: {
    'pt-BR': { default: '`{image}` protege o Python do sistema (PEP 668): este `pip install` falha com "externally-managed-environment". Use um venv.' },
    en: { default: '`{image}` protects its system Python (PEP 668): this `pip install` fails with "externally-managed-environment". Use a venv.' },
  },
  examples: {
    bad: [
      'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends python3-pip && rm -rf /var/lib/apt/lists/*\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nUSER 10001\n',
      'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends python3-pip && rm -rf /var/lib/apt/lists/*\nRUN python3 -m pip install --no-cache-dir -r /tmp/requirements.txt\nUSER 10001\n',
    ],
    good: [
      'FROM ubuntu:24.04\nRUN python3 -m venv /opt/venv\nENV PATH="/opt/venv/bin:$PATH"\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nUSER 10001\n',
      'FROM python:3.13-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nUSER 10001\n',
      'FROM ubuntu:22.04\nRUN pip install --no-cache-dir -r /tmp/requirements.txt\nUSER 10001\n',
      'FROM ubuntu:24.04\nRUN python3 -m venv /opt/venv && /opt/venv/bin/pip install --no-cache-dir -r /tmp/r.txt\nUSER 10001\n',
      'FROM debian:bookworm\nRUN pip install --no-cache-dir --break-system-packages -r /tmp/r.txt\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    for (const { run, stage } of model.runs) {
      if (!stage?.facts.externallyManagedPython) continue;
      const env = stageEnv(model, stage, run);
      if (env.venv || env.breakSystem) continue;
      let activated = false;
      // Only the distribution's pip (apt's python3-pip) refuses: the official python images and
      // any Python built into /usr/local have no EXTERNALLY-MANAGED marker.
      let distroPip = hasDistroPip(model, stage, run);
      for (const c of model.script(run).commands) {
        const name = commandName(c);
        if (installsDistroPip(c)) distroPip = true;
        if (createdVenv(c) === undefined && (name === '.' || name === 'source') && c.args.some((a) => /activate$/.test(a.value))) activated = true;
        if (breaksSystemPackages(c)) activated = true; // the marker file removed, or pip told to ignore it
        if (/^(conda|mamba|micromamba)$/.test(name)) activated = true; // conda works here: its Python is on PATH
        if (c.assignments.some((a) => /^(VIRTUAL_ENV|PIP_BREAK_SYSTEM_PACKAGES)=/.test(a.value))) continue;
        const range = pipInstall(c);
        if (!range || activated || !distroPip) continue;
        if (c.name.value.includes('/') && !c.name.value.startsWith('/usr/')) continue; // a venv's own pip
        // pip skips the marker check when it installs elsewhere: --target, --prefix, --root.
        if (c.args.some((a) => a.value === '--break-system-packages' || /^(--target|-t|--prefix|--root)(=|$)/.test(a.value))) continue;
        report({ ...range, instruction: run, data: { image: stage.image } });
      }
    }
  },
});
