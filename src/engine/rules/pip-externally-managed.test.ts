import { testRule } from '../testing.ts';
import rule from './pip-externally-managed.ts';

const tail = 'USER 10001\n';
testRule(rule, {
  valid: [
    // The marker file removed, or pip configured to ignore it.
    `FROM debian:bookworm-slim\nRUN rm -f /usr/lib/python3.11/EXTERNALLY-MANAGED && pip install --no-cache-dir numpy==2.2.1\n${tail}`,
    `FROM debian:bookworm-slim\nRUN rm /usr/lib/python3.*/EXTERNALLY-MANAGED\nRUN pip install --no-cache-dir numpy==2.2.1\n${tail}`,
    `FROM ubuntu:24.04\nRUN pip config set global.break-system-packages true && pip install --no-cache-dir numpy==2.2.1\n${tail}`,
    // conda's pip, or an official python image's /usr/local copied in.
    `FROM debian:bookworm-slim\nENV PATH=/opt/conda/bin:$PATH\nRUN pip install --no-cache-dir numpy==2.2.1\n${tail}`,
    `FROM debian:bookworm-slim\nCOPY --from=python:3.13-slim-bookworm /usr/local /usr/local\nRUN pip install --no-cache-dir numpy==2.2.1\n${tail}`,
    // Official python images are not externally managed.
    `FROM python:3.13-slim\nRUN pip install --no-cache-dir flask==3.1.2\n${tail}`,
    // Old releases: pip still installs into the system Python.
    `FROM debian:bullseye\nRUN pip install --no-cache-dir -r /r.txt\n${tail}`,
    `FROM ubuntu:jammy\nRUN pip3 install --no-cache-dir -r /r.txt\n${tail}`,
    // A venv activated in the same RUN.
    `FROM ubuntu:24.04\nRUN python3 -m venv /venv && . /venv/bin/activate && pip install --no-cache-dir -r /r.txt\n${tail}`,
    // VIRTUAL_ENV set earlier.
    `FROM ubuntu:24.04\nENV VIRTUAL_ENV=/opt/venv\nRUN pip install --no-cache-dir -r /r.txt\n${tail}`,
    // PIP_BREAK_SYSTEM_PACKAGES set.
    `FROM debian:12\nENV PIP_BREAK_SYSTEM_PACKAGES=1\nRUN pip install --no-cache-dir -r /r.txt\n${tail}`,
    // Installing to a target directory is not the system site-packages.
    `FROM debian:bookworm\nRUN pip install --no-cache-dir --target /deps -r /r.txt\n${tail}`,
    // Not an install.
    `FROM ubuntu:24.04\nRUN pip --version && pip download flask\n${tail}`,
  ],
  invalid: [
    { code: `FROM ubuntu:latest\nRUN pip install --no-cache-dir -r requirements.txt\n${tail}`, texts: ['pip install'], message: 'externally-managed-environment' },
    { code: `FROM ubuntu:noble\nRUN python3 -m pip install --no-cache-dir -r /r.txt\n${tail}`, texts: ['python3 -m pip install'] },
    { code: `FROM debian:bookworm-slim\nRUN apt-get update && pip3 install --no-cache-dir -r /r.txt\n${tail}`, texts: ['pip3 install'] },
    // ARG defaults resolve in FROM.
    { code: `ARG BASE=ubuntu:24.04\nFROM \${BASE}\nRUN pip install --no-cache-dir -r /r.txt\n${tail}`, count: 1 },
    // A venv created but never put on PATH or activated does not count.
    { code: `FROM ubuntu:24.04\nRUN python3 -m venv /venv\nRUN pip install --no-cache-dir -r /r.txt\n${tail}`, count: 1 },
  ],
});
