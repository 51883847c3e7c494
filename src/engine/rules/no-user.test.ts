import { testRule } from '../testing.ts';
import rule from './no-user.ts';

testRule(rule, { valid: [], invalid: [] });
