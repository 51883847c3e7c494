/** The repository as a pre-commit hook: the hook's entry is our bin, its pattern picks Dockerfiles. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const hooks = parse(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as Record<string, unknown>[];
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { bin: Record<string, string>; files: string[]; scripts: Record<string, string> };

describe('.pre-commit-hooks.yaml', () => {
  const hook = hooks.find((h) => h.id === 'estaleiro')!;

  it('runs `estaleiro lint` from the package bin, built by prepare and shipped by npm pack', () => {
    expect(hook).toMatchObject({ language: 'node', entry: 'estaleiro lint' });
    expect(pkg.bin.estaleiro).toBe('bin/estaleiro.mjs');
    expect(pkg.scripts.prepare).toContain('build-cli');
    expect(pkg.files.some((f) => pkg.bin.estaleiro!.startsWith(f.replace(/\/$/, '')))).toBe(true);
  });

  it('matches Dockerfiles and Containerfiles by the names people give them, and nothing else', () => {
    const source = String(hook.files);
    expect(source.startsWith('(?i)')).toBe(true);
    const re = new RegExp(source.slice(4), 'i');
    for (const name of ['Dockerfile', 'docker/Dockerfile', 'Dockerfile.dev', 'Dockerfile-prod', 'api.Dockerfile', 'Containerfile', 'build/containerfile', 'x/app.dockerfile'])
      expect(re.test(name), name).toBe(true);
    for (const name of ['docs/notes/readme.md', 'dockerfiles.md', 'src/Dockerfiles/x.ts', '.dockerignore', 'docker-compose.yml', 'MyDockerfileParser.ts'])
      expect(re.test(name), name).toBe(false);
  });
});
