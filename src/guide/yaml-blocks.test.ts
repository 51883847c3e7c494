import { describe, expect, it } from 'vitest';
import { checkYamlBlock, yamlKind } from './yaml-blocks.ts';

const compose = 'services:\n  app:\n    build: .\n    image: meu-app:1.0.0\n';
const workflow = 'name: ci\non:\n  push:\n    branches: [main]\njobs:\n  build:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: actions/checkout@v6\n';

describe('yamlKind', () => {
  it('reads the kind from the title or from a first-line comment', () => {
    expect(yamlKind('compose.yaml', '')).toBe('compose');
    expect(yamlKind('docker-compose.yml', '')).toBe('compose');
    expect(yamlKind('.github/workflows/docker.yml', '')).toBe('workflow');
    expect(yamlKind(undefined, '# compose.yaml\nservices: {}')).toBe('compose');
    expect(yamlKind('meu-app.yaml', '')).toBe('other');
    expect(yamlKind(undefined, 'a: 1')).toBe('other');
  });
});

describe('checkYamlBlock', () => {
  it('accepts YAML that parses, including several documents', () => {
    expect(checkYamlBlock('a: 1\n---\nb: [1, 2]\n', 'meu-app.yaml')).toEqual([]);
    expect(checkYamlBlock(compose, 'compose.yaml')).toEqual([]);
    expect(checkYamlBlock(workflow, '.github/workflows/docker.yml')).toEqual([]);
  });

  it('reports YAML that does not parse, on the line where it breaks', () => {
    const problems = checkYamlBlock('services:\n  app:\n    image: a\n   build: .\n', undefined);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^YAML does not parse/);
    expect(problems[0]!.line).toBe(4);
  });

  it('reports an unclosed flow sequence and a tab indentation', () => {
    expect(checkYamlBlock('cap_drop: [ALL\n', undefined)[0]?.message).toMatch(/does not parse/);
    expect(checkYamlBlock('a:\n\tb: 1\n', undefined)[0]?.message).toMatch(/does not parse/);
  });

  it('reports a Compose file without services, with an unknown top-level key, or with a service that has no image', () => {
    expect(checkYamlBlock('app:\n  image: a:1\n', 'compose.yaml').map((p) => p.message))
      .toEqual(['unknown top-level key `app` in a Compose file', 'a Compose file needs a top-level `services` key']);
    const noImage = checkYamlBlock('services:\n  app:\n    ports: ["80:80"]\n', 'compose.yaml');
    expect(noImage).toEqual([{ line: 2, message: 'service `app` has neither `image` nor `build`' }]);
    expect(checkYamlBlock('x-common: &c {}\nservices:\n  app:\n    image: a:1\n', 'compose.yaml')).toEqual([]);
  });

  it('reports a workflow without triggers or jobs', () => {
    expect(checkYamlBlock('name: ci\njobs:\n  a:\n    runs-on: x\n', '.github/workflows/ci.yml').map((p) => p.message))
      .toEqual(['a GitHub Actions workflow needs `on` (its triggers)']);
    expect(checkYamlBlock('on: push\n', '.github/workflows/ci.yml').map((p) => p.message))
      .toEqual(['a GitHub Actions workflow needs `jobs`']);
  });
});
