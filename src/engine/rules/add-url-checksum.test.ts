import { testRule } from '../testing.ts';
import rule from './add-url-checksum.ts';

testRule(rule, { valid: [], invalid: [] });
