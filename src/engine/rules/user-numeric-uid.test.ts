import { testRule } from '../testing.ts';
import rule from './user-numeric-uid.ts';

testRule(rule, {
  valid: [
    'FROM alpine:3.22\nUSER 10001\n',
    'FROM alpine:3.22\nUSER 10001:10001\n',
    'FROM alpine:3.22\nUSER root\n',
    'FROM alpine:3.22\nUSER root:wheel\n',
    'FROM alpine:3.22\nARG UID\nUSER ${UID}\n',
    'FROM alpine:3.22\nUSER $UID:app\n',
    // Only the final image's last USER counts.
    'FROM alpine:3.22 AS build\nUSER builder\nRUN id\nFROM alpine:3.22\nUSER 10001\n',
    'FROM alpine:3.22\nUSER app\nRUN id\nUSER 10001\n',
  ],
  invalid: [
    { code: 'FROM alpine:3.22\nUSER app\n', texts: ['app'] },
    { code: 'FROM alpine:3.22\nUSER app:app\n', texts: ['app'] },
    { code: 'FROM alpine:3.22\nUSER "nobody"\n', texts: ['nobody'] },
    { code: 'FROM alpine:3.22 AS base\nUSER node\nFROM base\nCMD ["sh"]\n', texts: ['node'] },
  ],
});
