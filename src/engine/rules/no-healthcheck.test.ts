import { testRule } from '../testing.ts';
import rule from './no-healthcheck.ts';

testRule(rule, { valid: [], invalid: [] });
