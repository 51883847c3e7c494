/** Rules of the "instructions" group, in index order. */
import type { Rule } from '../types.ts';

export const INSTRUCTIONS_RULES: Rule[] = [];
