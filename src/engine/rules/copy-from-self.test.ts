import { testRule } from '../testing.ts';
import rule from './copy-from-self.ts';

testRule(rule, {
  valid: [
    'FROM golang:1.25 AS build\nRUN go version > /v\nFROM alpine:3.22 AS app\nCOPY --from=build /v /v\nUSER 10001\n',
    'FROM golang:1.25\nRUN go version > /v\nFROM alpine:3.22\nCOPY --from=0 /v /v\nUSER 10001\n',
    'FROM alpine:3.22 AS app\nCOPY --from=app:1.0 /v /v\nUSER 10001\n',
  ],
  invalid: [
    { code: 'FROM alpine:3.22 AS app\nCOPY --from=app /a /b\nUSER 10001\n', texts: ['app'] },
    { code: 'FROM alpine:3.22 AS app\nCOPY --from=App /a /b\nUSER 10001\n', texts: ['App'] },
    { code: 'FROM golang:1.25\nFROM alpine:3.22\nCOPY --from=1 /a /b\nUSER 10001\n', texts: ['1'] },
    { code: 'FROM alpine:3.22 AS app\nRUN --mount=type=bind,from=app,target=/x ls /x\nUSER 10001\n', texts: ['app'] },
  ],
});
