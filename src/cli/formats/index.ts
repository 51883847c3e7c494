/**
 * The output formats, each loaded only when asked for, so a run pays for the one it prints.
 * Adding a format is one entry here and one module beside this one.
 */
import type { Formatter } from './report.ts';

const LOADERS: Record<string, () => Promise<{ format: Formatter }>> = {
  text: () => import('./text.ts'),
  compact: () => import('./compact.ts'),
  json: () => import('./json.ts'),
  sarif: () => import('./sarif.ts'),
  github: () => import('./github.ts'),
  checkstyle: () => import('./checkstyle.ts'),
  gitlab: () => import('./gitlab.ts'),
};

export const FORMAT_NAMES: readonly string[] = Object.keys(LOADERS);

export async function loadFormat(name: string): Promise<Formatter> {
  return (await LOADERS[name]!()).format;
}
