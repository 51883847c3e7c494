import { testRule } from '../testing.ts';
import rule from './reserved-stage-name.ts';

testRule(rule, {
  valid: [
    'FROM alpine:3.22 AS scratchpad\nUSER 10001\n',
    'FROM scratch\nUSER 10001\n',
    'FROM alpine:3.22 AS ctx\nUSER 10001\n',
  ],
  invalid: [
    { code: 'FROM alpine:3.22 AS scratch\nUSER 10001\n', texts: ['scratch'] },
    { code: 'FROM alpine:3.22 AS context\nUSER 10001\n', texts: ['context'] },
    { code: 'FROM alpine:3.22 AS Context\nUSER 10001\n', texts: ['Context'], message: '`Context`' },
  ],
});
