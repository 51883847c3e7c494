/**
 * axe-core over a page, WCAG 2.0 and 2.1 levels A and AA, as one list of readable violations
 * (`rule: selector | selector`), so a failing test says what and where.
 *
 * Legacy mode runs axe in the page itself. The default mode runs axe in each frame and then
 * again in a blank page to merge the results, which is only needed for cross-origin iframes
 * (the site has none) and cost about a second of CPU per scan on a 2-core machine.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode(true).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
}
