import { testRule } from '../testing.ts';
import rule from './apt-update-separate.ts';

testRule(rule, { valid: [], invalid: [] });
