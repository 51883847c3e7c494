/**
 * The stage graph as BuildKit sees it: a stage depends on the stage it is built FROM, on the
 * stages it copies from (`COPY --from`) and on those it mounts (`RUN --mount=…,from=`). Only the
 * target and what it depends on are built (BuildKit skips the rest; the legacy builder did not),
 * and stages with no dependency between them build in parallel: here, in waves.
 */
import type { Model, Stage } from '../model.ts';
import { firstStageNamed, stageReferences } from '../stages-helpers.ts';
import type { StageEdge, StageInsight } from './types.ts';

/** The stage a `--from=` value names (alias, any case, or index), or undefined for an image. */
export function stageNamed(model: Model, value: string, from: Stage): Stage | undefined {
  const byName = firstStageNamed(model, value);
  if (byName) return byName !== from ? byName : undefined;
  if (/^\d+$/.test(value)) {
    const s = model.stages[Number(value)];
    return s && s !== from ? s : undefined;
  }
  return undefined;
}

/** The stage `--target` names (alias, any case, or index); the last stage when none is given. */
export function targetStage(model: Model, target?: string): Stage | undefined {
  if (target === undefined || target === '') return model.finalStage;
  return firstStageNamed(model, target) ?? (/^\d+$/.test(target) ? model.stages[Number(target)] : undefined);
}

function edgesOf(model: Model): { parents: Map<Stage, StageEdge[]>; images: Map<Stage, string[]> } {
  const parents = new Map<Stage, StageEdge[]>(model.stages.map((s) => [s, []]));
  const images = new Map<Stage, string[]>(model.stages.map((s) => [s, []]));
  for (const s of model.stages) {
    if (s.parent) parents.get(s)!.push({ stage: s.parent.index, via: 'from', line: s.from.getRange().start.line + 1 });
  }
  for (const ref of stageReferences(model)) {
    const target = stageNamed(model, ref.value, ref.stage);
    const line = ref.instruction.getRange().start.line + 1;
    // BuildKit refuses a source stage defined later (syntax-copy-from-later-stage): no edge, so the graph has no cycle.
    if (target && target.index < ref.stage.index) parents.get(ref.stage)!.push({ stage: target.index, via: ref.kind === 'copy' ? 'copy' : 'mount', line });
    else if (!target && ref.value !== ref.stage.name && ref.value !== String(ref.stage.index)) images.get(ref.stage)!.push(ref.value);
  }
  return { parents, images };
}

export function stageGraph(model: Model, target: Stage | undefined): StageInsight[] {
  const { parents, images } = edgesOf(model);
  const needed = new Set<Stage>();
  const visit = (s: Stage) => {
    if (needed.has(s)) return;
    needed.add(s);
    for (const e of parents.get(s)!) visit(model.stages[e.stage]!);
  };
  if (target) visit(target);

  // Wave: 0 for a stage that needs no other stage, else one more than its deepest dependency.
  const waves = new Map<Stage, number>();
  const waveOf = (s: Stage, seen: Set<Stage>): number => {
    const known = waves.get(s);
    if (known !== undefined) return known;
    if (seen.has(s)) return 0; // a cycle (BuildKit rejects it); do not loop
    seen.add(s);
    let w = 0;
    for (const e of parents.get(s)!) w = Math.max(w, waveOf(model.stages[e.stage]!, seen) + 1);
    waves.set(s, w);
    return w;
  };

  return model.stages.map((s): StageInsight => ({
    index: s.index,
    name: s.name ?? null,
    image: s.image,
    line: s.from.getRange().start.line + 1,
    parents: dedupe(parents.get(s)!),
    externalImages: [...new Set(images.get(s)!)],
    needed: needed.has(s),
    isTarget: s === target,
    wave: needed.has(s) ? waveOf(s, new Set()) : -1,
  }));
}

/** One edge per (stage, via): the first line that creates it. */
function dedupe(edges: StageEdge[]): StageEdge[] {
  const seen = new Set<string>();
  return edges.filter((e) => {
    const key = `${e.stage}:${e.via}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
