/** Every exercise, in the order the practice page lists them (by step, then instruction pages, then the capstone). */
import type { Exercise } from '../../src/practice/exercise.ts';
import step1PinVersion from './step-1-pin-version.ts';
import step1SyntaxDirective from './step-1-syntax-directive.ts';
import step1Untagged from './step-1-untagged.ts';
import step2NoRecommends from './step-2-no-recommends.ts';
import step2RightPackages from './step-2-right-packages.ts';
import step2UpdateTogether from './step-2-update-together.ts';
import step3CopyCode from './step-3-copy-code.ts';
import step3Venv from './step-3-venv.ts';
import step3Workdir from './step-3-workdir.ts';
import step4ExecForm from './step-4-exec-form.ts';
import step4Gunicorn from './step-4-gunicorn.ts';
import step4MinimalFix from './step-4-minimal-fix.ts';
import step5CacheOrder from './step-5-cache-order.ts';
import step5CheckError from './step-5-check-error.ts';
import step5SeeWarning from './step-5-see-warning.ts';
import step6ExposeLabels from './step-6-expose-labels.ts';
import step6Healthcheck from './step-6-healthcheck.ts';
import step6NonRoot from './step-6-non-root.ts';
import instructionFromMultiStage from './instruction-from-multi-stage.ts';
import instructionRunApt from './instruction-run-apt.ts';
import instructionCopyDestination from './instruction-copy-destination.ts';
import instructionAddToCopy from './instruction-add-to-copy.ts';
import instructionCmdQuotes from './instruction-cmd-quotes.ts';
import instructionEntrypointDefaults from './instruction-entrypoint-defaults.ts';
import instructionEnvSecret from './instruction-env-secret.ts';
import instructionArgToken from './instruction-arg-token.ts';
import instructionUserBack from './instruction-user-back.ts';
import instructionWorkdirCd from './instruction-workdir-cd.ts';
import instructionHealthcheckProbe from './instruction-healthcheck-probe.ts';
import instructionExposePort from './instruction-expose-port.ts';
import instructionLabelOci from './instruction-label-oci.ts';
import instructionShellPipefail from './instruction-shell-pipefail.ts';
import checklistCapstone from './checklist-capstone.ts';

export const EXERCISES: readonly Exercise[] = [
  step1PinVersion, step1Untagged, step1SyntaxDirective,
  step2NoRecommends, step2UpdateTogether, step2RightPackages,
  step3Workdir, step3Venv, step3CopyCode,
  step4Gunicorn, step4ExecForm, step4MinimalFix,
  step5CacheOrder, step5CheckError, step5SeeWarning,
  step6NonRoot, step6Healthcheck, step6ExposeLabels,
  instructionFromMultiStage,
  instructionRunApt,
  instructionCopyDestination,
  instructionAddToCopy,
  instructionCmdQuotes,
  instructionEntrypointDefaults,
  instructionEnvSecret,
  instructionArgToken,
  instructionUserBack,
  instructionWorkdirCd,
  instructionHealthcheckProbe,
  instructionExposePort,
  instructionLabelOci,
  instructionShellPipefail,
  checklistCapstone,
];

export const EXERCISES_BY_ID: ReadonlyMap<string, Exercise> = new Map(EXERCISES.map((e) => [e.id, e]));
