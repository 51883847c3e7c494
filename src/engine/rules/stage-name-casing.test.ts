import { testRule } from '../testing.ts';
import rule from './stage-name-casing.ts';

testRule(rule, {
  valid: [
    'FROM alpine:3.22 AS build\nUSER 10001\n',
    'FROM alpine:3.22 AS build-2.x_y\nUSER 10001\n',
    'FROM alpine:3.22\nUSER 10001\n',
    // A capital letter in an image (not a stage name) is not this rule's business.
    'FROM alpine:3.22 AS base\nCOPY --from=Nginx:1.27 /a /a\nUSER 10001\n',
    // An invalid name is syntax-invalid-stage-name's: lowercase would not make it valid.
    'FROM alpine:3.22 AS Build!\nUSER 10001\n',
    'FROM alpine:3.22 AS 1Build\nUSER 10001\n',
  ],
  invalid: [
    { code: 'FROM alpine:3.22 AS Build\nUSER 10001\n', texts: ['Build'], output: 'FROM alpine:3.22 AS build\nUSER 10001\n' },
    {
      code: 'FROM golang:1.25 AS Build\nRUN go version > /v\nFROM Build AS Test\nRUN --mount=type=bind,from=BUILD,target=/b cat /b/v\nFROM alpine:3.22\nCOPY --from=Build /v /v\nCOPY --from=Test /v /w\nUSER 10001\n',
      texts: ['Build', 'Test'],
      output: 'FROM golang:1.25 AS build\nRUN go version > /v\nFROM build AS Test\nRUN --mount=type=bind,from=build,target=/b cat /b/v\nFROM alpine:3.22\nCOPY --from=build /v /v\nCOPY --from=Test /v /w\nUSER 10001\n',
    },
  ],
});
