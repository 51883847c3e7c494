import { testRule } from '../testing.ts';
import rule from './json-args-recommended.ts';

const base = 'FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nUSER 10001\n';

testRule(rule, {
  valid: [
    `${base}CMD ["gunicorn", "main:app"]\n`,
    `${base}ENTRYPOINT ["/app/entrypoint.sh"]\nCMD ["serve"]\n`,
    // A SHELL set in a parent stage also counts (BuildKit's exception).
    'FROM alpine:3.22 AS base\nSHELL ["/bin/ash", "-c"]\nFROM base\nUSER 10001\nCMD echo hi\n',
    // Valid JSON, also across continuation lines, with escapes and in RUN/HEALTHCHECK.
    `${base}CMD ["gunicorn", \\\n  "main:app"]\n`,
    `${base}CMD ["sh", "-c", "echo \\"hi\\" ]"]\n`,
    `${base}RUN --network=none ["python3", "-c", "print(1)"]\nHEALTHCHECK --interval=30s CMD ["python3", "-c", "1"]\n`,
    // Shell-form RUN and HEALTHCHECK are not this rule's business, nor a `[` test in shell form.
    `${base}RUN [ -f /etc/os-release ] && echo yes\nHEALTHCHECK CMD python3 -c 1\n`,
    // Only single quotes: json-single-quotes (an error) reports it, once.
    `${base}CMD ['gunicorn', 'main:app']\n`,
  ],
  invalid: [
    { code: `${base}CMD gunicorn --bind 0.0.0.0:8000 main:app\n`, texts: ['gunicorn --bind 0.0.0.0:8000 main:app'],
      output: `${base}CMD ["gunicorn", "--bind", "0.0.0.0:8000", "main:app"]\n`, message: 'shell form' },
    { code: `${base}ENTRYPOINT python3 main.py\n`, texts: ['python3 main.py'], output: `${base}ENTRYPOINT ["python3", "main.py"]\n` },
    // Shell features: reported, but no mechanical fix.
    { code: `${base}CMD gunicorn --bind 0.0.0.0:$PORT main:app\n`, count: 1 },
    // Every stage counts, SHELL in another (non-parent) stage does not.
    { code: 'FROM alpine:3.22 AS a\nSHELL ["/bin/ash", "-c"]\nFROM alpine:3.22\nUSER 10001\nCMD echo hi\n', count: 1 },
    // Exec forms that are not JSON run as shell form: pointed at the bracket, with what is wrong.
    { code: `${base}CMD ["gunicorn", "main:app"\n`, texts: ['['], message: 'the closing `]` is missing' },
    { code: `${base}ENTRYPOINT ["gunicorn", "main:app",]\n`, texts: ['['], message: 'a comma before `]`' },
    { code: `${base}CMD ["gunicorn", main:app]\n`, texts: ['['], message: '`main:app` has no double quotes' },
    { code: `${base}CMD ["gunicorn", 'main:app']\n`, texts: ['['], message: "`'main:app'` has no double quotes" },
    { code: `${base}CMD ["gunicorn", \\\n  "main:app"\n`, texts: ['['], message: 'the closing `]` is missing' },
    // Even where SHELL is set, and in RUN and HEALTHCHECK CMD (without BuildKit's and hadolint's refs there).
    { code: 'FROM alpine:3.22\nSHELL ["/bin/ash", "-c"]\nUSER 10001\nCMD ["echo", "hi"\n', texts: ['['] },
    { code: `${base}RUN --mount=type=cache,target=/root/.cache ["pip", "install", "-r", "requirements.txt"\n`, texts: ['['], message: 'exec form of `RUN`' },
    { code: `${base}HEALTHCHECK --interval=30s CMD ["python3", "-c", "1",]\n`, texts: ['['], message: 'exec form of `HEALTHCHECK CMD`' },
    { code: `${base}RUN ['pip', install]\n`, texts: ['['], message: 'only double quotes' },
  ],
});

import { describe, expect, it } from 'vitest';
import { lint } from '../lint.ts';

describe('json-args-recommended refs per finding', () => {
  it('carries BuildKit/hadolint refs on CMD and ENTRYPOINT only', () => {
    const found = lint(`${base}CMD ["a"\nRUN ["b"\n`, { locale: 'en' }).filter((f) => f.rule === rule.id);
    expect(found.map((f) => f.refs)).toEqual([{ hadolint: ['DL3025'], buildkit: ['JSONArgsRecommended'] }, {}]);
    // So BuildKit's skip silences the CMD finding and not the RUN one.
    const skipped = lint(`# check=skip=JSONArgsRecommended\n${base}CMD ["a"\nRUN ["b"\n`, { locale: 'en' }).filter((f) => f.rule === rule.id);
    expect(skipped.map((f) => f.line)).toEqual([7]);
  });
});
