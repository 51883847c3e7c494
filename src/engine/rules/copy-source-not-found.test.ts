import { testRule } from '../testing.ts';
import rule from './copy-source-not-found.ts';

// The context comes from the rule's examples: requirements.txt, main.py, secrets/dev.env; .dockerignore "secrets".
testRule(rule, {
  valid: [
    // No wildcard match is an error in BuildKit (AllowEmptyWildcard), so `*.cfg` matching nothing is fine.
    'FROM python:3.13-slim\nWORKDIR /app\nCOPY *.cfg ./\nCOPY main.py .\nUSER 10001\nCMD ["python", "main.py"]\n',
    // --from, heredocs, URLs and variables are not context sources.
    'FROM python:3.13-slim AS build\nRUN echo > /x\nFROM python:3.13-slim\nWORKDIR /app\nCOPY --from=build /x /x\nCOPY <<EOF /etc/app.conf\nx=1\nEOF\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/a.tgz /tmp/\nARG F=missing.txt\nCOPY $F .\nCOPY main.py .\nUSER 10001\nCMD ["python", "main.py"]\n',
    // A stage the final one does not need is skipped by BuildKit, so its sources are never read.
    'FROM python:3.13-slim AS test\nCOPY tests/ /tests/\nFROM python:3.13-slim\nWORKDIR /app\nCOPY main.py .\nUSER 10001\nCMD ["python", "main.py"]\n',
    // Paths are cleaned like BuildKit's: ./, leading /, and Windows separators.
    'FROM python:3.13-slim\nWORKDIR /app\nCOPY ./requirements.txt /main.py ./\nCOPY ["main.py", "."]\nUSER 10001\nCMD ["python", "main.py"]\n',
  ],
  invalid: [
    { code: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY requirement.txt main.py ./\nUSER 10001\nCMD ["python", "main.py"]\n', texts: ['requirement.txt'], message: 'does not exist in the build context' },
    { code: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY secrets/dev.env main.py ./\nUSER 10001\nCMD ["python", "main.py"]\n', texts: ['secrets/dev.env'], message: '`.dockerignore` excludes it' },
    { code: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY ["app.py", "."]\nUSER 10001\nCMD ["python", "main.py"]\n', texts: ['app.py'] },
    // A directory counts as present only if some file in it is sent: secrets/ is all excluded.
    { code: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY secrets/ ./secrets/\nCOPY main.py .\nUSER 10001\nCMD ["python", "main.py"]\n', texts: ['secrets/'] },
  ],
});
