import { describe, expect, it } from 'vitest';
import { checkOn } from './testing.ts';

const spec = { kind: 'no-rerun', changed: 'main.py' } as const;
const head = 'FROM python:3.13-slim\nWORKDIR /app\n';
const tail = 'USER 10001\nCMD ["python", "main.py"]\n';

describe('no-rerun (BuildKit cache rules: a COPY that reads the changed file misses, and every later step of the stage reruns)', () => {
  it('fails when COPY . . comes before pip install, naming the line that reruns', () => {
    const r = checkOn(`${head}COPY . .\nRUN pip install --no-cache-dir -r requirements.txt\n${tail}`, spec);
    expect(r.passed).toBe(false);
    expect(r.message).toContain('line 4');
  });
  it('passes when only requirements.txt is copied before the install', () => {
    expect(checkOn(`${head}COPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\n${tail}`, spec).passed).toBe(true);
  });
  it('fails when main.py itself is copied with the manifest', () => {
    expect(checkOn(`${head}COPY requirements.txt main.py ./\nRUN pip install --no-cache-dir -r requirements.txt\n${tail}`, spec).passed).toBe(false);
  });
  it('follows stages: an install in a builder stage that copied everything reruns too', () => {
    const text = `FROM python:3.13-slim AS build\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir --prefix=/deps -r requirements.txt\nFROM python:3.13-slim\nWORKDIR /app\nCOPY --from=build /deps /usr/local\nCOPY main.py .\n${tail}`;
    expect(checkOn(text, spec).passed).toBe(false);
  });
  it('says it in Portuguese too', () => {
    expect(checkOn(`${head}COPY . .\nRUN pip install --no-cache-dir -r requirements.txt\n${tail}`, spec, 'pt-BR').message).toContain('refaz o `RUN` da linha 4');
  });
});
