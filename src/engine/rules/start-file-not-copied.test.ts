import { testRule } from '../testing.ts';
import rule from './start-file-not-copied.ts';

const head = 'FROM python:3.13-slim\nWORKDIR /app\n';
testRule(rule, {
  valid: [
    // ADD extracts a local archive: the start file can come out of it.
    'FROM alpine:3.22\nWORKDIR /app\nADD app.tar.gz .\nUSER 10001\nCMD ["./app"]\n',
    'FROM python:3.13-slim\nWORKDIR /app\nADD release.tgz /app/\nUSER 10001\nCMD ["python", "main.py"]\n',
    // ONBUILD COPY brings the files in when the image is built upon.
    'FROM python:3.13-slim\nWORKDIR /app\nONBUILD COPY . /app\nUSER 10001\nCMD ["python", "app.py"]\n',
    // An application image already holds its start files.
    'FROM ghost:5-alpine\nUSER 10001\nCMD ["node", "current/index.js"]\n',
    // `C:\\app\\main.py` is an absolute Windows path.
    '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\app\nCOPY main.py C:\\app\\\nUSER ContainerUser\nCMD ["python", "C:\\\\app\\\\main.py"]\n',
    '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\app\nCOPY src\\main.py C:\\app\\\nUSER ContainerUser\nCMD ["python", "main.py"]\n',
    `${head}COPY . .\nUSER 10001\nCMD ["python", "main.py"]\n`,
    `${head}COPY main.py ./\nUSER 10001\nCMD ["python", "main.py"]\n`,
    `${head}COPY app ./app\nUSER 10001\nCMD ["python", "app/main.py"]\n`,
    `${head}COPY *.py ./\nUSER 10001\nCMD ["python", "main.py"]\n`,
    `${head}RUN git clone https://example.com/app.git .\nUSER 10001\nCMD ["python", "main.py"]\n`,
    // Absolute paths and modules are not relative files.
    `${head}USER 10001\nCMD ["python", "/usr/local/bin/tool.py"]\n`,
    `${head}USER 10001\nCMD ["python", "-m", "http.server"]\n`,
    // Shell form is out of scope (the shell may build the path).
    `${head}USER 10001\nCMD python main.py\n`,
    // Copied in a parent stage.
    'FROM python:3.13-slim AS base\nWORKDIR /app\nCOPY main.py .\nFROM base\nUSER 10001\nCMD ["python", "main.py"]\n',
    // Multi-stage: received by the build stage (or its parent, or a stage it copies from), then copied over.
    'FROM python:3.13-slim AS build\nWORKDIR /app\nCOPY . .\nFROM python:3.13-slim\nWORKDIR /app\nCOPY --from=build /app /app\nUSER 10001\nCMD ["python", "main.py"]\n',
    'FROM python:3.13-slim AS src\nCOPY main.py /app/\nFROM src AS build\nRUN true\nFROM python:3.13-slim\nWORKDIR /app\nCOPY --from=build /app/main.py .\nUSER 10001\nCMD ["python", "main.py"]\n',
    'FROM alpine:3.22 AS a\nCOPY start.sh /out/\nFROM alpine:3.22 AS b\nCOPY --from=a /out /out\nFROM alpine:3.22\nWORKDIR /out\nCOPY --from=b /out .\nUSER 10001\nENTRYPOINT ["./start.sh"]\n',
    // Made by a RUN of the build stage, from an application image, or from an image outside the file.
    'FROM node:24-bookworm-slim AS build\nWORKDIR /app\nRUN printf "console.log(1)" > server.js\nFROM node:24-bookworm-slim\nWORKDIR /app\nCOPY --from=build /app /app\nUSER 10001\nCMD ["node", "server.js"]\n',
    'FROM ghost:5-alpine AS app\nFROM node:24-bookworm-slim\nWORKDIR /app\nCOPY --from=app /var/lib/ghost /app\nUSER 10001\nCMD ["node", "index.js"]\n',
    'FROM python:3.13-slim\nWORKDIR /app\nCOPY --from=ghcr.io/acme/app:1.0 /app /app\nUSER 10001\nCMD ["python", "main.py"]\n',
  ],
  invalid: [
    // Windows images are runtimes too: a relative script must still be copied.
    { code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\app\nUSER ContainerUser\nCMD ["python", "main.py"]\n', texts: ['main.py'] },
    { code: `${head}COPY requirements.txt .\nUSER 10001\nCMD ["python", "main.py"]\n`, texts: ['main.py'], message: 'never copied' },
    { code: 'FROM node:24-bookworm-slim\nWORKDIR /app\nCOPY package.json .\nUSER 10001\nCMD ["node", "--enable-source-maps", "server.js"]\n', texts: ['server.js'] },
    { code: `${head}USER 10001\nENTRYPOINT ["./start.sh"]\n`, texts: ['./start.sh'] },
    // ADD of a file that is not an archive brings only that file.
    { code: `${head}ADD settings.json .\nUSER 10001\nCMD ["python", "main.py"]\n`, texts: ['main.py'] },
    // Copied only in another, unrelated stage.
    { code: 'FROM python:3.13-slim AS other\nCOPY main.py /app/\nFROM python:3.13-slim\nWORKDIR /app\nUSER 10001\nCMD ["python", "main.py"]\n', count: 1 },
    // The build stage got only the requirements: copying its directory does not bring main.py.
    { code: 'FROM python:3.13-slim AS build\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir --target /app/deps -r requirements.txt\nFROM python:3.13-slim\nWORKDIR /app\nCOPY --from=build /app /app\nUSER 10001\nCMD ["python", "main.py"]\n', texts: ['main.py'] },
    // By index too, and through a chain of stages.
    { code: 'FROM node:24-bookworm-slim\nWORKDIR /app\nCOPY package.json .\nFROM node:24-bookworm-slim AS mid\nCOPY --from=0 /app /app\nFROM node:24-bookworm-slim\nWORKDIR /app\nCOPY --from=mid /app .\nUSER 10001\nCMD ["node", "server.js"]\n', texts: ['server.js'] },
  ],
});
