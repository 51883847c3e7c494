/**
 * Reads the parts of a guide page (MDX) that tests and build checks care about:
 * fenced code blocks (with their meta string) and section headings outside code.
 * Deliberately small: the pages are ours and follow CONTRIBUTING.md.
 */

export interface CodeBlock {
  lang: string;
  /** The info string after the language, e.g. `title="Dockerfile" bad="no-user"`. */
  meta: string;
  code: string;
  /** 1-based line of the opening fence in the page. */
  line: number;
}

export interface Heading {
  depth: number;
  text: string;
  line: number;
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/;

export function extractCodeBlocks(source: string): CodeBlock[] {
  const lines = source.split(/\r?\n/);
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] ?? '');
    if (!open) continue;
    const [, indent = '', fence = '```', lang = '', meta = ''] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j] ?? '';
      const trimmed = l.trimStart();
      if (trimmed.startsWith(fence) && trimmed.slice(fence.length).trim() === '') break;
      body.push(indent && l.startsWith(indent) ? l.slice(indent.length) : l);
    }
    blocks.push({ lang: lang.toLowerCase(), meta: meta.trim(), code: body.join('\n'), line: i + 1 });
    i = j;
  }
  return blocks;
}

export function extractHeadings(source: string): Heading[] {
  const lines = source.split(/\r?\n/);
  const headings: Heading[] = [];
  let fence: string | null = null;
  let inFrontmatter = lines[0]?.trim() === '---';
  lines.forEach((raw, index) => {
    if (inFrontmatter) {
      if (index > 0 && raw.trim() === '---') inFrontmatter = false;
      return;
    }
    const open = FENCE.exec(raw);
    if (open) {
      const marker = open[2] ?? '```';
      if (fence === null) fence = marker;
      else if (raw.trim() === fence || raw.trim().startsWith(fence)) fence = null;
      return;
    }
    if (fence !== null) return;
    const h = /^(#{2,6})\s+(.+?)\s*#*\s*$/.exec(raw);
    if (h) headings.push({ depth: h[1]!.length, text: h[2]!, line: index + 1 });
  });
  return headings;
}

/** Reads `key="value"` or `key=value` from a code block's meta string. */
export function metaValue(meta: string, key: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${key}=(?:"([^"]*)"|'([^']*)'|(\\S+))`).exec(meta);
  if (!m) return undefined;
  return m[1] ?? m[2] ?? m[3];
}

/** Reads the YAML frontmatter's flat `key: value` pairs (enough for title/description). */
export function frontmatter(source: string): Record<string, string> {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  const out: Record<string, string> = {};
  if (!m) return out;
  for (const line of m[1]!.split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (kv && kv[2] !== '') out[kv[1]!] = kv[2]!.replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
}

export const DOCKERFILE_LANGS = new Set(['dockerfile', 'docker', 'containerfile']);
