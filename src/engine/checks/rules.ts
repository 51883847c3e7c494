/** Checks on the engine's own findings: "rule X raises nothing (here / in the final stage)" and "rule X is raised". */
import type { Finding } from '../types.ts';
import type { CheckContext } from './types.ts';
import { defineCheck, t } from './define.ts';

const rulePage = (rule: string) => `/rules/${rule}/`;

/** Findings of `rule`, limited to the final stage when asked. */
export function findingsOf(ctx: CheckContext, rule: string, scope: 'file' | 'final' = 'file'): Finding[] {
  const final = ctx.model.finalStage;
  const firstLine = scope === 'final' && final ? final.from.getRange().start.line + 1 : 0;
  return ctx.findings.filter((f) => f.rule === rule && f.line >= firstLine);
}

export const ruleAbsent = defineCheck<'rule-absent'>({
  kind: 'rule-absent',
  label: (s) => s.scope === 'final'
    ? t(`A regra \`${s.rule}\` não aponta nada no estágio final`, `Rule \`${s.rule}\` raises nothing in the final stage`)
    : t(`A regra \`${s.rule}\` não aponta nada`, `Rule \`${s.rule}\` raises nothing`),
  page: (s) => rulePage(s.rule),
  evaluate(ctx, s) {
    const hits = findingsOf(ctx, s.rule, s.scope);
    if (hits.length === 0) return true;
    // Findings are already in the lint's locale; both texts carry the same finding.
    const first = hits[0]!;
    const more = hits.length - 1;
    return t(
      `Linha ${first.line}: ${first.message}${more > 0 ? ` (e mais ${more})` : ''}`,
      `Line ${first.line}: ${first.message}${more > 0 ? ` (and ${more} more)` : ''}`,
    );
  },
});

export const ruleRaised = defineCheck<'rule-raised'>({
  kind: 'rule-raised',
  label: (s) => t(`A regra \`${s.rule}\` aponta o problema`, `Rule \`${s.rule}\` points out the problem`),
  page: (s) => rulePage(s.rule),
  evaluate(ctx, s) {
    if (findingsOf(ctx, s.rule).length > 0) return true;
    return t(
      `Nada no arquivo ainda faz a regra \`${s.rule}\` apontar um problema.`,
      `Nothing in the file makes rule \`${s.rule}\` point out a problem yet.`,
    );
  },
});
