import { testRule } from '../testing.ts';
import rule from './start-file-not-copied.ts';

testRule(rule, { valid: [], invalid: [] });
