/**
 * `RUN --mount`, `--network` and `--security` as BuildKit's instruction parser reads them
 * (frontend/dockerfile/instructions/commands_runmount.go, commands_runnetwork.go,
 * commands_runsecurity.go). Values with variables are left alone: BuildKit expands them first.
 */
import type { Flag, Instruction } from 'dockerfile-ast';
import type { Model } from '../model.ts';
import { suggest } from '../suggest.ts';

export interface FlagProblem {
  id: string;
  start: number;
  end: number;
  data: Record<string, string>;
}

const MOUNT_TYPES = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'];
const SHARING = ['shared', 'private', 'locked'];
// commands_runmount.go, parseMount's `allKeys`, in BuildKit's order (the suggestion takes the first on a tie).
const MOUNT_KEYS = ['type', 'from', 'source', 'target', 'readonly', 'id', 'sharing', 'required', 'size', 'mode', 'uid', 'gid', 'src', 'dst',
  'destination', 'ro', 'rw', 'readwrite', 'env'];
const BOOL = /^(1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)$/;

/** A flag value as the Dockerfile word lexer leaves it: quotes removed. */
function unquote(value: string): string {
  return value.replace(/"([^"]*)"|'([^']*)'/g, (_, a: string | undefined, b: string | undefined) => a ?? b ?? '');
}

/** The fields of a CSV record (go-csvvalue): commas split, double quotes group. */
function csvFields(value: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === '"') {
      if (quoted && value[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = !quoted;
    } else if (ch === ',' && !quoted) {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}

/** go-units RAMInBytes: a number with an optional b/k/m/g/t/p unit (and optional `b`/`ib`). */
const RAM_SIZE = /^\d+(\.\d+)?\s*([kKmMgGtTpP]i?[bB]?|[bB])?$/;

/** First problem of one `--mount` value, or undefined (commands_runmount.go, parseMount). */
export function mountProblem(raw: string): { reason: string; value: string; key?: string; type?: string; suggest?: string } | undefined {
  let type = 'bind';
  const seen = new Map<string, string>();
  for (const field of csvFields(unquote(raw))) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    const value = eq < 0 ? '' : field.slice(eq + 1);
    if (eq < 0) {
      if (['readonly', 'ro', 'readwrite', 'rw'].includes(key)) continue;
      if (key === 'required') {
        if (type === 'secret' || type === 'ssh') continue;
        return { reason: 'mount-key-for-type', value: key, type };
      }
      return { reason: 'mount-field', value: field };
    }
    // `from` is never expanded: a variable there is refused outright.
    if (key === 'from') {
      const at = value.indexOf('$');
      if (at !== -1 && at !== value.length - 1) return { reason: 'mount-from-variable', value };
    }
    if (value.includes('$')) {
      if (key === 'type') return undefined; // the type decides what follows: unknowable
      seen.set(key, value);
      continue;
    }
    switch (key) {
      case 'type':
        if (!MOUNT_TYPES.includes(value.toLowerCase())) return { reason: 'mount-type', value, suggest: suggest(value, MOUNT_TYPES) };
        type = value.toLowerCase();
        break;
      case 'readonly': case 'ro': case 'readwrite': case 'rw':
        if (!BOOL.test(value)) return { reason: 'mount-value', value, key };
        break;
      case 'required':
        if (type !== 'secret' && type !== 'ssh') return { reason: 'mount-key-for-type', value: key, type };
        if (!BOOL.test(value)) return { reason: 'mount-value', value, key };
        break;
      case 'size':
        if (type !== 'tmpfs') return { reason: 'mount-key-for-type', value: key, type };
        if (!RAM_SIZE.test(value)) return { reason: 'mount-value', value, key };
        break;
      case 'sharing':
        if (!SHARING.includes(value.toLowerCase())) return { reason: 'mount-sharing', value, suggest: suggest(value, SHARING) };
        break;
      case 'mode':
        if (!/^[0-7]+$/.test(value) || parseInt(value, 8) > 0xffffffff) return { reason: 'mount-value', value, key };
        break;
      case 'uid': case 'gid':
        if (!/^\d+$/.test(value) || Number(value) > 0xffffffff) return { reason: 'mount-value', value, key };
        break;
      case 'from': case 'source': case 'src': case 'target': case 'dst': case 'destination': case 'id': case 'env':
        break;
      default:
        return { reason: 'mount-key', value: key, suggest: suggest(key, MOUNT_KEYS) };
    }
    seen.set(key, value);
  }
  // Checks after all fields are read, in parseMount's order.
  if (!['secret', 'ssh', 'cache'].includes(type)) {
    for (const key of ['mode', 'uid', 'gid']) if (seen.has(key)) return { reason: 'mount-key-for-type', value: key, type };
  }
  if (type === 'secret') {
    if (seen.has('from')) return { reason: 'mount-secret', value: 'from' };
    if (seen.has('sharing')) return { reason: 'mount-secret', value: 'sharing' };
    const source = seen.get('source') ?? seen.get('src');
    const target = seen.get('target') ?? seen.get('dst') ?? seen.get('destination');
    if (!source && !target && !seen.get('id')) return { reason: 'mount-secret-target', value: '' };
    if (source && seen.get('id')) return { reason: 'mount-secret-id-source', value: '' };
  }
  if (seen.has('sharing') && type !== 'cache') return { reason: 'mount-key-for-type', value: 'sharing', type };
  // convert_runmount.go: the target, made absolute, may not be `/`.
  const target = seen.get('target') ?? seen.get('dst') ?? seen.get('destination');
  if (target !== undefined && /^\/+(\.\/*)*$/.test(target) && type !== 'secret' && type !== 'ssh') return { reason: 'mount-root', value: target };
  return undefined;
}

/** Problems in the flags of one RUN (or ONBUILD RUN). */
export function runFlagProblems(model: Model, run: Instruction & { getFlags(): Flag[] }, dispatched: boolean): FlagProblem[] {
  const out: FlagProblem[] = [];
  for (const flag of run.getFlags()) {
    const raw = flag.getValue();
    if (raw === null) continue;
    const value = unquote(raw);
    const range = flag.getValueRange() ?? flag.getRange();
    const start = model.lines.offsetAt(range.start);
    const end = model.lines.offsetAt(range.end);
    const name = flag.getName();
    if (name === 'mount') {
      const p = mountProblem(raw);
      if (p && (dispatched || p.reason === 'mount-from-variable')) out.push({ id: 'syntax-run-mount', start, end, data: { text: value, ...stringData(p) } });
    } else if (value.includes('$')) continue;
    else if (name === 'network' && !['default', 'none', 'host'].includes(value)) {
      out.push({ id: 'syntax-run-network', start, end, data: { text: value } });
    } else if (name === 'security' && !['sandbox', 'insecure'].includes(value)) {
      out.push({ id: 'syntax-run-security', start, end, data: { text: value } });
    }
  }
  return out;
}

function stringData(p: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(p)) if (v !== undefined) out[k] = v;
  return out;
}
