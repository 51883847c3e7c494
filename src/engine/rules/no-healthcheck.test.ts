import { testRule } from '../testing.ts';
import rule from './no-healthcheck.ts';

testRule(rule, {
  valid: ['FROM alpine:3.22\nUSER 10001\nHEALTHCHECK --interval=30s CMD ["true"]\n'],
  invalid: [
    { code: 'FROM alpine:3.22\nUSER 10001\n', texts: ['FROM alpine:3.22'] },
    // A HEALTHCHECK in a builder stage is not in the final image.
    { code: 'FROM alpine:3.22 AS build\nHEALTHCHECK CMD ["true"]\nFROM alpine:3.22\nUSER 10001\n', count: 1 },
  ],
});
