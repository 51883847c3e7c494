import { describe, expect, it } from 'vitest';
import { checkOn } from './testing.ts';

const base = 'FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\n';

describe('exec-start', () => {
  it('passes for exec form running the program asked', () => {
    expect(checkOn(`${base}CMD ["gunicorn", "main:app"]\n`, { kind: 'exec-start', program: 'gunicorn' }).passed).toBe(true);
    expect(checkOn(`${base}CMD ["/opt/venv/bin/gunicorn", "main:app"]\n`, { kind: 'exec-start', program: 'gunicorn' }).passed).toBe(true);
  });
  it('says the shell form is the problem', () => {
    const r = checkOn(`${base}CMD gunicorn main:app\n`, { kind: 'exec-start', program: 'gunicorn' });
    expect(r.passed).toBe(false);
    expect(r.message).toContain('shell form');
  });
  it('names the program that runs instead', () => {
    const r = checkOn(`${base}CMD ["python", "main.py"]\n`, { kind: 'exec-start', program: 'gunicorn' });
    expect(r.message).toContain('`python`, not `gunicorn`');
  });
  it('says the start command is missing', () => {
    expect(checkOn(base, { kind: 'exec-start' }).message).toContain('missing');
  });
  it('ENTRYPOINT wins over CMD, and `via` asks for one of them', () => {
    const text = `${base}ENTRYPOINT ["gunicorn"]\nCMD ["main:app"]\n`;
    expect(checkOn(text, { kind: 'exec-start', program: 'gunicorn', via: 'ENTRYPOINT' }).passed).toBe(true);
    expect(checkOn(text, { kind: 'exec-start', via: 'CMD' }).passed).toBe(false);
  });
});
