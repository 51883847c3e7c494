import { testRule } from '../testing.ts';
import rule from './from-platform-constant.ts';

testRule(rule, {
  valid: [
    'FROM --platform=$BUILDPLATFORM alpine:3.22\nUSER 10001\n',
    'FROM --platform=${TARGETPLATFORM} alpine:3.22\nUSER 10001\n',
    // Variables are not constants (hadolint flags these; BuildKit does not).
    'FROM --platform=linux/${TARGETARCH} alpine:3.22\nUSER 10001\n',
    'ARG PLATFORM=linux/amd64\nFROM --platform=$PLATFORM alpine:3.22\nUSER 10001\n',
    // The stage name says which platform it is for.
    'FROM --platform=linux/amd64 alpine:3.22 AS build-amd64\nFROM alpine:3.22\nUSER 10001\n',
    'FROM --platform=linux/arm64 alpine:3.22 AS Tools_ARM64\nFROM alpine:3.22\nUSER 10001\n',
    'FROM --platform=linux/x86_64 alpine:3.22 AS tools-amd64\nFROM alpine:3.22\nUSER 10001\n',
    'FROM --platform=windows/amd64 mcr.microsoft.com/windows/nanoserver:ltsc2022 AS windows\nFROM alpine:3.22\nUSER 10001\n',
    // Not a platform at all: the build fails with its own error.
    'FROM --platform=nonsense alpine:3.22\nUSER 10001\n',
  ],
  invalid: [
    { code: 'FROM --platform=linux/amd64 alpine:3.22\nUSER 10001\n', texts: ['--platform=linux/amd64'] },
    { code: 'FROM --platform=linux/arm64/v8 alpine:3.22 AS build\nFROM alpine:3.22\nUSER 10001\n', texts: ['--platform=linux/arm64/v8'] },
    { code: 'FROM --platform="linux/amd64" alpine:3.22 AS builder\nFROM alpine:3.22\nUSER 10001\n', texts: ['--platform="linux/amd64"'], message: '`--platform=linux/amd64`' },
    { code: 'FROM --platform=arm64 alpine:3.22 AS build\nFROM alpine:3.22\nUSER 10001\n', count: 1 },
  ],
});
