/**
 * The names (and defaults) an `ARG` declares, as BuildKit's parseArg reads them: every word is
 * `NAME` or `NAME=value` (`ARG TARGETOS TARGETARCH`, `ARG A=1 B=2`). dockerfile-ast reads a
 * multi-word ARG as one legacy `key value` pair, so only single-word ARGs use its properties.
 */
import { Arg, From, type Instruction } from 'dockerfile-ast';
import { lexWord } from './vars.ts';

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

export interface GlobalArgs {
  /** Each global ARG's value with no `--build-arg` (undefined without a default), on top of the seed. */
  values: Map<string, string | undefined>;
  /** The names the global ARGs declare. */
  declared: Set<string>;
}

/**
 * The ARGs before the first FROM, as BuildKit evaluates them with no `--build-arg`: each default
 * goes through the word lexer as written, with the values before it (quotes go, earlier ARGs
 * expand, also from the same line); an ARG without a default keeps the value `seed` gives it
 * (a predefined argument), else has none.
 */
export function evaluateGlobalArgs(
  instructions: readonly Instruction[], text: string, escape: string, offsets: Offsets,
  offsetAt: (p: { line: number; character: number }) => number, seed: ReadonlyMap<string, string | undefined>,
): GlobalArgs {
  const values = new Map(seed);
  const declared = new Set<string>();
  for (const ins of instructions) {
    if (ins instanceof From) break;
    if (!(ins instanceof Arg)) continue;
    for (const d of argDeclarations(ins, offsets, offsetAt)) {
      declared.add(d.name);
      const written = d.valueSpan ? text.slice(d.valueSpan.start, d.valueSpan.end) : d.value;
      if (written !== undefined) values.set(d.name, lexWord(written, values, escape).value);
      else if (!values.has(d.name)) values.set(d.name, undefined);
    }
  }
  return { values, declared };
}
