import { testRule } from '../testing.ts';
import rule from './undefined-var.ts';

testRule(rule, {
  valid: [
    // Defined by ARG or ENV earlier in the stage, or in the stage it is built on.
    'FROM alpine:3.22\nENV APP=/app\nWORKDIR $APP\nUSER 10001\n',
    'FROM alpine:3.22 AS base\nENV APP=/app\nFROM base\nWORKDIR ${APP}\nUSER 10001\n',
    'FROM alpine:3.22\nARG TARGETARCH\nCOPY bin/app-${TARGETARCH} /usr/local/bin/app\nUSER 10001\n',
    // Several names in one ARG (dockerfile-ast reads it as one key/value pair; BuildKit as three names).
    'FROM alpine:3.22\nARG TARGETOS TARGETARCH TARGETVARIANT\nENV GOOS=$TARGETOS GOARCH=$TARGETARCH VARIANT=$TARGETVARIANT\nUSER 10001\n',
    'FROM alpine:3.22\nARG A=1 B=2\nLABEL a=$A b=$B\nUSER 10001\n',
    // The base image sets it (python images set PYTHON_VERSION); PATH is always there.
    'FROM python:3.13-slim\nENV PATH=/venv/bin:$PATH V=$PYTHON_VERSION\nUSER 10001\n',
    // Unknown image without a close name: it may well define the variable.
    'FROM node:22-alpine\nWORKDIR /app\nCOPY app-$NODE_VERSION.txt ./\nUSER 10001\n',
    'ARG NODE_VERSION=22\nFROM node:${NODE_VERSION}\nLABEL node=$NODE_VERSION\nUSER 10001\n',
    // golang sets GOPATH: close to PATH, but PATH is not the Dockerfile's own name.
    'FROM golang:1.25\nWORKDIR $GOPATH/src/app\nUSER 10001\n',
    // The shell expands RUN, CMD and ENTRYPOINT bodies: not this check.
    'FROM alpine:3.22\nRUN echo $UNDEFINED_IN_SHELL\nCMD ["sh", "-c", "echo $X"]\nUSER 10001\n',
    // Single quotes and the escape character keep `$` literal.
    "FROM alpine:3.22\nLABEL a='$NOPE' b=\\$NOPE\nUSER 10001\n",
    // A name the same ENV defines is env-self-reference's finding, not this one.
    'FROM alpine:3.22\nENV A=x B="$A/y"\nUSER 10001\n',
    // Defaults still read the variable in BuildKit, but this one is defined.
    'FROM alpine:3.22\nARG PORT\nENV PORT=${PORT:-8080}\nUSER 10001\n',
  ],
  invalid: [
    { code: 'FROM alpine:3.22\nENV PATH=$PAHT:/app/bin\nUSER 10001\n', texts: ['$PAHT'], message: '(did you mean `$PATH`?)' },
    { code: 'FROM alpine:3.22 AS base\nCOPY $foo .\nFROM base\nUSER 10001\n', texts: ['$foo'], message: 'is not defined before this use' },
    { code: 'FROM alpine:3.22\nARG VERSION=$foo\nUSER 10001\n', texts: ['$foo'] },
    { code: 'FROM alpine:3.22\nARG A=1 B=$foo\nUSER 10001\n', texts: ['$foo'] },
    // A global ARG is only for FROM.
    { code: 'ARG APP_HOME=/app\nFROM alpine:3.22\nWORKDIR $APP_HOME\nUSER 10001\n', texts: ['$APP_HOME'], message: 'repeat `ARG APP_HOME` inside the stage' },
    // Platform arguments need `ARG` in the stage, whatever the image.
    { code: 'FROM node:22-alpine\nCOPY bin/app-${TARGETARCH} /usr/local/bin/app\nUSER 10001\n', texts: ['${TARGETARCH}'], message: 'only sees it after `ARG TARGETARCH`' },
    // ENV values see the environment before the instruction: B reads C, which comes later.
    { code: 'FROM alpine:3.22\nENV B="$C/y"\nENV C=x\nUSER 10001\n', texts: ['$C'] },
    // Unknown image, but a close name defined in the Dockerfile: a typo.
    { code: 'FROM node:22-alpine\nARG APP_VERSION=1\nWORKDIR /app\nCOPY app-${APP_VERSON}.tgz ./\nUSER 10001\n', texts: ['${APP_VERSON}'], message: '`$APP_VERSION`' },
    // RUN --mount values are expanded by BuildKit; the same name twice in one instruction is one finding.
    { code: 'FROM alpine:3.22\nRUN --mount=type=cache,target=$CACHE_DIR,id=$CACHE_DIR true\nUSER 10001\n', count: 1 },
  ],
});
