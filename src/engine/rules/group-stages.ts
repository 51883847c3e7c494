/** Rules of the "stages" group, in index order. */
import type { Rule } from '../types.ts';

export const STAGES_RULES: Rule[] = [];
