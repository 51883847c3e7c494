/**
 * The names (and defaults) an `ARG` declares, as BuildKit's parseArg reads them: every word is
 * `NAME` or `NAME=value` (`ARG TARGETOS TARGETARCH`, `ARG A=1 B=2`). dockerfile-ast reads a
 * multi-word ARG as one legacy `key value` pair, so only single-word ARGs use its properties.
 */
import type { Arg } from 'dockerfile-ast';

export interface ArgDecl {
  name: string;
  /** The default as written (quotes removed for a single-word ARG), undefined without `=`. */
  value?: string;
  /** Offsets of the default in the text, when there is one. */
  valueSpan?: { start: number; end: number };
}

type Offsets = (node: { getRange(): { start: { line: number; character: number }; end: { line: number; character: number } } }) => [number, number];

export function argDeclarations(ins: Arg, offsets: Offsets, offsetAt: (p: { line: number; character: number }) => number): ArgDecl[] {
  const args = ins.getArguments();
  if (args.length <= 1) {
    return ins.getProperties().filter((p) => p.getName()).map((p) => {
      const range = p.getValueRange();
      return { name: p.getName(), value: p.getValue() ?? undefined, valueSpan: range ? { start: offsetAt(range.start), end: offsetAt(range.end) } : undefined };
    });
  }
  return args.map((a) => {
    const text = a.getValue();
    const eq = text.indexOf('=');
    if (eq <= 0) return { name: text };
    const [start, end] = offsets(a);
    return { name: text.slice(0, eq), value: text.slice(eq + 1), valueSpan: { start: start + eq + 1, end } };
  }).filter((d) => d.name !== '');
}
