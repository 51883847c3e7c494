/**
 * Expressive Code plugin: marks Dockerfile examples that are bad on purpose (meta `bad="rule,…"`)
 * with a visible label naming the rules the validator raises, in the page's language.
 */
import { definePlugin, type ExpressiveCodePlugin } from '@expressive-code/core';
import { h } from '@expressive-code/core/hast';

const TEXT = {
  'pt-BR': { bad: 'Exemplo ruim', raises: 'o validador aponta' },
  en: { bad: 'Bad example', raises: 'the validator reports' },
} as const;

export function exampleLabels(): ExpressiveCodePlugin {
  return definePlugin({
    name: 'estaleiro-example-labels',
    baseStyles: `
      .estaleiro-label { display: flex; gap: 0.5rem; align-items: center; flex-wrap: wrap; font-size: 0.8rem;
        padding: 0.35rem 0.75rem; border: 1px solid var(--sl-color-red, #b3261e); border-bottom: 0;
        border-radius: 0.4rem 0.4rem 0 0; color: var(--sl-color-red-high, #5c0a06); background: var(--sl-color-red-low, #fde7e7); }
      .estaleiro-label strong { font-weight: 700; }
      .estaleiro-label code { font-size: 0.75rem; }
    `,
    hooks: {
      postprocessRenderedBlock: ({ codeBlock, renderData }) => {
        const bad = codeBlock.metaOptions.getString('bad');
        if (bad === undefined) return;
        const text = codeBlock.locale?.startsWith('en') ? TEXT.en : TEXT['pt-BR'];
        const rules = bad.split(',').map((r) => r.trim()).filter(Boolean);
        const label = h('div', { className: ['estaleiro-label'], 'data-bad-example': rules.join(',') }, [
          h('strong', text.bad),
          ...(rules.length ? [h('span', `${text.raises}:`), ...rules.map((r) => h('code', r))] : []),
        ]);
        renderData.blockAst.children.unshift(label);
      },
    },
  });
}
