/** The site's pages as the e2e tests see them: every guide page in both languages. */
import { pagePairs, pageUrl } from '../../src/guide/pages.ts';

export interface SitePage {
  path: string;
  url: string;
  locale: 'pt-BR' | 'en';
  file: string;
}

export function sitePages(): SitePage[] {
  const out: SitePage[] = [];
  for (const pair of pagePairs()) {
    if (pair.pt) out.push({ path: pair.path, url: pageUrl(pair.path, 'pt-BR'), locale: 'pt-BR', file: pair.pt });
    if (pair.en) out.push({ path: pair.path, url: pageUrl(pair.path, 'en'), locale: 'en', file: pair.en });
  }
  return out;
}
