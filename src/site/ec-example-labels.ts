/**
 * Expressive Code plugin for Dockerfile examples: an "Open in playground" link on every one,
 * and, on examples that are bad on purpose (meta `bad="rule,…"`), a visible label naming the
 * rules the validator raises. Meta `view="build"` makes the link open the playground's Build view.
 * Text in the page's language.
 */
import { deflateRawSync } from 'node:zlib';
import { definePlugin, type ExpressiveCodePlugin } from '@expressive-code/core';
import { h } from '@expressive-code/core/hast';
import { DOCKERFILE_LANGS } from '../guide/markdown.ts';

const TEXT = {
  'pt-BR': { bad: 'Exemplo ruim', raises: 'o validador aponta', open: 'Abrir no playground', openBuild: 'Abrir na vista de build', prefix: '' },
  en: { bad: 'Bad example', raises: 'the validator reports', open: 'Open in playground', openBuild: 'Open in the Build view', prefix: '/en' },
} as const;

/** The playground's share format (see src/playground/share.ts): base64url of raw DEFLATE. */
export function playgroundFragment(code: string): string {
  return deflateRawSync(Buffer.from(code, 'utf8'), { level: 9 }).toString('base64url');
}

export function exampleLabels(): ExpressiveCodePlugin {
  return definePlugin({
    name: 'estaleiro-example-labels',
    baseStyles: `
      .estaleiro-bar { display: flex; gap: 0.5rem; align-items: center; flex-wrap: wrap; font-size: 0.8rem;
        padding: 0.3rem 0.75rem; border: 1px solid var(--sl-color-gray-5); border-top: 0; border-radius: 0 0 0.4rem 0.4rem; }
      .estaleiro-bar a { margin-left: auto; color: var(--sl-color-text-accent); }
      .estaleiro-bar.bad a { color: var(--sl-color-red-high, #5c0a06); text-decoration: underline; }
      .estaleiro-bar.bad { border-color: var(--sl-color-red, #b3261e); color: var(--sl-color-red-high, #5c0a06); background: var(--sl-color-red-low, #fde7e7); }
      .estaleiro-bar strong { font-weight: 700; }
      .estaleiro-bar code { font-size: 0.75rem; }
    `,
    hooks: {
      postprocessRenderedBlock: ({ codeBlock, renderData }) => {
        if (!DOCKERFILE_LANGS.has(codeBlock.language)) return;
        const text = codeBlock.locale?.startsWith('en') ? TEXT.en : TEXT['pt-BR'];
        const bad = codeBlock.metaOptions.getString('bad');
        const rules = (bad ?? '').split(',').map((r) => r.trim()).filter(Boolean);
        const build = codeBlock.metaOptions.getString('view') === 'build';
        const href = `${text.prefix}/playground/#code=${playgroundFragment(codeBlock.code)}${build ? '&view=build' : ''}`;
        const link = h('a', { href, 'data-playground-link': '' }, build ? text.openBuild : text.open);
        const bar = bad === undefined
          ? h('div', { className: ['estaleiro-bar'] }, [link])
          : h('div', { className: ['estaleiro-bar', 'bad'], 'data-bad-example': rules.join(',') }, [
              h('strong', text.bad),
              ...(rules.length ? [h('span', `${text.raises}:`), ...rules.map((r) => h('code', r))] : []),
              link,
            ]);
        renderData.blockAst.children.push(bar);
      },
    },
  });
}
