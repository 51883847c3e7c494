import { testRule } from '../testing.ts';
import rule from './copy-from-unknown-stage.ts';

testRule(rule, {
  valid: [
    'FROM golang:1.25 AS build\nRUN go version > /v\nFROM alpine:3.22\nCOPY --from=build /v /v\nUSER 10001\n',
    // BuildKit compares stage names in lowercase.
    'FROM golang:1.25 AS build\nRUN go version > /v\nFROM alpine:3.22\nCOPY --from=BUILD /v /v\nUSER 10001\n',
    'FROM golang:1.25\nRUN go version > /v\nFROM alpine:3.22\nCOPY --from=0 /v /v\nUSER 10001\n',
    // Images: with a tag, a registry path, a digest, or a well-known name (hadolint flags hello-world).
    'FROM alpine:3.22\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /n\nUSER 10001\n',
    'FROM alpine:3.22\nCOPY --from=ghcr.io/org/tool /tool /tool\nUSER 10001\n',
    'FROM alpine:3.22\nCOPY --from=hello-world /hello /hello\nUSER 10001\n',
    'FROM alpine:3.22\nCOPY --from=busybox /bin/busybox /busybox\nUSER 10001\n',
    'FROM alpine:3.22\nCOPY --from=$TOOLS_IMAGE /tool /tool\nUSER 10001\n',
    'FROM golang:1.25 AS build\nRUN go version > /v\nFROM alpine:3.22\nRUN --mount=type=bind,from=build,source=/v,target=/v cat /v\nUSER 10001\n',
    'FROM golang:1.25 AS build\nRUN go version > /v\nFROM alpine:3.22\nCOPY --chown=10001 --from=build /v /v\nUSER 10001\n',
    // Copying from itself is copy-from-self's business.
    'FROM alpine:3.22 AS app\nCOPY --from=app /a /b\nUSER 10001\n',
    // Refused by BuildKit in a stage it builds: the syntax error reports it, not this warning.
    'FROM golang:1.25\nFROM alpine:3.22\nCOPY --from=5 /v /v\nUSER 10001\n',
    'FROM alpine:3.22 AS app\nCOPY --from=later /v /v\nFROM alpine:3.22 AS later\nFROM app\nUSER 10001\n',
  ],
  invalid: [
    { code: 'FROM golang:1.25 AS build\nFROM alpine:3.22\nCOPY --from=biuld /v /v\nUSER 10001\n', texts: ['biuld'] },
    { code: 'FROM alpine:3.22\nCOPY --from=later /v /v\nFROM golang:1.25 AS later\nUSER 10001\n', texts: ['later'], message: 'only defined after' },
    { code: 'FROM alpine:3.22\nCOPY --from=1 /v /v\nFROM golang:1.25\nUSER 10001\n', texts: ['1'], message: 'only defined after' },
    // In a stage the build does not use (in the final stage BuildKit refuses it: syntax-copy-from-later-stage).
    { code: 'FROM alpine:3.22\nCOPY --from=5 /v /v\nFROM golang:1.25\nUSER 10001\n', texts: ['5'], message: 'no stage number 5' },
    { code: 'FROM alpine:3.22\nRUN --mount=type=cache,from=cache-stage,target=/c ls /c\nUSER 10001\n', texts: ['cache-stage'] },
    { code: 'FROM alpine:3.22\nCOPY --link --from=tools /t /t\nUSER 10001\n', texts: ['tools'] },
  ],
});
