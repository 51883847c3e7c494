import { testRule } from '../testing.ts';
import rule from './from-as-casing.ts';

testRule(rule, {
  valid: [
    'FROM alpine:3.22 AS base\nUSER 10001\n',
    'from alpine:3.22 as base\nuser 10001\n',
    'FROM alpine:3.22\nUSER 10001\n',
    // A mixed-case FROM is left to consistent-instruction-casing.
    'From alpine:3.22 as base\nUSER 10001\n',
  ],
  invalid: [
    { code: 'FROM alpine:3.22 as base\nUSER 10001\n', texts: ['as'], output: 'FROM alpine:3.22 AS base\nUSER 10001\n' },
    { code: 'FROM alpine:3.22 As base\nUSER 10001\n', texts: ['As'], output: 'FROM alpine:3.22 AS base\nUSER 10001\n' },
    { code: 'from alpine:3.22 AS base\nuser 10001\n', texts: ['AS'], output: 'from alpine:3.22 as base\nuser 10001\n' },
    { code: 'FROM --platform=$BUILDPLATFORM alpine:3.22 \\\n  as base\nFROM alpine:3.22\nUSER 10001\n', texts: ['as'] },
  ],
});
