// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { exampleLabels } from './src/site/ec-example-labels.ts';

// `srcDir: '.'` lets Starlight read the guide from the top-level `content/` folder
// (content/docs and content/i18n), while our code lives in `src/`.
export default defineConfig({
  site: 'https://estaleiro.dev',
  srcDir: '.',
  trailingSlash: 'always',
  telemetry: false,
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
      expressiveCode: { plugins: [exampleLabels()] },
      sidebar: [
        { slug: 'playground' },
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
  ],
});
