/**
 * Command-line option parsing, in one place for every subcommand: each command declares its
 * options as a table, this turns argv into values and positional arguments or a usage error.
 * `--name value`, `--name=value`, short aliases (`-f json`), repeatable options, `--` ends options.
 */

export interface OptionSpec {
  name: string;
  short?: string;
  /** `value` takes an argument; `flag` is true when present. */
  kind: 'value' | 'flag';
  /** Collect every occurrence (`--ignore a --ignore b`), otherwise the last wins. */
  repeatable?: boolean;
  /** Allowed values, checked here so every command reports them the same way. */
  choices?: readonly string[];
}

export interface Parsed {
  values: Map<string, string | string[] | true>;
  positionals: string[];
}

export type UsageError =
  | { kind: 'unknown-option'; option: string }
  | { kind: 'missing-value'; option: string }
  | { kind: 'bad-choice'; option: string; value: string; choices: readonly string[] }
  | { kind: 'flag-value'; option: string };

export function parseArgs(args: readonly string[], specs: readonly OptionSpec[]): Parsed | UsageError {
  const values: Parsed['values'] = new Map();
  const positionals: string[] = [];
  const byName = new Map(specs.flatMap((s) => [[`--${s.name}`, s], ...(s.short ? [[`-${s.short}`, s] as const] : [])]));
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      positionals.push(a);
      continue;
    }
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const key = eq >= 0 ? a.slice(0, eq) : a;
    const spec = byName.get(key);
    if (!spec) return { kind: 'unknown-option', option: key };
    if (spec.kind === 'flag') {
      if (eq >= 0) return { kind: 'flag-value', option: key };
      values.set(spec.name, true);
      continue;
    }
    const value: string | undefined = eq >= 0 ? a.slice(eq + 1) : args[++i];
    if (value === undefined) return { kind: 'missing-value', option: key };
    if (spec.choices && !spec.choices.includes(value)) return { kind: 'bad-choice', option: `--${spec.name}`, value, choices: spec.choices };
    if (spec.repeatable) {
      const list = (values.get(spec.name) as string[] | undefined) ?? [];
      list.push(...value.split(',').map((v) => v.trim()).filter(Boolean));
      values.set(spec.name, list);
    } else values.set(spec.name, value);
  }
  return { values, positionals };
}

export function isUsageError(p: Parsed | UsageError): p is UsageError {
  return 'kind' in p;
}

export function describeUsageError(e: UsageError, en: boolean): string {
  switch (e.kind) {
    case 'unknown-option': return en ? `unknown option "${e.option}"` : `opção desconhecida "${e.option}"`;
    case 'missing-value': return en ? `${e.option} needs a value` : `${e.option} precisa de um valor`;
    case 'flag-value': return en ? `${e.option} takes no value` : `${e.option} não recebe valor`;
    case 'bad-choice': return en ? `unknown ${e.option.slice(2)} "${e.value}" (${e.choices.join(', ')})`
      : `valor desconhecido "${e.value}" para ${e.option} (${e.choices.join(', ')})`;
  }
}
