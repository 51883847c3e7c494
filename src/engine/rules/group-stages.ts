/** Rules of the "stages" group, in index order. */
import type { Rule } from '../types.ts';
import baseImageUntagged from './base-image-untagged.ts';
import consistentInstructionCasing from './consistent-instruction-casing.ts';
import copyFromSelf from './copy-from-self.ts';
import copyFromUnknownStage from './copy-from-unknown-stage.ts';
import copyWholeFilesystem from './copy-whole-filesystem.ts';
import fromAsCasing from './from-as-casing.ts';
import fromPlatformConstant from './from-platform-constant.ts';
import invalidDefaultArgInFrom from './invalid-default-arg-in-from.ts';
import maintainerDeprecated from './maintainer-deprecated.ts';
import redundantTargetPlatform from './redundant-target-platform.ts';
import reservedStageName from './reserved-stage-name.ts';
import stageNameCasing from './stage-name-casing.ts';
import undefinedArgInFrom from './undefined-arg-in-from.ts';
import invalidDefinitionDescription from './invalid-definition-description.ts';

export const STAGES_RULES: Rule[] = [
  // FROM: the base image.
  baseImageUntagged,
  invalidDefaultArgInFrom,
  undefinedArgInFrom,
  fromPlatformConstant,
  redundantTargetPlatform,
  // Stage names.
  reservedStageName,
  stageNameCasing,
  fromAsCasing,
  // Stages referring to each other.
  copyFromUnknownStage,
  copyFromSelf,
  copyWholeFilesystem,
  // The whole file.
  consistentInstructionCasing,
  maintainerDeprecated,
  invalidDefinitionDescription,
];
