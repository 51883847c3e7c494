import { testRule } from '../testing.ts';
import rule from './apk-pin.ts';

const img = (run: string) => `FROM alpine:3.22\n${run}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    img('RUN apk add --no-cache curl=8.14.1-r2 git~2.49 "openssl>3.0" "zlib<2"'),
    img('RUN apk add --no-cache -t .build-deps gcc=14.2.0-r6'),
    img('RUN apk add --no-cache --virtual=.deps gcc=14.2.0-r6'),
    img('RUN apk add --no-cache /tmp/pkg.apk ./local.apk'),
    img('RUN apk add --no-cache -X https://dl-cdn.alpinelinux.org/alpine/edge/testing $PKGS'),
    img('RUN apk del curl'),
    img('RUN apk update'),
  ],
  invalid: [
    { code: img('RUN apk add --no-cache curl git=2.49.1-r0 bash'), texts: ['curl', 'bash'], message: '`curl=<version>`' },
    { code: img('RUN apk --no-cache add --virtual .build-deps gcc'), texts: ['gcc'] },
    { code: img('RUN apk add --no-cache "curl@edge"'), texts: ['"curl@edge"'] },
    // Unquoted, `>` is a redirection: the package is unpinned and a file named 1.2 appears.
    { code: img('RUN apk add --no-cache musl-dev>1.2'), texts: ['musl-dev'] },
    { code: 'FROM alpine:3.22\nONBUILD RUN apk add --no-cache curl\n', count: 1 },
  ],
});
