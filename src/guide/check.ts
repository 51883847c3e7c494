/**
 * Structural checks of the guide, shared by `npm run check:content` and the unit tests:
 * every page has a twin in the other language with the same sections and code blocks,
 * a title and a description, and every Dockerfile example is a real Dockerfile.
 */
import { DockerfileParser } from 'dockerfile-ast';
import { validate, ValidationSeverity } from 'dockerfile-utils';
import { DOCKERFILE_LANGS, extractCodeBlocks, extractHeadings, frontmatter, metaValue } from './markdown.ts';
import { pagePairs, readPage, type PagePair } from './pages.ts';

export interface Problem {
  file: string;
  line?: number;
  message: string;
}

const ALL_SETTINGS = {
  deprecatedMaintainer: ValidationSeverity.WARNING,
  directiveCasing: ValidationSeverity.WARNING,
  emptyContinuationLine: ValidationSeverity.WARNING,
  instructionCasing: ValidationSeverity.WARNING,
  instructionCmdMultiple: ValidationSeverity.WARNING,
  instructionEntrypointMultiple: ValidationSeverity.WARNING,
  instructionHealthcheckMultiple: ValidationSeverity.WARNING,
  instructionJSONInSingleQuotes: ValidationSeverity.WARNING,
  instructionWorkdirRelative: ValidationSeverity.WARNING,
};

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
      problems.push({ file: pair.en, line: e.line, message: `code block ${i + 1} is marked bad differently from its Portuguese twin` });
  });
  return problems;
}

export function checkDockerfileBlock(file: string, line: number, code: string, bad: boolean): Problem[] {
  const problems: Problem[] = [];
  try {
    DockerfileParser.parse(code);
  } catch (e) {
    return [{ file, line, message: `Dockerfile does not parse: ${(e as Error).message}` }];
  }
  if (!bad) {
    for (const d of validate(code, ALL_SETTINGS)) {
      if (d.severity === 1)
        problems.push({ file, line: line + 1 + d.range.start.line, message: `Docker would reject this example: ${d.message}` });
    }
  }
  return problems;
}

export function checkGuide(pairs = pagePairs()): Problem[] {
  const problems: Problem[] = [];
  for (const pair of pairs) {
    problems.push(...checkPair(pair));
    for (const file of [pair.pt, pair.en]) {
      if (!file) continue;
      for (const block of extractCodeBlocks(readPage(file))) {
        if (!DOCKERFILE_LANGS.has(block.lang)) continue;
        problems.push(...checkDockerfileBlock(file, block.line, block.code, metaValue(block.meta, 'bad') !== undefined));
      }
    }
  }
  return problems;
}
