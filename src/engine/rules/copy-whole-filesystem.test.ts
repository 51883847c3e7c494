import { testRule } from '../testing.ts';
import rule from './copy-whole-filesystem.ts';

testRule(rule, {
  valid: [
    // tonistiigi/xx is made to be overlaid; a scratch stage holds only what was put there.
    'FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.6.1 AS xx\nFROM --platform=$BUILDPLATFORM golang:1.25-alpine\nCOPY --from=xx / /\nUSER 10001\n',
    'FROM golang:1.25 AS build\nRUN go version > /version\nFROM scratch AS artifacts\nCOPY --from=build /version /\nFROM alpine:3.22\nCOPY --from=artifacts / /\nUSER 10001\n',
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
