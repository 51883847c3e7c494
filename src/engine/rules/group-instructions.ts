/** Rules of the "instructions" group, in index order. */
import type { Rule } from '../types.ts';
import workdirRelative from './workdir-relative.ts';
import copyRelativeDestNoWorkdir from './copy-relative-dest-no-workdir.ts';
import exposePortRange from './expose-port-range.ts';
import exposeProtoCasing from './expose-proto-casing.ts';
import exposeInvalidFormat from './expose-invalid-format.ts';
import userRoot from './user-root.ts';
import userNumericUid from './user-numeric-uid.ts';
import secretsInArgEnv from './secrets-in-arg-env.ts';
import envSelfReference from './env-self-reference.ts';
import labelKeyFormat from './label-key-format.ts';
import preferCopy from './prefer-copy.ts';
import copyThenExtract from './copy-then-extract.ts';
import undefinedVar from './undefined-var.ts';

export const INSTRUCTIONS_RULES: Rule[] = [
  workdirRelative,
  copyRelativeDestNoWorkdir,
  exposePortRange,
  exposeProtoCasing,
  exposeInvalidFormat,
  userRoot,
  userNumericUid,
  secretsInArgEnv,
  envSelfReference,
  undefinedVar,
  labelKeyFormat,
  preferCopy,
  copyThenExtract,
];
