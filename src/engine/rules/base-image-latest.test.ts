import { testRule } from '../testing.ts';
import rule from './base-image-latest.ts';

testRule(rule, {
  valid: [
    'FROM ubuntu:24.04\nUSER 10001\n',
    'FROM build AS x\nUSER 10001\n',
    // ARG default resolves to a pinned tag.
    'ARG TAG=24.04\nFROM ubuntu:${TAG}\nUSER 10001\n',
    'FROM alpine:3.22 AS latest\nFROM latest\nUSER 10001\n',
  ],
  invalid: [
    { code: 'FROM ubuntu:latest\nUSER 10001\n', texts: ['ubuntu:latest'] },
    { code: 'FROM docker.io/library/python:latest AS build\nFROM alpine:3.22\nUSER 10001\n', texts: ['docker.io/library/python:latest'] },
    { code: 'ARG TAG=latest\nFROM node:${TAG}\nUSER 10001\n', texts: ['node:${TAG}'], message: 'node:latest' },
  ],
});
