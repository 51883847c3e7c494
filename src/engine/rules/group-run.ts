/** Rules of the "run" group, in index order. */
import type { Rule } from '../types.ts';

export const RUN_RULES: Rule[] = [];
