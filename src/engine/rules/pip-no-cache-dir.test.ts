import { testRule } from '../testing.ts';
import rule from './pip-no-cache-dir.ts';

const img = (body: string) => `FROM python:3.13-slim\n${body}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    img('RUN pip install --no-cache-dir flask==3.1.0'),
    img('RUN pip --no-cache-dir install flask==3.1.0'),
    img('RUN python3 -m pip install --no-cache-dir flask==3.1.0'),
    img('ENV PIP_NO_CACHE_DIR=1\nRUN pip install flask==3.1.0'),
    img('ENV PIP_NO_CACHE_DIR=off\nRUN pip install flask==3.1.0'),
    img('ARG PIP_NO_CACHE_DIR=true\nRUN pip install flask==3.1.0'),
    'FROM python:3.13-slim AS base\nENV PIP_NO_CACHE_DIR=yes\nFROM base\nRUN pip install flask==3.1.0\nUSER 10001\n',
    img('RUN PIP_NO_CACHE_DIR=1 pip install flask==3.1.0'),
    img('RUN export PIP_NO_CACHE_DIR=1 && pip install flask==3.1.0'),
    img('RUN env PIP_NO_CACHE_DIR=1 pip install flask==3.1.0'),
    img('RUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.1.0'),
    img('RUN --mount=type=cache,target=/root/.cache pip install flask==3.1.0'),
    img('RUN --mount=type=cache,target=/pipcache PIP_CACHE_DIR=/pipcache pip install flask==3.1.0'),
    img('RUN pipx install black==24.1.0 && pipenv install && uv pip install flask==3.1.0'),
    img('RUN pip download flask==3.1.0'),
    // A builder stage: its cache never reaches the final image.
    'FROM python:3.13-slim AS build\nRUN python -m venv /venv && /venv/bin/pip install flask==3.1.0\nFROM python:3.13-slim\nCOPY --from=build /venv /venv\nUSER 10001\n',
  ],
  invalid: [
    { code: img('RUN pip install flask==3.1.0'), texts: ['pip install'], output: img('RUN pip install --no-cache-dir flask==3.1.0') },
    { code: img('RUN python3 -m pip install -U pip==25.0'), texts: ['python3 -m pip install'], output: img('RUN python3 -m pip install --no-cache-dir -U pip==25.0') },
    { code: img('RUN /opt/venv/bin/pip3 install -r requirements.txt'), texts: ['/opt/venv/bin/pip3 install'] },
    { code: img('ENV PIP_NO_CACHE_DIR=\nRUN pip install flask==3.1.0'), count: 1 },
    { code: img('RUN pip install flask==3.1.0 && export PIP_NO_CACHE_DIR=1'), count: 1 },
    { code: img('RUN --mount=type=cache,target=/var/cache/apt pip install flask==3.1.0'), count: 1 },
    { code: 'FROM python:3.13-slim AS base\nRUN pip install flask==3.1.0\nFROM base\nUSER 10001\n', count: 1 },
    { code: 'FROM python:3.13-slim\nONBUILD RUN pip install -r requirements.txt\n', count: 1 },
  ],
});
