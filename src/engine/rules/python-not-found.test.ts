import { testRule } from '../testing.ts';
import rule from './python-not-found.ts';

const ubuntu = 'FROM ubuntu:24.04\nWORKDIR /app\nCOPY main.py .\nUSER 10001\n';

testRule(rule, {
  valid: [
    `${ubuntu}CMD ["python3", "main.py"]\n`,
    'FROM python:3.13-slim\nWORKDIR /app\nCOPY main.py .\nUSER 10001\nCMD ["python", "main.py"]\n',
    // A venv on PATH provides `python`.
    'FROM ubuntu:24.04\nRUN python3 -m venv /opt/venv\nENV PATH="/opt/venv/bin:$PATH"\nWORKDIR /app\nCOPY main.py .\nUSER 10001\nCMD ["python", "main.py"]\n',
    // An absolute interpreter path is not the bare `python` command.
    `${ubuntu}CMD ["/opt/venv/bin/python", "main.py"]\n`,
    // Unknown base images: stay silent.
    'FROM registry.example.com/base:1\nWORKDIR /app\nCOPY main.py .\nUSER 10001\nCMD ["python", "main.py"]\n',
    // A stage built on a python image inherits its facts.
    'FROM python:3.13-slim AS base\nFROM base\nWORKDIR /app\nCOPY main.py .\nUSER 10001\nCMD ["python", "main.py"]\n',
  ],
  invalid: [
    { code: `${ubuntu}CMD ["python", "main.py"]\n`, texts: ['python'], output: `${ubuntu}CMD ["python3", "main.py"]\n` },
    { code: 'FROM debian:bookworm-slim\nRUN python --version\nUSER 10001\n', texts: ['python'], output: 'FROM debian:bookworm-slim\nRUN python3 --version\nUSER 10001\n' },
    { code: `${ubuntu}CMD python main.py\n`, texts: ['python'] },
    { code: 'FROM ubuntu:latest\nWORKDIR /app\nCOPY main.py .\nUSER 10001\nENTRYPOINT ["python", "main.py"]\n', count: 1 },
  ],
});
