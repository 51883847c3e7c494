/**
 * Checks the guide's YAML examples: every block must parse (all its documents), a block that names
 * itself a Compose file must look like one, and a GitHub Actions workflow must have `on` and `jobs`.
 * A block names itself by its `title="…"` or, failing that, by a first-line comment (`# compose.yaml`).
 */
import { isMap, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';

export interface YamlProblem {
  /** 1-based line inside the block (1 = the line after the opening fence). */
  line: number;
  message: string;
}

export type YamlKind = 'compose' | 'workflow' | 'other';

const COMPOSE_NAME = /(^|\/)(docker-)?compose(\.[\w-]+)?\.ya?ml$/;
const WORKFLOW_NAME = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;

/** The top-level keys of the Compose Specification (https://docs.docker.com/reference/compose-file/). */
export const COMPOSE_TOP_LEVEL = new Set(['version', 'name', 'include', 'services', 'networks', 'volumes', 'configs', 'secrets', 'models']);

/** What the block says it is, from its title or its first-line comment. */
export function yamlKind(title: string | undefined, code: string): YamlKind {
  const name = title ?? /^#\s*(\S+\.ya?ml)\s*$/.exec(code.split('\n', 1)[0] ?? '')?.[1];
  if (!name) return 'other';
  if (WORKFLOW_NAME.test(name)) return 'workflow';
  if (COMPOSE_NAME.test(name)) return 'compose';
  return 'other';
}

export function checkYamlBlock(code: string, title: string | undefined): YamlProblem[] {
  const lines = new LineCounter();
  const docs = parseAllDocuments(code, { lineCounter: lines, prettyErrors: true });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lines.linePos(offset).line);
  if (!Array.isArray(docs)) return []; // an empty stream: nothing to check
  // The first error of each document: one break often makes the parser report several.
  const syntax = docs.flatMap((d) => d.errors.slice(0, 1).map((e) => ({
    line: e.linePos?.[0].line ?? 1,
    message: `YAML does not parse: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
  })));
  if (syntax.length) return syntax;
  const kind = yamlKind(title, code);
  if (kind === 'other') return [];
  if (docs.length !== 1) return [{ line: 1, message: `a ${kind} file is one YAML document (found ${docs.length})` }];
  const doc = docs[0]!;
  return kind === 'compose' ? composeProblems(doc, lineOf) : workflowProblems(doc, lineOf);
}

type LineOf = (offset: number | undefined) => number;

/** The pairs of a mapping node, with each key's text and the line it is on. */
function entries(node: unknown, lineOf: LineOf): { key: string; value: unknown; line: number }[] {
  if (!isMap(node)) return [];
  return node.items.map((pair) => {
    const key = pair.key as Node | null;
    return { key: String((key as { value?: unknown } | null)?.value ?? key), value: pair.value, line: lineOf(key?.range?.[0]) };
  });
}

function composeProblems(doc: Document, lineOf: LineOf): YamlProblem[] {
  if (!isMap(doc.contents)) return [{ line: 1, message: 'a Compose file is a mapping with a top-level `services` key' }];
  const top = entries(doc.contents, lineOf);
  const problems: YamlProblem[] = top
    .filter((e) => !COMPOSE_TOP_LEVEL.has(e.key) && !e.key.startsWith('x-'))
    .map((e) => ({ line: e.line, message: `unknown top-level key \`${e.key}\` in a Compose file` }));
  const services = top.find((e) => e.key === 'services');
  if (!services) return [...problems, { line: 1, message: 'a Compose file needs a top-level `services` key' }];
  if (!isMap(services.value)) return [...problems, { line: services.line, message: '`services` must map service names to their definitions' }];
  for (const service of entries(services.value, lineOf)) {
    const keys = entries(service.value, lineOf).map((e) => e.key);
    if (!keys.some((k) => k === 'image' || k === 'build' || k === 'extends'))
      problems.push({ line: service.line, message: `service \`${service.key}\` has neither \`image\` nor \`build\`` });
  }
  return problems;
}

function workflowProblems(doc: Document, lineOf: LineOf): YamlProblem[] {
  const top = entries(doc.contents, lineOf);
  const problems: YamlProblem[] = [];
  if (!top.some((e) => e.key === 'on')) problems.push({ line: 1, message: 'a GitHub Actions workflow needs `on` (its triggers)' });
  const jobs = top.find((e) => e.key === 'jobs');
  if (!jobs) problems.push({ line: 1, message: 'a GitHub Actions workflow needs `jobs`' });
  else if (!isMap(jobs.value) || jobs.value.items.length === 0) problems.push({ line: jobs.line, message: '`jobs` must map job ids to jobs' });
  return problems;
}
