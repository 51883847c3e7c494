/**
 * Expressive Code plugin: under a Dockerfile example with meta `stop`, what `docker stop` does to
 * a container of that image, as the engine's build insight computes it from the example's own
 * text (the same sentences as the playground's Build view and `estaleiro explain`). The guide
 * never states the stop sequence of an example by hand, so the text and the engine cannot
 * disagree. With `stop="docker-entrypoint.sh"`, the page's block titled that file is the
 * entrypoint script's text, so the timeline knows whether it ends with `exec`.
 */
import { readFileSync } from 'node:fs';
import { definePlugin, type ExpressiveCodePlugin } from '@expressive-code/core';
import { h } from '@expressive-code/core/hast';
import { openContext } from '../engine/insight/context.ts';
import { describeStop } from '../engine/insight/describe.ts';
import { explain } from '../engine/insight/explain.ts';
import type { StopInsight } from '../engine/insight/types.ts';
import { DOCKERFILE_LANGS, extractCodeBlocks } from '../guide/markdown.ts';

const TEXT = {
  'pt-BR': { title: 'O que o docker stop faz com este contêiner', note: 'calculado pelo validador a partir deste exemplo' },
  en: { title: 'What docker stop does to this container', note: 'computed by the validator from this example' },
} as const;

/** The stop sequence of a Dockerfile, with an entrypoint script's text when there is one. */
export function stopOf(dockerfile: string, script?: { name: string; text: string }): StopInsight | null {
  const context = script ? openContext({ files: [script.name], read: (p) => (p === script.name ? script.text : undefined) }) : undefined;
  return explain(dockerfile, context ? { context } : {}).stop;
}

/** The text of the page's code block titled `name` (the entrypoint script a Dockerfile example copies). */
export function scriptOnPage(source: string, name: string): string | undefined {
  return extractCodeBlocks(source).find((b) => ` ${b.meta}`.includes(` title="${name}"`))?.code;
}

export function stopTimeline(): ExpressiveCodePlugin {
  return definePlugin({
    name: 'estaleiro-stop-timeline',
    baseStyles: `
      .estaleiro-stop { margin-top: 0.5rem; padding: 0.5rem 0.75rem; border-left: 3px solid var(--sl-color-accent); font-size: 0.85rem; }
      .estaleiro-stop p { margin: 0; font-weight: 600; }
      .estaleiro-stop p span { font-weight: 400; color: var(--sl-color-gray-2); }
      .estaleiro-stop ol { margin: 0.25rem 0 0; padding-left: 1.25rem; }
    `,
    hooks: {
      postprocessRenderedBlock: ({ codeBlock, renderData }) => {
        if (!DOCKERFILE_LANGS.has(codeBlock.language) || !codeBlock.metaOptions.list(['stop']).length) return;
        const locale = codeBlock.locale?.startsWith('en') ? 'en' : 'pt-BR';
        const scriptName = codeBlock.metaOptions.getString('stop');
        let script: { name: string; text: string } | undefined;
        if (scriptName) {
          const page = codeBlock.parentDocument?.sourceFilePath;
          const text = page ? scriptOnPage(readFileSync(page, 'utf8'), scriptName) : undefined;
          if (text === undefined) throw new Error(`stop="${scriptName}": no code block titled ${scriptName} on ${page ?? 'this page'}`);
          script = { name: scriptName, text };
        }
        const stop = stopOf(codeBlock.code, script);
        if (!stop) throw new Error('meta `stop` on a Dockerfile without a stage');
        renderData.blockAst.children.push(h('div', { className: ['estaleiro-stop'], 'data-stop-timeline': '', 'data-reaches-app': stop.reachesApp, 'data-pid1': stop.pid1.kind }, [
          h('p', [`${TEXT[locale].title} `, h('span', `(${TEXT[locale].note})`)]),
          h('ol', describeStop(stop, locale).map((line) => h('li', line))),
        ]));
      },
    },
  });
}
