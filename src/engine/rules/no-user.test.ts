import { testRule } from '../testing.ts';
import rule from './no-user.ts';

testRule(rule, {
  valid: [
    'FROM golang:1.25 AS build\nRUN go build ./...\nFROM alpine:3.22\nUSER 10001\n',
    'FROM cgr.dev/chainguard/static:latest\nCOPY app /app\n',
    'FROM nginxinc/nginx-unprivileged:1.29-alpine\nCOPY site /usr/share/nginx/html\n',
    // Unresolvable base: we cannot know.
    'FROM ${BASE}\nCOPY app /app\n',
  ],
  invalid: [
    { code: 'FROM alpine:3.22\nRUN echo hi\n', texts: ['FROM alpine:3.22'], message: 'will run as root' },
    // A base not known to run as root: the message does not claim root.
    { code: 'FROM mcr.microsoft.com/devcontainers/base:bookworm\nRUN echo hi\n', count: 1, message: 'runs as the user `mcr.microsoft.com/devcontainers/base:bookworm` ends with' },
    { code: 'FROM example.com/team/app:1.4 AS base\nFROM base\nRUN echo hi\n', count: 1, message: 'the user `example.com/team/app:1.4` ends with' },
    // USER only in a builder stage does not help the final image.
    { code: 'FROM golang:1.25 AS build\nUSER 10001\nFROM alpine:3.22\nCOPY --from=build /go/bin/app /app\n', texts: ['FROM alpine:3.22'] },
    // distroless without :nonroot runs as root.
    { code: 'FROM gcr.io/distroless/static-debian12\nCOPY app /app\n', count: 1 },
  ],
});
