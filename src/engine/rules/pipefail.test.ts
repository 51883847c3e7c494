import { testRule } from '../testing.ts';
import rule from './pipefail.ts';

const on = (image: string, body: string) => `FROM ${image}\n${body}\nUSER 10001\n`;
const PIPE = 'RUN wget -qO- https://example.com/x.tar.gz | tar -xz';

testRule(rule, {
  valid: [
    // dash has pipefail since 0.5.12-7: Debian 13 (trixie), Ubuntu 25.04, and the trixie-based official images.
    on('debian:trixie-slim', `RUN set -o pipefail && wget -qO- https://example.com/x.tar.gz | tar -xz`),
    on('ubuntu:26.04', `RUN set -o pipefail && wget -qO- https://example.com/x.tar.gz | tar -xz`),
    on('node:24-trixie-slim', `RUN set -o pipefail && wget -qO- https://example.com/x.tar.gz | tar -xz`),
    // `RUN <<EOF bash`: bash runs the heredoc, so `set -o pipefail` works even where /bin/sh is dash.
    on('debian:bookworm-slim', 'RUN <<-EOT bash\n\tset -euo pipefail\n\twget -qO- https://example.com/x | tar -xz\n\tEOT'),
    on('ubuntu:24.04', 'RUN <<EOF /bin/bash -o pipefail\nwget -qO- https://example.com/x | tar -xz\nEOF'),
    // A heredoc fed to another program is not shell.
    on('ubuntu:24.04', 'RUN <<EOF python3\nprint(1 | 2)\nEOF'),
    on('ubuntu:24.04', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]\n' + PIPE),
    on('ubuntu:24.04', 'SHELL ["/bin/bash", "-euxo", "pipefail", "-c"]\n' + PIPE),
    on('ubuntu:24.04', 'SHELL ["/usr/bin/env", "bash", "-o", "pipefail", "-c"]\n' + PIPE),
    on('alpine:3.22', 'SHELL ["/bin/ash", "-o", "pipefail", "-c"]\n' + PIPE),
    // busybox sh on Alpine supports pipefail.
    on('alpine:3.22', 'SHELL ["/bin/sh", "-o", "pipefail", "-c"]\n' + PIPE),
    on('alpine:3.22', 'RUN set -o pipefail && wget -qO- https://example.com/x.tar.gz | tar -xz'),
    on('alpine:3.22', 'RUN set -euo pipefail; wget -qO- https://example.com/x | tar -xz'),
    on('ubuntu:24.04', 'SHELL ["/bin/bash", "-c"]\nRUN set -eo pipefail && wget -qO- https://example.com/x | tar -xz'),
    // Inherited from the parent stage.
    'FROM ubuntu:24.04 AS base\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM base\n' + PIPE + '\nUSER 10001\n',
    // An unknown image's /bin/sh may support it: trust the script.
    on('registry.example.com/base:1.0', 'RUN set -o pipefail && wget -qO- https://example.com/x | tar -xz'),
    on('ubuntu:24.04', 'RUN <<EOF\n#!/bin/bash\nset -euo pipefail\nwget -qO- https://example.com/x | tar -xz\nEOF'),
    on('ubuntu:24.04', 'RUN <<EOF\n#!/usr/bin/env python3\nprint(1 | 2)\nEOF'),
    on('mcr.microsoft.com/windows/servercore:ltsc2022', 'RUN dir | findstr foo'),
    on('ubuntu:24.04', 'SHELL ["pwsh", "-Command"]\nRUN Get-ChildItem | Select-Object Name'),
    '# hadolint shell=powershell\nFROM mcr.microsoft.com/powershell:lts-7.4-ubuntu-22.04\nRUN Get-ChildItem | Select-Object Name\nUSER 10001\n',
    on('ubuntu:24.04', 'RUN echo "a | b" && test 1 || true'),
    on('ubuntu:24.04', 'RUN ["sh", "-c", "a | b"]'),
  ],
  invalid: [
    // The shell named after the heredoc runs its body: its pipes count.
    { code: on('ubuntu:24.04', 'RUN <<EOF bash\nwget -qO- https://example.com/x | tar -xz\nEOF'), texts: ['|'] },
    {
      code: on('ubuntu:24.04', PIPE),
      texts: ['|'],
      output: on('ubuntu:24.04', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]\n' + PIPE),
    },
    {
      code: on('alpine:3.22', PIPE),
      output: on('alpine:3.22', 'SHELL ["/bin/ash", "-o", "pipefail", "-c"]\n' + PIPE),
    },
    {
      code: on('python:3.13-alpine', PIPE),
      output: on('python:3.13-alpine', 'SHELL ["/bin/ash", "-o", "pipefail", "-c"]\n' + PIPE),
    },
    {
      code: on('python:3.13-slim', PIPE),
      output: on('python:3.13-slim', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]\n' + PIPE),
    },
    // dash on Debian/Ubuntu: `/bin/sh -o pipefail` and `set -o pipefail` do not work.
    { code: on('debian:bookworm-slim', 'SHELL ["/bin/sh", "-o", "pipefail", "-c"]\n' + PIPE), texts: ['|'] },
    {
      code: on('ubuntu:24.04', 'RUN set -o pipefail && wget -qO- https://example.com/x | tar -xz'),
      texts: ['set -o pipefail'],
      message: 'dash',
      output: on('ubuntu:24.04', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN set -o pipefail && wget -qO- https://example.com/x | tar -xz'),
    },
    // pipefail set after the pipe does not protect it.
    { code: on('alpine:3.22', 'RUN wget -qO- https://example.com/x | tar -xz && set -o pipefail'), texts: ['|'] },
    { code: on('ubuntu:24.04', 'SHELL ["/bin/bash", "-c"]\n' + PIPE), texts: ['|'] },
    { code: on('ubuntu:24.04', 'RUN <<EOF\n#!/bin/bash\nwget -qO- https://example.com/x | tar -xz\nEOF'), texts: ['|'] },
    { code: on('ubuntu:24.04', 'RUN <<EOF\nwget -qO- https://example.com/x | tar -xz\nEOF'), texts: ['|'] },
    // hadolint resets at FROM; the SHELL of an unrelated stage does not count.
    { code: 'FROM ubuntu:24.04 AS a\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM ubuntu:24.04\n' + PIPE + '\nUSER 10001\n', count: 1 },
    { code: on('registry.example.com/base:1.0', PIPE), count: 1 },
    // Older dash: `set -o pipefail` itself fails the build.
    { code: on('debian:bookworm-slim', 'RUN set -o pipefail && wget -qO- https://example.com/x | tar -xz'), texts: ['set -o pipefail'] },
    { code: on('ubuntu:24.04', 'RUN set -o pipefail && wget -qO- https://example.com/x | tar -xz'), texts: ['set -o pipefail'] },
    // Debian-based official images are known by the codename in their tag: the fix is bash.
    { code: on('node:24-bookworm-slim', PIPE), output: on('node:24-bookworm-slim', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]\n' + PIPE) },
    { code: 'FROM alpine:3.22\nONBUILD RUN wget -qO- https://example.com/x | tar -xz\n', count: 1 },
    { code: 'FROM alpine:3.22\n  ' + PIPE + '\nUSER 10001\n', output: 'FROM alpine:3.22\n  SHELL ["/bin/ash", "-o", "pipefail", "-c"]\n  ' + PIPE + '\nUSER 10001\n' },
  ],
});
