import { testRule } from '../testing.ts';
import rule from './undefined-arg-in-from.ts';

testRule(rule, {
  valid: [
    'ARG BASE=alpine:3.22\nFROM ${BASE}\nUSER 10001\n',
    'ARG TAG\nFROM alpine:${TAG:-3.22}\nUSER 10001\n',
    'FROM --platform=${TARGETPLATFORM} alpine:3.22\nUSER 10001\n',
    // Lone and undeclared: the build fails, and syntax-base-name-empty says so (no double report).
    'FROM ${BASE}\nUSER 10001\n',
    // Several names in one global ARG.
    'ARG BASE=alpine TAG=3.22\nFROM ${BASE}:${TAG}\nUSER 10001\n',
    // A stage ARG is not a global ARG, but this one is used only inside the stage.
    'FROM alpine:3.22\nARG V=1\nRUN echo $V\nUSER 10001\n',
    // Single quotes and escapes: no variable.
    "ARG X=1\nFROM alpine:3.22\nLABEL a='$Y'\nUSER 10001\n",
  ],
  invalid: [
    { code: 'FROM node:22${VARIANT}\nUSER 10001\n', texts: ['${VARIANT}'], message: 'which no `ARG` before the first `FROM` declares: it becomes empty text' },
    { code: 'ARG ALPINE_VERSION=3.22\nFROM alpine:${ALPINE_VERSON}\nUSER 10001\n', texts: ['${ALPINE_VERSON}'], message: 'did you mean `$ALPINE_VERSION`?' },
    { code: 'FROM --platform=$BUILDPLATFROM golang:1.25 AS build\nFROM alpine:3.22\nUSER 10001\n', texts: ['$BUILDPLATFROM'], message: 'did you mean `$BUILDPLATFORM`?' },
    // Declared only inside a stage: FROM cannot see it.
    { code: 'FROM alpine:3.22 AS a\nARG TAG=3.22\nFROM alpine:${TAG}\nUSER 10001\n', texts: ['${TAG}'] },
    // A lone variable with a close declared name: the suggestion is worth the second finding.
    { code: 'ARG BASE_IMAGE=alpine:3.22\nFROM ${BASE_IMAG}\nUSER 10001\n', texts: ['${BASE_IMAG}'], message: '`$BASE_IMAGE`' },
  ],
});
