import { testRule } from '../testing.ts';
import rule from './copy-whole-filesystem.ts';

testRule(rule, {
  valid: [
    'FROM golang:1.25 AS build\nFROM alpine:3.22\nCOPY --from=build /app /app\nUSER 10001\n',
    'FROM golang:1.25 AS build\nFROM alpine:3.22\nCOPY --from=build / /rootfs/\nUSER 10001\n',
    'FROM alpine:3.22\nCOPY / /\nUSER 10001\n',
  ],
  invalid: [
    { code: 'FROM golang:1.25 AS build\nFROM alpine:3.22\nCOPY --from=build / /\nUSER 10001\n', texts: ['/ /'] },
    { code: 'FROM golang:1.25 AS build\nFROM alpine:3.22\nCOPY --from=build ["/", "/"]\nUSER 10001\n', texts: ['"/", "/"'] },
    { code: 'FROM alpine:3.22\nCOPY --chown=10001 --from=busybox:1.37 / /\nUSER 10001\n', texts: ['/ /'], message: '`busybox:1.37`' },
  ],
});
