import { testRule } from '../testing.ts';
import rule from './curl-and-wget.ts';

testRule(rule, {
  valid: [
    'FROM alpine:3.22\nRUN wget -q https://example.com/a\nRUN wget -q https://example.com/b\nUSER 10001\n',
    'FROM alpine:3.22\nRUN apk add --no-cache curl wget\nUSER 10001\n',
    // Different stages.
    'FROM alpine:3.22 AS fetch\nRUN curl -fsSLo /a https://example.com/a\nFROM alpine:3.22\nRUN wget -q https://example.com/b\nUSER 10001\n',
    // A builder stage the final stage only copies from.
    'FROM alpine:3.22 AS fetch\nRUN curl -fsSLo /a https://example.com/a && wget -qO /b https://example.com/b\nFROM alpine:3.22\nCOPY --from=fetch /a /a\nUSER 10001\n',
  ],
  invalid: [
    {
      code: 'FROM ubuntu:24.04\nRUN curl -fsSLo /a https://example.com/a\nRUN wget -q https://example.com/b && curl -fsSLo /c https://example.com/c && wget -q https://example.com/d\nUSER 10001\n',
      texts: ['wget', 'wget'],
      message: '`curl` (line 2)',
    },
    { code: 'FROM alpine:3.22\nRUN wget -q https://example.com/a | sudo curl -T - https://example.com/b\nUSER 10001\n', texts: ['curl'] },
  ],
});
