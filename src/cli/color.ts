/**
 * Whether to colour, and the few ANSI styles the text format uses.
 * Order: `--no-color` (or the config's `no-color`) turns colour off; then `FORCE_COLOR` (`0` or
 * `false` off, anything else on); then `NO_COLOR` (any non-empty value off); then colour only
 * when standard output is a terminal that is not `TERM=dumb`.
 */

export function useColor(opts: { noColor: boolean; isTTY: boolean; env: Record<string, string | undefined> }): boolean {
  if (opts.noColor) return false;
  const force = opts.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (opts.env.NO_COLOR) return false;
  return opts.isTTY && opts.env.TERM !== 'dumb';
}

export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  cyan(s: string): string;
  green(s: string): string;
  underline(s: string): string;
}

const style = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export function paint(enabled: boolean): Paint {
  const id = (s: string) => s;
  if (!enabled) return { bold: id, dim: id, red: id, yellow: id, blue: id, cyan: id, green: id, underline: id };
  return { bold: style(1, 22), dim: style(2, 22), red: style(31, 39), yellow: style(33, 39), blue: style(34, 39), cyan: style(36, 39), green: style(32, 39), underline: style(4, 24) };
}
