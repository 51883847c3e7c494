import { testRule } from '../testing.ts';
import rule from './invalid-default-arg-in-from.ts';

testRule(rule, {
  valid: [
    // Nested expansion: `${DIGEST:+@${DIGEST}}` is empty when DIGEST is (real Dockerfiles pin digests this way).
    'ARG REGISTRY=docker.io\nARG DIGEST=""\nFROM ${REGISTRY}/library/alpine:3.22${DIGEST:+@${DIGEST}}\nUSER 10001\n',
    'ARG TAG\nFROM alpine:${TAG:-${FALLBACK:-3.22}}\nUSER 10001\n',
    'ARG TAG=3.22\nFROM alpine:${TAG}\nUSER 10001\n',
    'ARG TAG\nFROM alpine:${TAG:-3.22}\nUSER 10001\n',
    'ARG V\nFROM busybox:stable${V}\nUSER 10001\n',
    'ARG IMAGE=alpine\nARG TAG=3.22\nFROM ${IMAGE}:${TAG}\nUSER 10001\n',
    // Several names on one line, a quoted default: BuildKit's lexer drops the quotes.
    'ARG IMAGE="alpine" TAG=3.22\nFROM ${IMAGE}:${TAG}\nUSER 10001\n',
    'FROM alpine:3.22\nUSER 10001\n',
    // Undeclared lone variable: undefined-arg-in-from reports it.
    'FROM ${BASE}\nUSER 10001\n',
    'FROM alpine:${TARGETARCH}\nUSER 10001\n',
    'FROM alpine:3.22 AS Build\nFROM Build\nUSER 10001\n',
    'ARG REGISTRY=Registry.Example.com\nFROM ${REGISTRY}/team/app:1.0\nUSER 10001\n',
    // BuildKit's word lexer removes quotes before it checks the reference.
    'ARG ALPINE_TAG=3.22\nFROM alpine:"${ALPINE_TAG}"\nUSER 10001\n',
    'ARG ALPINE_TAG=3.22\nFROM "alpine:${ALPINE_TAG}"\nUSER 10001\n',
    "ARG TAG=3.22\nFROM alpine:'3.22'\nUSER 10001\n",
    'ARG TAG=3.22\nFROM "alpine":"${TAG}"\nUSER 10001\n',
    '# escape=`\nARG TAG=ltsc2022\nFROM "mcr.microsoft.com/windows/servercore:${TAG}"\nUSER ContainerUser\n',
  ],
  invalid: [
    { code: 'ARG TAG\nFROM alpine:${TAG}\nUSER 10001\n', texts: ['alpine:${TAG}'], message: 'becomes `alpine:`' },
    { code: 'ARG BASE\nFROM ${BASE}\nUSER 10001\n', texts: ['${BASE}'], message: 'is empty' },
    { code: 'FROM alpine:${TAG}\nUSER 10001\n', texts: ['alpine:${TAG}'] },
    { code: 'ARG IMAGE=Alpine\nFROM ${IMAGE}:3.22\nUSER 10001\n', texts: ['${IMAGE}:3.22'] },
    { code: 'ARG A\nARG B\nFROM ${A}${B}\nUSER 10001\n', message: 'is empty' },
    { code: 'FROM Alpine:3.22\nUSER 10001\n', texts: ['Alpine:3.22'], message: 'capitals' },
    // Escaped quotes stay in the word.
    { code: 'ARG TAG=3.22\nFROM alpine:\\"${TAG}\\"\nUSER 10001\n', message: 'becomes `alpine:"3.22"`' },
    // Quotes removed, the capitals remain.
    { code: 'FROM "Alpine:3.22"\nUSER 10001\n', message: 'capitals' },
  ],
});
