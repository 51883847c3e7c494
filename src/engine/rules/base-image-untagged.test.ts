import { testRule } from '../testing.ts';
import rule from './base-image-untagged.ts';

testRule(rule, {
  valid: [
    'FROM scratch\nUSER 10001\n',
    'FROM alpine@sha256:0000000000000000000000000000000000000000000000000000000000000000\nUSER 10001\n',
    'FROM alpine:3.22 AS Build\nFROM build\nUSER 10001\n',
    // Variables: tagged through their defaults, or unknown until build time.
    'ARG BASE=alpine:3.22\nFROM ${BASE}\nUSER 10001\n',
    'ARG BASE=alpine:3.22\nFROM $BASE\nUSER 10001\n',
    'ARG IMAGE=alpine\nARG TAG=3.22\nFROM ${IMAGE}:${TAG}\nUSER 10001\n',
    'ARG IMAGE=alpine TAG=3.22\nFROM ${IMAGE}:${TAG}\nUSER 10001\n',
    'ARG BASE\nFROM ${BASE}\nUSER 10001\n',
    'ARG IMAGE=alpine\nARG TAG\nFROM ${IMAGE}:${TAG}\nUSER 10001\n',
    'ARG IMAGE=alpine\nARG DIGEST=sha256:0000000000000000000000000000000000000000000000000000000000000000\nFROM ${IMAGE}@${DIGEST}\nUSER 10001\n',
    'ARG V=3.22\nARG BASE=alpine:${V}\nFROM ${BASE}\nUSER 10001\n',
    'FROM alpine:${ALPINE_VERSION:-3.22}\nUSER 10001\n',
    'ARG STAGE=build\nFROM alpine:3.22 AS build\nFROM ${STAGE}\nUSER 10001\n',
    'FROM myimage:${TARGETARCH}\nUSER 10001\n',
    'FROM registry.example.com:5000/team/app:1.2\nUSER 10001\n',
  ],
  invalid: [
    { code: 'FROM python\nUSER 10001\n', texts: ['python'] },
    { code: 'FROM --platform=$BUILDPLATFORM docker.io/library/golang AS build\nFROM alpine:3.22\nUSER 10001\n', texts: ['docker.io/library/golang'] },
    { code: 'ARG BASE=alpine\nFROM ${BASE}\nUSER 10001\n', texts: ['${BASE}'], message: 'becomes `alpine`' },
    { code: 'FROM img${SUFFIX:-}\nUSER 10001\n', texts: ['img${SUFFIX:-}'] },
    { code: 'FROM myimage-${TARGETARCH}\nUSER 10001\n', texts: ['myimage-${TARGETARCH}'] },
    // A stage reference only counts for stages defined earlier.
    { code: 'FROM build\nUSER 10001\nFROM alpine:3.22 AS build\nUSER 10001\n', texts: ['build'] },
    { code: 'FROM registry.example.com:5000/team/app\nUSER 10001\n', texts: ['registry.example.com:5000/team/app'] },
  ],
});
