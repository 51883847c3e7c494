/** Every check kind and its definition. */
import { pinnedBase } from './base-image.ts';
import { depsFirst } from './dependency-order.ts';
import { directive } from './directive.ts';
import { copies } from './files.ts';
import { healthcheck } from './healthcheck.ts';
import { expose, ociLabels } from './metadata.ts';
import { aptInstalls } from './packages.ts';
import { noRerun } from './rerun.ts';
import { ruleAbsent, ruleRaised } from './rules.ts';
import { noSecrets } from './secrets.ts';
import { multiStage } from './stages.ts';
import { execStart } from './start-command.ts';
import type { CheckBody, CheckDefinition, CheckKind } from './types.ts';
import { nonRoot } from './user.ts';
import { workdir } from './workdir.ts';

type Registry = { [K in CheckKind]: CheckDefinition<Extract<CheckBody, { kind: K }>> };

export const CHECKS: Registry = {
  'rule-absent': ruleAbsent,
  'rule-raised': ruleRaised,
  'non-root': nonRoot,
  'exec-start': execStart,
  healthcheck,
  'multi-stage': multiStage,
  'deps-first': depsFirst,
  'no-rerun': noRerun,
  'pinned-base': pinnedBase,
  'no-secrets': noSecrets,
  workdir,
  copies,
  'apt-installs': aptInstalls,
  expose,
  'oci-labels': ociLabels,
  directive,
};

export const CHECK_KINDS = Object.keys(CHECKS) as CheckKind[];

/** The definition for a spec, typed to match it. */
export function definitionOf<S extends CheckBody>(spec: S): CheckDefinition<S> | undefined {
  return (CHECKS as Record<string, unknown>)[spec.kind] as CheckDefinition<S> | undefined;
}

