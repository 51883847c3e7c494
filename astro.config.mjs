// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { exampleLabels } from './src/site/ec-example-labels.ts';
import { stopTimeline } from './src/site/ec-stop-timeline.ts';
import { postBuild } from './src/site/post-build.ts';
import { stripRuleDocs } from './src/site/strip-rule-docs.ts';
import { fileURLToPath } from 'node:url';

/** @balena/dockerignore requires Node's `path`: in the browser bundles it gets src/site/browser-path.ts. */
const browserPath = () => ({
  name: 'estaleiro:browser-path',
  enforce: /** @type {const} */ ('pre'),
  /** @param {string} id @param {string | undefined} importer @param {{ ssr?: boolean } | undefined} options */
  resolveId(id, importer, options) {
    if ((id === 'path' || id === 'node:path') && !options?.ssr && importer?.includes('@balena/dockerignore'))
      return fileURLToPath(new URL('./src/site/browser-path.ts', import.meta.url));
    return null;
  },
});

// `srcDir: '.'` lets Starlight read the guide from the top-level `content/` folder
// (content/docs and content/i18n), while our code lives in `src/`.
export default defineConfig({
  site: 'https://estaleiro.dev',
  srcDir: '.',
  trailingSlash: 'always',
  // The lint worker is bundled separately (worker.plugins): it gets the rules without their docs,
  // and .dockerignore matching gets a browser `path`. ES format, so the worker can load build
  // insight lazily (the playground and the exercises create it as a module worker).
  vite: { plugins: [stripRuleDocs(), browserPath()], worker: { format: 'es', plugins: () => [stripRuleDocs(), browserPath()] } },
  // A Content-Security-Policy <meta> on every page: scripts and styles only from this origin or
  // hashed by Astro, no third-party origin anywhere (the playground is fully client-side).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  integrations: [
    starlight({
      title: 'Estaleiro',
      description: 'Guia para construir imagens Docker de produção, com playground e validador.',
      logo: { src: './public/favicon.svg', alt: 'Estaleiro' },
      favicon: '/favicon.svg',
      defaultLocale: 'root',
      locales: {
        root: { label: 'Português', lang: 'pt-BR' },
        en: { label: 'English', lang: 'en' },
      },
      lastUpdated: false,
      customCss: ['./src/styles/custom.css'],
      // The sidebar also carries the practice boot script (progress marks, exercises loaded on focus).
      components: { Sidebar: './src/components/Sidebar.astro' },
      // Copy buttons copy the exact code, comments included (the tests check it).
      expressiveCode: {
        plugins: [exampleLabels(), stopTimeline()],
        frames: { removeCommentsWhenCopyingTerminalFrames: false },
        // Long lines wrap (indented) instead of scrolling: readable on phones, no unfocusable scroll regions.
        defaultProps: { wrap: true, preserveIndent: true },
      },
      sidebar: [
        { slug: 'playground' },
        { slug: 'practice' },
        {
          label: 'Os seis passos',
          translations: { en: 'The six steps' },
          items: [{ autogenerate: { directory: 'steps' } }],
        },
        {
          label: 'As 17 instruções',
          translations: { en: 'The 17 instructions' },
          items: [{ autogenerate: { directory: 'instructions' } }],
        },
        {
          label: 'Produção',
          translations: { en: 'Production' },
          items: [
            { slug: 'checklist' },
            { slug: 'high-availability' },
            { slug: 'supply-chain' },
            { slug: 'hardening' },
            { slug: 'build-cache-ci' },
          ],
        },
        {
          label: 'Regras do validador',
          translations: { en: 'Validator rules' },
          collapsed: true,
          items: [{ autogenerate: { directory: 'rules' } }],
        },
      ],
    }),
    postBuild(),
  ],
});
