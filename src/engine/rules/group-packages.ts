/** Rules of the "packages" group, in index order. */
import type { Rule } from '../types.ts';

export const PACKAGES_RULES: Rule[] = [];
