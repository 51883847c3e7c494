/**
 * The guide's running example (a small Flask app) as the exercises use it: its build context and
 * the Dockerfile as it stands after each step, matching content/docs/steps/*.mdx.
 */
import type { ContextFile } from '../../src/practice/exercise.ts';
import { ORIGINAL_GUIDE } from '../../src/playground/templates.ts';

export const MAIN_PY: ContextFile = {
  name: 'main.py',
  content: `import os

from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/")
def index():
    return jsonify(message="Olá do Estaleiro!")


@app.get("/healthz")
def healthz():
    return jsonify(status="ok")


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "8000")))
`,
};

export const REQUIREMENTS: ContextFile = { name: 'requirements.txt', content: 'flask==3.1.2\ngunicorn==23.0.0\n' };

export const DOCKERIGNORE: ContextFile = { name: '.dockerignore', content: '.git\n.venv\n__pycache__/\n*.pyc\n.env\nDockerfile\n.dockerignore\n' };

/** The app's build context. */
export const APP_FILES: ContextFile[] = [MAIN_PY, REQUIREMENTS, DOCKERIGNORE];

export { ORIGINAL_GUIDE };

const APT = `RUN apt-get update \\
 && apt-get install -y --no-install-recommends python3 python3-venv \\
 && rm -rf /var/lib/apt/lists/*
`;

const VENV = `ENV VIRTUAL_ENV=/opt/venv \\
    PATH="/opt/venv/bin:$PATH" \\
    PYTHONUNBUFFERED=1
RUN python3 -m venv "$VIRTUAL_ENV"
`;

const INSTALL = `WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
`;

export const GUNICORN = 'CMD ["gunicorn", "--bind", "0.0.0.0:8000", "--workers", "2", "--graceful-timeout", "20", "main:app"]';

export const HEALTHCHECK = `HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \\
  CMD ["python3", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2)"]`;

/** After step 1: a pinned base and the syntax directive. */
export const AFTER_STEP_1 = `# syntax=docker/dockerfile:1
FROM ubuntu:24.04
`;

/** After step 2: Python and venv from apt, lists removed. */
export const AFTER_STEP_2 = `${AFTER_STEP_1}
${APT}`;

/** After step 3: a venv, WORKDIR, dependencies then the code. */
export const AFTER_STEP_3 = `${AFTER_STEP_2}
${VENV}
${INSTALL}`;

/** After steps 4 and 5: gunicorn in exec form. */
export const AFTER_STEP_4 = `${AFTER_STEP_3}
${GUNICORN}
`;

/** After step 6: labels, a non-root user, EXPOSE and HEALTHCHECK. */
export const AFTER_STEP_6 = `# syntax=docker/dockerfile:1
FROM ubuntu:24.04

LABEL org.opencontainers.image.title="meu-app" \\
      org.opencontainers.image.source="https://github.com/exemplo/meu-app" \\
      org.opencontainers.image.licenses="MIT"

${APT}
${VENV}
${INSTALL}
RUN useradd --system --uid 10001 --no-create-home app
USER 10001

EXPOSE 8000
${HEALTHCHECK}
${GUNICORN}
`;
