import { testRule } from '../testing.ts';
import rule from './user-root.ts';

testRule(rule, {
  valid: [
    'FROM alpine:3.22\nUSER 10001\n',
    'FROM alpine:3.22\nUSER root\nRUN id\nUSER app\n',
    'FROM alpine:3.22\nUSER rootless\n',
    'FROM alpine:3.22\nUSER 1000:0\n',
    'FROM alpine:3.22\nUSER $APP_USER\n',
    'FROM alpine:3.22\n',
    // Builder stages are not the final image.
    'FROM alpine:3.22 AS build\nUSER root\nRUN id\nFROM alpine:3.22\nUSER 10001\n',
    'FROM alpine:3.22 AS base\nUSER root\nFROM base\nUSER 10001\n',
  ],
  invalid: [
    { code: 'FROM alpine:3.22\nUSER root\n', texts: ['root'] },
    { code: 'FROM alpine:3.22\nUSER 0\n', texts: ['0'] },
    { code: 'FROM alpine:3.22\nUSER root:root\n', texts: ['root:root'] },
    { code: 'FROM alpine:3.22\nUSER 0:0\n', texts: ['0:0'] },
    { code: 'FROM alpine:3.22\nUSER "root"\n', texts: ['"root"'] },
    { code: 'FROM alpine:3.22\nUSER 10001\nRUN id\nUSER root\n', count: 1 },
    // Inherited from the parent stage of the final stage.
    { code: 'FROM alpine:3.22 AS base\nUSER root\nFROM base\nCMD ["sh"]\n', texts: ['root'] },
  ],
});
