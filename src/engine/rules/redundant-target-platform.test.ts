import { testRule } from '../testing.ts';
import rule from './redundant-target-platform.ts';

testRule(rule, {
  valid: [
    'FROM --platform=$BUILDPLATFORM alpine:3.22\nUSER 10001\n',
    'FROM --platform=linux/$TARGETARCH alpine:3.22\nUSER 10001\n',
    'FROM --platform=$TARGETPLATFORM_X alpine:3.22\nUSER 10001\n',
    'FROM alpine:3.22\nUSER 10001\n',
  ],
  invalid: [
    { code: 'FROM --platform=$TARGETPLATFORM alpine:3.22\nUSER 10001\n', texts: ['--platform=$TARGETPLATFORM'], output: 'FROM alpine:3.22\nUSER 10001\n' },
    { code: 'FROM --platform=${TARGETPLATFORM} alpine:3.22 AS app\nUSER 10001\n', texts: ['--platform=${TARGETPLATFORM}'], output: 'FROM alpine:3.22 AS app\nUSER 10001\n' },
    { code: 'FROM --platform="$TARGETPLATFORM" alpine:3.22\nUSER 10001\n', output: 'FROM alpine:3.22\nUSER 10001\n' },
  ],
});
