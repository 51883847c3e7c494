import { testRule } from '../testing.ts';
import rule from './json-args-recommended.ts';

const base = 'FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nUSER 10001\n';

testRule(rule, {
  valid: [
    `${base}CMD ["gunicorn", "main:app"]\n`,
    `${base}ENTRYPOINT ["/app/entrypoint.sh"]\nCMD ["serve"]\n`,
    // A SHELL set in a parent stage also counts (BuildKit's exception).
    'FROM alpine:3.22 AS base\nSHELL ["/bin/ash", "-c"]\nFROM base\nUSER 10001\nCMD echo hi\n',
  ],
  invalid: [
    { code: `${base}CMD gunicorn --bind 0.0.0.0:8000 main:app\n`, texts: ['gunicorn --bind 0.0.0.0:8000 main:app'],
      output: `${base}CMD ["gunicorn", "--bind", "0.0.0.0:8000", "main:app"]\n`, message: 'shell form' },
    { code: `${base}ENTRYPOINT python3 main.py\n`, texts: ['python3 main.py'], output: `${base}ENTRYPOINT ["python3", "main.py"]\n` },
    // Shell features: reported, but no mechanical fix.
    { code: `${base}CMD gunicorn --bind 0.0.0.0:$PORT main:app\n`, count: 1 },
    // Every stage counts, SHELL in another (non-parent) stage does not.
    { code: 'FROM alpine:3.22 AS a\nSHELL ["/bin/ash", "-c"]\nFROM alpine:3.22\nUSER 10001\nCMD echo hi\n', count: 1 },
  ],
});
