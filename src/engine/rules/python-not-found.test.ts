import { testRule } from '../testing.ts';
import rule from './python-not-found.ts';

const ubuntu = 'FROM ubuntu:24.04\nWORKDIR /app\nCOPY main.py .\nUSER 10001\n';

testRule(rule, {
  valid: [
    // The heredoc is Python fed to python3, or a Python script with a shebang: not shell commands.
    'FROM debian:bookworm-slim\nRUN <<EOF python3\npython = "3"\nprint(python)\nEOF\nUSER 10001\n',
    'FROM debian:bookworm-slim\nRUN <<EOF\n#!/usr/bin/env python3\npython = "3"\nEOF\nUSER 10001\n',
    // A shell heredoc writing a file: its inner here-document is data.
    'FROM debian:bookworm-slim\nRUN <<EOF\ncat > /usr/local/bin/start <<\'SCRIPT\'\n#!/bin/sh\nexec python app.py\nSCRIPT\nchmod +x /usr/local/bin/start\nEOF\nUSER 10001\n',
    // conda, pyenv, or an official image's /usr/local copied in: `python` exists.
    'FROM debian:bookworm-slim\nENV PATH=/opt/conda/bin:$PATH\nUSER 10001\nCMD ["python", "-V"]\n',
    'FROM ubuntu:22.04\nENV PYENV_ROOT=/opt/pyenv PATH=/opt/pyenv/shims:/opt/pyenv/bin:$PATH\nUSER 10001\nCMD ["python", "-V"]\n',
    'FROM python:3.13-slim-bookworm AS py\nFROM debian:bookworm-slim\nCOPY --from=py /usr/local/ /usr/local/\nUSER 10001\nCMD ["python", "-V"]\n',
    // Debian ≤ 10: the `python` package is Python 2, installed as `python`.
    'FROM debian:buster-slim\nRUN apt-get update && apt-get install -y --no-install-recommends python && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["python", "-V"]\n',
    `${ubuntu}CMD ["python3", "main.py"]\n`,
    'FROM python:3.13-slim\nWORKDIR /app\nCOPY main.py .\nUSER 10001\nCMD ["python", "main.py"]\n',
    // A venv on PATH provides `python`.
    'FROM ubuntu:24.04\nRUN python3 -m venv /opt/venv\nENV PATH="/opt/venv/bin:$PATH"\nWORKDIR /app\nCOPY main.py .\nUSER 10001\nCMD ["python", "main.py"]\n',
    // An absolute interpreter path is not the bare `python` command.
    `${ubuntu}CMD ["/opt/venv/bin/python", "main.py"]\n`,
    // Provided earlier in the same RUN.
    'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends python-is-python3 && python --version && rm -rf /var/lib/apt/lists/*\nUSER 10001\n',
    // Unknown base images: stay silent.
    'FROM registry.example.com/base:1\nWORKDIR /app\nCOPY main.py .\nUSER 10001\nCMD ["python", "main.py"]\n',
    // A stage built on a python image inherits its facts.
    'FROM python:3.13-slim AS base\nFROM base\nWORKDIR /app\nCOPY main.py .\nUSER 10001\nCMD ["python", "main.py"]\n',
    // A venv made in a build stage, copied in, its bin on PATH (any directory name).
    'FROM debian:bookworm AS build\nRUN python3 -m venv /srv/env\nFROM debian:bookworm-slim\nCOPY --from=build /srv/env /srv/env\nENV PATH=/srv/env/bin:$PATH\nUSER 10001\nCMD ["python", "-V"]\n',
    // python3-venv, a venv, its bin on PATH; symlinks and alternatives.
    'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends python3-venv && rm -rf /var/lib/apt/lists/* && python3 -m venv /app/.venv\nENV PATH=/app/.venv/bin:$PATH\nUSER 10001\nCMD ["python", "-V"]\n',
    'FROM debian:bookworm-slim\nRUN ln -s /usr/bin/python3 /usr/local/bin/python\nUSER 10001\nCMD ["python", "-V"]\n',
    'FROM ubuntu:24.04\nRUN update-alternatives --install /usr/bin/python python /usr/bin/python3 1\nUSER 10001\nCMD ["python", "-V"]\n',
    // conda and miniconda images, and pyenv's own image: not Ubuntu/Debian as far as we know.
    'FROM continuumio/miniconda3:25.1.1-2\nUSER 10001\nCMD ["python", "-V"]\n',
    'FROM condaforge/miniforge3:24.11.3-0\nUSER 10001\nCMD ["sh", "-c", "python -V"]\n',
    // The shell string runs python3, or a venv's python by path.
    `${ubuntu}CMD ["sh", "-c", "python3 main.py"]\n`,
    `${ubuntu}CMD ["sh", "-c", "/opt/venv/bin/python main.py"]\n`,
  ],
  invalid: [
    // A heredoc fed to a shell is shell.
    { code: 'FROM debian:bookworm-slim\nRUN <<EOF sh -e\npython --version\nEOF\nUSER 10001\n', texts: ['python'] },
    { code: `${ubuntu}CMD ["python", "main.py"]\n`, texts: ['python'], output: `${ubuntu}CMD ["python3", "main.py"]\n` },
    { code: 'FROM debian:bookworm-slim\nRUN python --version\nUSER 10001\n', texts: ['python'], output: 'FROM debian:bookworm-slim\nRUN python3 --version\nUSER 10001\n' },
    { code: `${ubuntu}CMD python main.py\n`, texts: ['python'] },
    { code: 'FROM ubuntu:latest\nWORKDIR /app\nCOPY main.py .\nUSER 10001\nENTRYPOINT ["python", "main.py"]\n', count: 1 },
    // `python` inside a shell string.
    { code: `${ubuntu}CMD ["sh", "-c", "exec python main.py"]\n`, texts: ['python'], output: `${ubuntu}CMD ["sh", "-c", "exec python3 main.py"]\n` },
    // python3-venv alone does not give `python`; nor does a venv that is not on PATH.
    { code: 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends python3-venv && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["python", "-V"]\n', count: 1 },
    { code: 'FROM debian:bookworm AS build\nRUN python3 -m venv /srv/env\nFROM debian:bookworm-slim\nCOPY --from=build /srv/env /srv/env\nUSER 10001\nCMD ["python", "-V"]\n', count: 1 },
    // A venv copied from a stage that never made one at that path.
    { code: 'FROM debian:bookworm AS build\nRUN mkdir -p /srv/env/bin\nFROM debian:bookworm-slim\nCOPY --from=build /srv/env /srv/env\nENV PATH=/srv/env/bin:$PATH\nUSER 10001\nCMD ["python", "-V"]\n', count: 1 },
    // python-is-python3 in an unrelated stage does not help this one.
    { code: 'FROM ubuntu:24.04 AS other\nRUN apt-get update && apt-get install -y --no-install-recommends python-is-python3 && rm -rf /var/lib/apt/lists/*\nFROM ubuntu:24.04\nUSER 10001\nCMD ["python", "-V"]\n', count: 1 },
  ],
});
