/** The catalogue: every practice rule, in the order of the rule index. Nothing registers itself. */
import type { Rule } from '../types.ts';
import addUrlChecksum from './add-url-checksum.ts';
import aptUpdateSeparate from './apt-update-separate.ts';
import baseImageLatest from './base-image-latest.ts';
import healthcheckShellForm from './healthcheck-shell-form.ts';
import jsonArgsRecommended from './json-args-recommended.ts';
import legacyKeyValue from './legacy-key-value.ts';
import noHealthcheck from './no-healthcheck.ts';
import noUser from './no-user.ts';
import pipExternallyManaged from './pip-externally-managed.ts';
import pythonNotFound from './python-not-found.ts';
import startFileNotCopied from './start-file-not-copied.ts';
import copyIgnoredFile from './copy-ignored-file.ts';
import copySourceNotFound from './copy-source-not-found.ts';
import { INSTRUCTIONS_RULES } from './group-instructions.ts';
import { PACKAGES_RULES } from './group-packages.ts';
import { RUN_RULES } from './group-run.ts';
import { STAGES_RULES } from './group-stages.ts';

export const RULES: Rule[] = [
  // The guide's own rules.
  pipExternallyManaged,
  pythonNotFound,
  startFileNotCopied,
  // With a build context only.
  copySourceNotFound,
  copyIgnoredFile,
  aptUpdateSeparate,
  noUser,
  noHealthcheck,
  addUrlChecksum,
  // Practice rules shared with hadolint and BuildKit.
  baseImageLatest,
  jsonArgsRecommended,
  healthcheckShellForm,
  legacyKeyValue,
  ...STAGES_RULES,
  ...INSTRUCTIONS_RULES,
  ...RUN_RULES,
  ...PACKAGES_RULES,
];
