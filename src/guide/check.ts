/**
 * Structural checks of the guide, shared by `npm run check:content` and the unit tests:
 * every page has a twin in the other language with the same sections and code blocks,
 * a title and a description, every Dockerfile example is a real Dockerfile, and every YAML
 * example parses (Compose files and GitHub Actions workflows are also checked for their shape).
 */
import { lint } from '../engine/lint.ts';
import type { Finding } from '../engine/types.ts';
import { DOCKERFILE_LANGS, extractCodeBlocks, extractHeadings, frontmatter, metaValue } from './markdown.ts';
import { pagePairs, readPage, type PagePair } from './pages.ts';
import { checkYamlBlock } from './yaml-blocks.ts';

export interface Problem {
  file: string;
  line?: number;
  message: string;
}


export function checkPair(pair: PagePair): Problem[] {
  const problems: Problem[] = [];
  if (!pair.pt) return [{ file: pair.en!, message: 'English page has no Portuguese twin' }];
  if (!pair.en) return [{ file: pair.pt, message: 'Portuguese page has no English twin' }];
  const pt = readPage(pair.pt);
  const en = readPage(pair.en);
  for (const [file, src] of [[pair.pt, pt], [pair.en, en]] as const) {
    const fm = frontmatter(src);
    if (!fm.title) problems.push({ file, message: 'missing title in frontmatter' });
    if (!fm.description || fm.description.length < 50 || fm.description.length > 200)
      problems.push({ file, message: `description must be 50–200 characters (has ${fm.description?.length ?? 0})` });
  }
  const hp = extractHeadings(pt).map((h) => h.depth);
  const he = extractHeadings(en).map((h) => h.depth);
  if (hp.join() !== he.join())
    problems.push({ file: pair.en, message: `sections differ from the Portuguese page: pt [${hp.join(' ')}] vs en [${he.join(' ')}]` });
  const bp = extractCodeBlocks(pt);
  const be = extractCodeBlocks(en);
  if (bp.map((b) => b.lang).join() !== be.map((b) => b.lang).join())
    problems.push({ file: pair.en, message: `code blocks differ: pt [${bp.map((b) => b.lang).join(' ')}] vs en [${be.map((b) => b.lang).join(' ')}]` });
  bp.forEach((b, i) => {
    const e = be[i];
    if (e && metaValue(b.meta, 'bad') !== metaValue(e.meta, 'bad'))
      problems.push({ file: pair.en!, line: e.line, message: `code block ${i + 1} is marked bad differently from its Portuguese twin` });
  });
  return problems;
}

/**
 * Every Dockerfile on the site goes through the engine: a good example may raise nothing above
 * info; an example marked `bad="a,b"` must raise exactly those rules (above info; an info rule
 * counts when it is listed).
 */
export function checkDockerfileBlock(file: string, line: number, code: string, bad: string | undefined): Problem[] {
  let findings: Finding[];
  try {
    findings = lint(code, { locale: 'en' });
  } catch (e) {
    return [{ file, line, message: `the engine crashed on this example: ${(e as Error).message}` }];
  }
  const at = (f: Finding) => line + f.line;
  if (bad === undefined) {
    return findings.filter((f) => f.severity !== 'info')
      .map((f) => ({ file, line: at(f), message: `good example raises ${f.severity} ${f.rule}: ${f.message}` }));
  }
  const expected = new Set(bad.split(',').map((r) => r.trim()).filter(Boolean));
  const raised = new Set(findings.filter((f) => f.severity !== 'info' || expected.has(f.rule)).map((f) => f.rule));
  const problems: Problem[] = [];
  for (const r of expected) if (!raised.has(r)) problems.push({ file, line, message: `bad example is marked ${r} but does not raise it` });
  for (const f of findings) {
    if (raised.has(f.rule) && !expected.has(f.rule)) {
      problems.push({ file, line: at(f), message: `bad example also raises ${f.severity} ${f.rule} (mark it or fix it): ${f.message}` });
      raised.delete(f.rule);
    }
  }
  return problems;
}

export const YAML_LANGS = new Set(['yaml', 'yml']);

/** A YAML example: it parses, and a Compose file or workflow (by its title) has the keys it needs. */
export function checkYamlExample(file: string, line: number, code: string, title: string | undefined): Problem[] {
  return checkYamlBlock(code, title).map((p) => ({ file, line: line + p.line, message: p.message }));
}

export function checkGuide(pairs = pagePairs()): Problem[] {
  const problems: Problem[] = [];
  for (const pair of pairs) {
    problems.push(...checkPair(pair));
    for (const file of [pair.pt, pair.en]) {
      if (!file) continue;
      for (const block of extractCodeBlocks(readPage(file))) {
        if (DOCKERFILE_LANGS.has(block.lang))
          problems.push(...checkDockerfileBlock(file, block.line, block.code, metaValue(block.meta, 'bad')));
        else if (YAML_LANGS.has(block.lang))
          problems.push(...checkYamlExample(file, block.line, block.code, metaValue(block.meta, 'title')));
      }
    }
  }
  return problems;
}
