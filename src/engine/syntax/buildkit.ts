/** What BuildKit rejects and dockerfile-utils lets through, as syntax findings (codes in buildkit-codes.ts). */
import { Onbuild, Run } from 'dockerfile-ast';
import { Add, Copy, type Model } from '../model.ts';
import { checkDirective, parseCheckOptions, parserDirective } from '../pragmas.ts';
import type { SyntaxCode } from './codes.ts';
import { BUILDKIT_CODES } from './buildkit-codes.ts';
import { copyFlagProblems } from './copy-flags.ts';
import { unterminatedHeredocs } from './heredoc.ts';
import { emptyVolumes, heredocDestination, remoteCopySources } from './instruction-args.ts';
import { runFlagProblems, type FlagProblem } from './run-flags.ts';
import { stageReferences } from '../stages-helpers.ts';

const BY_ID = new Map(BUILDKIT_CODES.map((c) => [c.id, c]));

export interface BuildkitFinding {
  code: SyntaxCode;
  start: number;
  end: number;
  data: Record<string, string>;
  instructionLine?: number;
}

export function buildkitRejections(model: Model): BuildkitFinding[] {
  const problems: (FlagProblem & { line?: number })[] = [];
  // convert.go newRuleLinter: a check directive BuildKit cannot parse fails the build.
  const directive = checkDirective(model);
  if (directive) {
    const invalid = parseCheckOptions(directive.value).invalid;
    if (invalid !== undefined) {
      const lineStart = model.lines.offsetAt({ line: directive.line, character: 0 });
      const text = model.lines.lineText(directive.line);
      const at = Math.max(0, text.indexOf(invalid));
      problems.push({ id: 'syntax-invalid-check-directive', start: lineStart + at, end: lineStart + at + invalid.length, data: { text: invalid } });
    }
  }
  problems.push(...unterminatedHeredocs(model));
  // convert_norundevice.go: the stable frontend refuses `RUN --device` when it runs the instruction.
  const labs = /labs/i.test(parserDirective(model, 'syntax')?.value ?? '');
  for (const ins of model.instructions) {
    const line = ins.getRange().start.line;
    // ONBUILD triggers run in a child image's build: that build is the one that fails.
    if (ins instanceof Onbuild) continue;
    // Mount options (but `from`), `--chmod` and `--checksum` are checked when BuildKit dispatches
    // the instruction, which it does only for stages the built target needs; `--network`,
    // `--security` and a variable in `from` are refused while parsing, in every stage.
    const built = model.stageOf(ins)?.reachesFinal ?? true;
    const found: FlagProblem[] = [...emptyVolumes(model, ins)];
    if (ins instanceof Run) found.push(...runFlagProblems(model, ins, built));
    if (ins instanceof Run && built && !labs) {
      for (const f of ins.getFlags().filter((x) => x.getName() === 'device')) {
        const [start, end] = model.offsets(f);
        found.push({ id: 'syntax-run-device-labs', start, end, data: { text: `--device` } });
      }
    }
    if (ins instanceof Copy || ins instanceof Add) found.push(...heredocDestination(model, ins));
    if (built && (ins instanceof Copy || ins instanceof Add)) found.push(...copyFlagProblems(model, ins));
    if (built && ins instanceof Copy) found.push(...remoteCopySources(model, ins));
    problems.push(...found.map((p) => ({ ...p, line })));
  }
  problems.push(...laterStageCopies(model), ...invalidPlatforms(model));
  return problems.map((p) => ({ code: BY_ID.get(p.id)!, start: p.start, end: p.end, data: p.data, instructionLine: p.line }));
}

/**
 * `COPY --from=` a stage defined later, or a stage number that does not exist; `RUN
 * --mount=from=` a stage defined later. BuildKit dispatches stages in file order and refuses a
 * source not dispatched yet (convert.go, dispatch: "cannot copy from stage …"; convert_runmount.go:
 * "cannot mount from stage …"); a name used twice means its last stage (dispatchStates.addState).
 * A mount's `from` is only looked up by name (detectRunMount), so a number there is an image.
 */
function laterStageCopies(model: Model): (FlagProblem & { line?: number })[] {
  const out: (FlagProblem & { line?: number })[] = [];
  for (const ref of stageReferences(model)) {
    if (!ref.stage.reachesFinal || /[$:/@]/.test(ref.value)) continue;
    const line = ref.instruction.getRange().start.line;
    const push = (reason: string) => out.push({ id: 'syntax-copy-from-later-stage', start: ref.start, end: ref.end, data: { text: ref.value, value: ref.value, reason }, line });
    if (ref.kind === 'mount') {
      const last = [...model.stages].reverse().find((s) => s.name === ref.value.toLowerCase());
      if (last && last.index > ref.stage.index) push('mount-later');
      continue;
    }
    if (/^\d+$/.test(ref.value)) {
      const n = Number(ref.value);
      if (n >= model.stages.length) push('copy-index');
      else if (n > ref.stage.index) push('copy-later');
      continue;
    }
    const lower = ref.value.toLowerCase();
    const last = [...model.stages].reverse().find((s) => s.name === lower);
    if (last && last.index > ref.stage.index) push('copy-later');
  }
  return out;
}

// containerd/platforms (database.go): the names Parse knows, with normalizeOS/normalizeArch aliases.
const KNOWN_OS = new Set(['aix', 'android', 'darwin', 'macos', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl',
  'netbsd', 'openbsd', 'plan9', 'solaris', 'wasip1', 'windows', 'zos']);
const KNOWN_ARCH = new Set(['386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'ppc64', 'ppc64le', 'loong64', 'mips', 'mipsle',
  'mips64', 'mips64le', 'mips64p32', 'mips64p32le', 'ppc', 'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64', 'wasm',
  'i386', 'i486', 'i586', 'i686', 'x86_64', 'x86-64', 'aarch64', 'armhf', 'armel']);

/**
 * A literal `FROM --platform=` containerd's platforms.Parse refuses: one word that is neither an OS
 * nor an architecture, or more than `os/arch/variant` (convert.go, buildDispatchStates; every stage).
 */
function invalidPlatforms(model: Model): (FlagProblem & { line?: number })[] {
  const out: (FlagProblem & { line?: number })[] = [];
  for (const stage of model.stages) {
    const flag = stage.from.getPlatformFlag();
    const raw = flag?.getValue();
    const range = flag?.getValueRange();
    if (!raw || !range || raw.includes('$')) continue;
    const value = raw.replace(/^(["'])(.*)\1$/, '$2');
    const parts = value.toLowerCase().split('/');
    const single = parts.length === 1 && !KNOWN_OS.has(parts[0]!) && !KNOWN_ARCH.has(parts[0]!);
    if (!single && parts.length <= 3 && !parts.includes('')) continue;
    const start = model.lines.offsetAt(range.start);
    out.push({ id: 'syntax-invalid-platform', start, end: model.lines.offsetAt(range.end), data: { text: value }, line: stage.from.getRange().start.line });
  }
  return out;
}
