/**
 * Every rule the engine can report, syntax and practice alike, in one uniform shape: what the
 * rule pages, the rule index, the CLI's SARIF output and the playground read.
 */
import { RULES } from './rules/index.ts';
import { SYNTAX_CODES } from './syntax/codes.ts';
import type { InstructionKeyword, L10n, Refs, RuleDocs, RuleExamples, Severity } from './types.ts';

export interface RuleInfo {
  id: string;
  kind: 'syntax' | 'practice' | 'guide';
  severity: Severity;
  instructions: InstructionKeyword[];
  refs: Refs;
  docs: RuleDocs;
  examples: RuleExamples;
  fixable: boolean;
}

const GUIDE = new Set(['pip-externally-managed', 'python-not-found', 'start-file-not-copied', 'apt-update-separate', 'no-user', 'no-healthcheck', 'add-url-checksum']);

const SYNTAX_RATIONALE: L10n = {
  'pt-BR': 'O Docker recusa este Dockerfile: o build para nesta linha, antes de produzir qualquer imagem.',
  en: 'Docker refuses this Dockerfile: the build stops at this line, before producing any image.',
};
const WARNING_RATIONALE: L10n = {
  'pt-BR': 'O Docker aceita, mas o resultado não é o que parece: a instrução é ignorada ou se comporta de outro jeito.',
  en: 'Docker accepts it, but the result is not what it looks like: the instruction is ignored or behaves differently.',
};

function instructionsOf(id: string, bad: string): InstructionKeyword[] {
  if (id.startsWith('syntax-healthcheck') || id === 'multiple-instructions') return ['HEALTHCHECK', 'CMD', 'ENTRYPOINT'].filter((k) => id === 'multiple-instructions' || k === 'HEALTHCHECK') as InstructionKeyword[];
  const lines = bad.split('\n').filter((l) => l && !l.startsWith('#'));
  // The instruction the example is about: the first line that differs from a plain FROM/USER scaffold.
  const line = lines.find((l) => !/^(FROM alpine:3\.22|USER 10001|WORKDIR \/app)$/.test(l)) ?? lines[0] ?? '';
  const kw = line.split(/\s/)[0]!.toUpperCase();
  const known = ['FROM', 'RUN', 'COPY', 'ADD', 'ENTRYPOINT', 'CMD', 'VOLUME', 'ENV', 'LABEL', 'STOPSIGNAL', 'HEALTHCHECK', 'WORKDIR', 'USER', 'ARG', 'ONBUILD', 'SHELL', 'EXPOSE', 'MAINTAINER'];
  return [known.includes(kw) ? (kw as InstructionKeyword) : '*'];
}

export const CATALOGUE: RuleInfo[] = [
  ...RULES.map((r): RuleInfo => ({
    id: r.id,
    kind: GUIDE.has(r.id) ? 'guide' : 'practice',
    severity: r.severity,
    instructions: r.instructions,
    refs: r.refs,
    docs: r.docs,
    examples: r.examples,
    fixable: r.fixTitles !== undefined,
  })),
  ...SYNTAX_CODES.map((c): RuleInfo => ({
    id: c.id,
    kind: 'syntax',
    severity: c.severity,
    instructions: instructionsOf(c.id, c.bad),
    refs: c.refs ?? {},
    docs: {
      title: c.title,
      description: c.title,
      rationale: c.severity === 'error' ? SYNTAX_RATIONALE : WARNING_RATIONALE,
      howToFix: c.howToFix,
    },
    examples: { bad: [c.bad], good: [c.good] },
    fixable: false,
  })),
];

export const CATALOGUE_BY_ID = new Map(CATALOGUE.map((r) => [r.id, r]));
