import { testRule } from '../testing.ts';
import rule from './consistent-instruction-casing.ts';

testRule(rule, {
  valid: [
    'FROM alpine:3.22\nRUN echo ok\nUSER 10001\n',
    // Unlike dockerfile-utils, an all-lowercase file is fine.
    'from alpine:3.22\nrun echo ok\nuser 10001\n',
    'arg v=3.22\nfrom alpine:${v}\nrun echo ok\nuser 10001\n',
  ],
  invalid: [
    { code: 'FROM alpine:3.22\nrun echo ok\nUSER 10001\n', texts: ['run'], output: 'FROM alpine:3.22\nRUN echo ok\nUSER 10001\n' },
    { code: 'from alpine:3.22\nrun echo ok\nUSER 10001\n', texts: ['USER'], output: 'from alpine:3.22\nrun echo ok\nuser 10001\n', message: 'lowercase' },
    // A tie goes to uppercase.
    { code: 'FROM alpine:3.22\nuser 10001\n', texts: ['user'], output: 'FROM alpine:3.22\nUSER 10001\n' },
    { code: 'From alpine:3.22\nUSER 10001\n', texts: ['From'], output: 'FROM alpine:3.22\nUSER 10001\n' },
    { code: 'from alpine:3.22\nRun echo ok\nuser 10001\n', texts: ['Run'], output: 'from alpine:3.22\nrun echo ok\nuser 10001\n' },
    // Fixing FROM keeps AS in step, so from-as-casing does not appear.
    { code: 'From alpine:3.22 as base\nRUN echo ok\nUSER 10001\n', texts: ['From'], output: 'FROM alpine:3.22 AS base\nRUN echo ok\nUSER 10001\n' },
    { code: 'from alpine:3.22\nrun echo ok\nFROM alpine:3.22 AS app\nuser 10001\n', texts: ['FROM'], output: 'from alpine:3.22\nrun echo ok\nfrom alpine:3.22 as app\nuser 10001\n' },
  ],
});
