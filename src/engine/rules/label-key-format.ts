import { Label } from 'dockerfile-ast';
import { defineRule, spanOf, t } from '../define.ts';

const RESERVED = ['com.docker.', 'io.docker.', 'org.dockerproject.'];

/** Why a label key breaks Docker's recommended format, or undefined when it follows it. */
export function labelKeyProblem(key: string): { id: string; detail?: string } | undefined {
  const lower = key.toLowerCase();
  const reserved = RESERVED.find((p) => lower.startsWith(p));
  if (reserved) return { id: 'reserved', detail: reserved };
  if (/[A-Z]/.test(key)) return { id: 'uppercase' };
  const bad = /[^a-z0-9.-]/.exec(key);
  if (bad) return { id: 'chars', detail: bad[0] };
  if (!/^[a-z]/.test(key)) return { id: 'start' };
  if (!/[a-z0-9]$/.test(key)) return { id: 'end' };
  if (key.includes('..') || key.includes('--')) return { id: 'repeat' };
  return undefined;
}

export default defineRule({
  id: 'label-key-format',
  severity: 'info',
  instructions: ['LABEL'],
  refs: { hadolint: ['DL3048'] },
  docs: {
    title: t('Chave de LABEL fora do formato recomendado', 'LABEL key outside the recommended format'),
    description: t(
      'Uma chave de `LABEL` foge do formato que o Docker recomenda: só letras minúsculas, dígitos, `.` e `-`, começando por letra e terminando em letra ou dígito, sem `..` nem `--`, e sem os prefixos reservados `com.docker.`, `io.docker.` e `org.dockerproject.`. Chaves com variável não são verificadas.',
      'A `LABEL` key strays from the format Docker recommends: only lowercase letters, digits, `.` and `-`, starting with a letter and ending with a letter or digit, no `..` or `--`, and none of the reserved prefixes `com.docker.`, `io.docker.` and `org.dockerproject.`. Keys holding a variable are not checked.'),
    rationale: t(
      'Labels são lidos por ferramentas: filtros `docker ps --filter label=…`, scanners, registries e políticas de admissão. `Version` e `version` são chaves diferentes, e uma ferramenta procura só uma delas. Os prefixos `com.docker.*` são reservados para o próprio Docker. Chaves em DNS reverso (`org.opencontainers.image.version`, `com.exemplo.equipe`) evitam colisão com labels de outras ferramentas.',
      'Labels are read by tools: `docker ps --filter label=…`, scanners, registries and admission policies. `Version` and `version` are different keys, and a tool looks for only one of them. The `com.docker.*` prefixes are reserved for Docker itself. Reverse-DNS keys (`org.opencontainers.image.version`, `com.example.team`) avoid clashes with other tools\' labels.'),
    howToFix: t(
      'Use minúsculas, `.` e `-`, de preferência com as chaves padrão da OCI: `org.opencontainers.image.title`, `.version`, `.source`, `.authors`.',
      'Use lowercase, `.` and `-`, preferably the OCI standard keys: `org.opencontainers.image.title`, `.version`, `.source`, `.authors`.'),
  },
  messages: {
    'pt-BR': {
      default: 'A chave `{key}` foge do formato recomendado para labels.',
      reserved: 'A chave `{key}` usa o prefixo `{detail}`, reservado para o Docker.',
      uppercase: 'A chave `{key}` tem maiúsculas: use só minúsculas (`{lower}`).',
      chars: 'A chave `{key}` tem `{detail}`: use só letras minúsculas, dígitos, `.` e `-`.',
      start: 'A chave `{key}` precisa começar com uma letra minúscula.',
      end: 'A chave `{key}` precisa terminar com letra ou dígito.',
      repeat: 'A chave `{key}` tem `..` ou `--`.',
    },
    en: {
      default: 'The key `{key}` strays from the recommended label format.',
      reserved: 'The key `{key}` uses the prefix `{detail}`, reserved for Docker.',
      uppercase: 'The key `{key}` has uppercase letters: use lowercase only (`{lower}`).',
      chars: 'The key `{key}` contains `{detail}`: use only lowercase letters, digits, `.` and `-`.',
      start: 'The key `{key}` must start with a lowercase letter.',
      end: 'The key `{key}` must end with a letter or digit.',
      repeat: 'The key `{key}` contains `..` or `--`.',
    },
  },
  examples: {
    bad: ['FROM alpine:3.22\nLABEL Version="1.2.3" build_date="2026-01-01"\nUSER 10001\n'],
    good: ['FROM alpine:3.22\nLABEL org.opencontainers.image.version="1.2.3" org.opencontainers.image.created="2026-01-01" maintainer="ana@example.com"\nUSER 10001\n'],
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (!(ins instanceof Label)) continue;
      for (const p of ins.getProperties()) {
        const key = p.getName();
        if (!key || key.includes('$')) continue;
        const problem = labelKeyProblem(key);
        if (!problem) continue;
        const r = p.getNameRange();
        report({
          ...spanOf(model, r), instruction: ins,
          messageId: problem.id, data: { key, detail: problem.detail ?? '', lower: key.toLowerCase() },
        });
      }
    }
  },
});
