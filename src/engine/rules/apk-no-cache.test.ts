import { testRule } from '../testing.ts';
import rule from './apk-no-cache.ts';

const img = (run: string) => `FROM alpine:3.22\n${run}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    // Offline: no index is downloaded, so none is kept.
    img('RUN apk add --no-network --virtual .rundeps so:libssl.so.3'),
    img('RUN apk add --no-cache curl'),
    img('RUN apk --no-cache add curl'),
    img('RUN --mount=type=cache,target=/var/cache/apk apk add curl'),
    img('RUN --mount=type=cache,target=/etc/apk/cache apk add curl'),
    img('RUN apk add --update curl && rm -rf /var/cache/apk/*'),
    img('RUN apk del curl'),
    `FROM alpine:3.22 AS build\nRUN apk add gcc\nRUN echo ok > /ok\nFROM alpine:3.22\nCOPY --from=build /ok /ok\nUSER 10001\n`,
  ],
  invalid: [
    { code: img('RUN apk add curl'), texts: ['apk add'], output: img('RUN apk add --no-cache curl') },
    { code: img('RUN apk update && apk add --virtual .deps gcc && apk del .deps'), texts: ['apk add'], output: img('RUN apk update && apk add --no-cache --virtual .deps gcc && apk del .deps') },
    { code: img('RUN --mount=type=bind,target=/var/cache/apk apk add curl'), count: 1 },
    { code: img('RUN rm -rf /var/cache/apk/* && apk add curl'), count: 1 },
    { code: 'FROM alpine:3.22 AS base\nRUN apk add curl\nFROM base\nUSER 10001\n', count: 1 },
  ],
});
