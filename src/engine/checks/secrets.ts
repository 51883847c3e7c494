/** No secret baked into the image through ENV or ARG (the engine's `secrets-in-arg-env` rule decides what looks like one). */
import { defineCheck, instructionPage, t } from './define.ts';
import { findingsOf } from './rules.ts';

export const noSecrets = defineCheck<'no-secrets'>({
  kind: 'no-secrets',
  label: () => t('Nenhum segredo em `ENV` ou `ARG`', 'No secret in `ENV` or `ARG`'),
  page: () => instructionPage('env'),
  evaluate(ctx) {
    const hit = findingsOf(ctx, 'secrets-in-arg-env')[0];
    if (!hit) return true;
    // The rule's message (already in the lint's locale) names the variable and the way out.
    return t(`Linha ${hit.line}: ${hit.message}`, `Line ${hit.line}: ${hit.message}`);
  },
});
