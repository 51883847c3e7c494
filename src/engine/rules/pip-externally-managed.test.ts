import { testRule } from '../testing.ts';
import rule from './pip-externally-managed.ts';

const tail = 'USER 10001\n';
const aptPip = 'RUN apt-get update && apt-get install -y --no-install-recommends python3-pip && rm -rf /var/lib/apt/lists/*\n';
testRule(rule, {
  valid: [
    // The marker file removed, or pip configured to ignore it.
    `FROM debian:bookworm-slim\n${aptPip}RUN rm -f /usr/lib/python3.11/EXTERNALLY-MANAGED && pip install --no-cache-dir numpy==2.2.1\n${tail}`,
    `FROM debian:bookworm-slim\n${aptPip}RUN rm /usr/lib/python3.*/EXTERNALLY-MANAGED\nRUN pip install --no-cache-dir numpy==2.2.1\n${tail}`,
    `FROM ubuntu:24.04\n${aptPip}RUN pip config set global.break-system-packages true && pip install --no-cache-dir numpy==2.2.1\n${tail}`,
    // conda's pip, or an official python image's /usr/local copied in.
    `FROM debian:bookworm-slim\n${aptPip}ENV PATH=/opt/conda/bin:$PATH\nRUN pip install --no-cache-dir numpy==2.2.1\n${tail}`,
    `FROM debian:bookworm-slim\n${aptPip}COPY --from=python:3.13-slim-bookworm /usr/local /usr/local\nRUN pip install --no-cache-dir numpy==2.2.1\n${tail}`,
    // Official python images are not externally managed.
    `FROM python:3.13-slim\nRUN pip install --no-cache-dir flask==3.1.2\n${tail}`,
    // How the official python image itself is built: Python compiled into /usr/local on
    // debian:*-slim, its pip from ensurepip; no apt python3-pip, so no EXTERNALLY-MANAGED marker.
    `FROM debian:bookworm-slim\nENV PATH /usr/local/bin:$PATH\nRUN ./configure --prefix=/usr/local && make install && python3 -m ensurepip && pip3 install --no-cache-dir 'setuptools==79.0.1'\n${tail}`,
    // No distribution pip installed: whatever pip runs is not apt's.
    `FROM ubuntu:24.04\nRUN curl -fsSL https://example.com/python.tar.gz | tar -xz -C /usr/local && pip3 install --no-cache-dir -r /r.txt\n${tail}`,
    // Old releases: pip still installs into the system Python.
    `FROM debian:bullseye\n${aptPip}RUN pip install --no-cache-dir -r /r.txt\n${tail}`,
    `FROM ubuntu:jammy\n${aptPip}RUN pip3 install --no-cache-dir -r /r.txt\n${tail}`,
    // A venv activated in the same RUN.
    `FROM ubuntu:24.04\n${aptPip}RUN python3 -m venv /venv && . /venv/bin/activate && pip install --no-cache-dir -r /r.txt\n${tail}`,
    // VIRTUAL_ENV set earlier.
    `FROM ubuntu:24.04\n${aptPip}ENV VIRTUAL_ENV=/opt/venv\nRUN pip install --no-cache-dir -r /r.txt\n${tail}`,
    // PIP_BREAK_SYSTEM_PACKAGES set by ENV, ARG, export or for the one command; --break-system-packages.
    `FROM debian:12\n${aptPip}ENV PIP_BREAK_SYSTEM_PACKAGES=1\nRUN pip install --no-cache-dir -r /r.txt\n${tail}`,
    `FROM debian:12\n${aptPip}ARG PIP_BREAK_SYSTEM_PACKAGES=1\nRUN pip install --no-cache-dir -r /r.txt\n${tail}`,
    `FROM debian:12\n${aptPip}RUN export PIP_BREAK_SYSTEM_PACKAGES=1 && pip install --no-cache-dir -r /r.txt\n${tail}`,
    `FROM debian:12\n${aptPip}RUN PIP_BREAK_SYSTEM_PACKAGES=1 pip install --no-cache-dir -r /r.txt\n${tail}`,
    `FROM debian:bookworm\n${aptPip}RUN pip install --no-cache-dir --break-system-packages -r /tmp/r.txt\n${tail}`,
    // pipx and uv manage their own environments.
    `FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends pipx python3-pip && rm -rf /var/lib/apt/lists/*\nRUN pipx install poetry==2.1.0\n${tail}`,
    `FROM debian:bookworm\n${aptPip}RUN uv pip install --system -r /r.txt\n${tail}`,
    // Installing to a target directory is not the system site-packages.
    `FROM debian:bookworm\n${aptPip}RUN pip install --no-cache-dir --target /deps -r /r.txt\n${tail}`,
    `FROM debian:bookworm\n${aptPip}RUN pip install --no-cache-dir --root /tmp/staging -r /r.txt\n${tail}`,
    `FROM debian:bookworm\n${aptPip}RUN pip install --no-cache-dir --prefix=/install -r /r.txt\n${tail}`,
    // conda in the same RUN: its Python, and its pip, are first on PATH.
    `FROM ubuntu:24.04\n${aptPip}RUN conda install -y numpy && pip install --no-cache-dir x==1\n${tail}`,
    // Not an install.
    `FROM ubuntu:24.04\n${aptPip}RUN pip --version && pip download flask\n${tail}`,
  ],
  invalid: [
    { code: `FROM ubuntu:latest\n${aptPip}RUN pip install --no-cache-dir -r requirements.txt\n${tail}`, texts: ['pip install'], message: 'externally-managed-environment' },
    { code: `FROM ubuntu:noble\n${aptPip}RUN python3 -m pip install --no-cache-dir -r /r.txt\n${tail}`, texts: ['python3 -m pip install'] },
    // python3-pip installed in the same RUN, pinned.
    { code: `FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y python3-pip=23.0.1+dfsg-1 && pip3 install --no-cache-dir -r /r.txt\n${tail}`, texts: ['pip3 install'] },
    // Installed in a parent stage.
    { code: `FROM debian:trixie AS base\n${aptPip}FROM base\nRUN pip install --no-cache-dir -r /r.txt\n${tail}`, count: 1 },
    // ARG defaults resolve in FROM.
    { code: `ARG BASE=ubuntu:24.04\nFROM \${BASE}\n${aptPip}RUN pip install --no-cache-dir -r /r.txt\n${tail}`, count: 1 },
    // PEP 668 covers --user installs, pip upgrading itself, and installing pipx with pip.
    { code: `FROM ubuntu:24.04\n${aptPip}RUN pip install --user --no-cache-dir x==1\n${tail}`, count: 1 },
    { code: `FROM ubuntu:24.04\n${aptPip}RUN python3 -m pip install --no-cache-dir --upgrade pip\n${tail}`, count: 1 },
    { code: `FROM ubuntu:24.04\n${aptPip}RUN --mount=type=cache,target=/root/.cache pip install pipx==1.7.1\n${tail}`, count: 1 },
    // A venv created but never put on PATH or activated does not count.
    { code: `FROM ubuntu:24.04\n${aptPip}RUN python3 -m venv /venv\nRUN pip install --no-cache-dir -r /r.txt\n${tail}`, count: 1 },
  ],
});
