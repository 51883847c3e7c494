import { testRule } from '../testing.ts';
import rule from './base-image-latest.ts';

testRule(rule, { valid: [], invalid: [] });
