import { testRule } from '../testing.ts';
import rule from './pip-externally-managed.ts';

testRule(rule, { valid: [], invalid: [] });
