/** Small shared pieces for check definitions. */
import type { CheckBody, CheckDefinition } from './types.ts';

export function defineCheck<K extends CheckBody['kind']>(def: CheckDefinition<Extract<CheckBody, { kind: K }>>): CheckDefinition<Extract<CheckBody, { kind: K }>> {
  return def;
}

export { t } from '../define.ts';

/** The page of an instruction, e.g. `/instructions/user/`. */
export const instructionPage = (name: string): string => `/instructions/${name}/`;
