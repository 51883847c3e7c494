/**
 * Helpers shared by the "stages" rules: FROM images resolved as BuildKit resolves them (global ARG
 * defaults, platform arguments), image reference validity, platform strings, and every reference
 * to a stage (`FROM <alias>`, `COPY --from=…`, `RUN --mount=…,from=…`).
 */
import { Copy, From, Run, type Instruction } from 'dockerfile-ast';
import { evaluateGlobalArgs } from './arg-decls.ts';
import type { Model, Stage } from './model.ts';
import { lexWord, PREDEFINED_PLATFORM_ARGS } from './vars.ts';

/** A valid stage name as BuildKit checks it (after lowercasing). */
export const STAGE_NAME = /^[a-z][a-z0-9_\-.]*$/;

/** The platform assumed when BuildKit would fill in a platform argument (a typical build host). */
const SAMPLE_PLATFORM: Record<string, string> = {
  BUILDPLATFORM: 'linux/amd64', BUILDOS: 'linux', BUILDARCH: 'amd64', BUILDVARIANT: '',
  TARGETPLATFORM: 'linux/amd64', TARGETOS: 'linux', TARGETARCH: 'amd64', TARGETVARIANT: '',
};

export interface FromVars {
  /** Values usable in FROM: platform arguments (sample values) and global ARGs (defaults, expanded in order). */
  values: Map<string, string | undefined>;
  /** Names declared by a global ARG (with or without a default) or predefined by BuildKit. */
  declared: Set<string>;
}

const varsMemo = new WeakMap<Model, FromVars>();

/** The variables a FROM line can use, as BuildKit sees them with no `--build-arg`. */
export function fromVars(model: Model): FromVars {
  const memo = varsMemo.get(model);
  if (memo) return memo;
  // Platform arguments are predefined (with a typical build host's values) and usable in FROM.
  const seed = new Map(PREDEFINED_PLATFORM_ARGS.map((n) => [n, SAMPLE_PLATFORM[n]] as const).filter(([, v]) => v !== undefined));
  const { values, declared } = evaluateGlobalArgs(model.instructions, model.text, model.escape, model.offsets, (p) => model.lines.offsetAt(p), seed);
  for (const name of PREDEFINED_PLATFORM_ARGS) declared.add(name);
  const result = { values, declared };
  varsMemo.set(model, result);
  return result;
}

/** Matches `$NAME` or `${NAME…}` in the written text, to list the variables it uses (group 2: a `-`/`:-` fallback). */
const VAR_NAMES = /\$\{?([A-Za-z_][A-Za-z0-9_]*)(:?-)?/g;

export interface ResolvedImage {
  /** The FROM image as written. */
  written: string;
  /** The image with the variables substituted; undefined when it cannot be known statically. */
  value?: string;
  /** Whether the written text uses variables. */
  usesVariables: boolean;
  /** Variables used that no global ARG declares and BuildKit does not predefine. */
  undeclared: string[];
  /** Declared variables that have no value (ARG without a default). */
  withoutDefault: string[];
}

/** Expands a FROM-like word (image or platform) with the global ARG defaults. */
export function resolveWord(model: Model, written: string): ResolvedImage {
  const { values, declared } = fromVars(model);
  const usesVariables = written.includes('$');
  if (!usesVariables) {
    // Quotes and escapes are removed by BuildKit's word lexer before the reference is checked.
    const value = /["']/.test(written) || written.includes(model.escape) ? lexWord(written, values, model.escape).value : written;
    return { written, value, usesVariables, undeclared: [], withoutDefault: [] };
  }
  const undeclared: string[] = [];
  const withoutDefault: string[] = [];
  for (const m of written.matchAll(VAR_NAMES)) {
    const name = m[1]!;
    // `${NAME:-fallback}` has a value either way.
    if (m[2] && m[0][1] === '{') continue;
    if (!declared.has(name)) undeclared.push(name);
    else if (values.get(name) === undefined) withoutDefault.push(name);
  }
  const { value } = lexWord(written, values, model.escape);
  // Forms the expander does not know (`${X#…}`, escaped `$`) leave a `$` behind: unknown.
  return { written, value: value.includes('$') ? undefined : value, usesVariables, undeclared, withoutDefault };
}

export function resolveFromImage(model: Model, stage: Stage): ResolvedImage {
  return resolveWord(model, writtenImage(model, stage.from));
}

/** The FROM image exactly as written (dockerfile-ast's getImage() has already dropped escape characters). */
export function writtenImage(model: Model, from: From): string {
  const range = from.getImageRange();
  if (!range) return from.getImage() ?? '';
  return model.text.slice(model.lines.offsetAt(range.start), model.lines.offsetAt(range.end));
}

/** The stage named `name` (case-insensitive, as BuildKit compares) among the stages before `before`. */
export function earlierStageNamed(model: Model, name: string, before: number): Stage | undefined {
  const first = firstStageNamed(model, name);
  return first && first.index < before ? first : undefined;
}

const namesMemo = new WeakMap<Model, Map<string, Stage>>();

/** The first stage with this name (case-insensitive), wherever it is. */
export function firstStageNamed(model: Model, name: string): Stage | undefined {
  let names = namesMemo.get(model);
  if (!names) {
    names = new Map();
    for (const s of model.stages) if (s.name !== undefined && !names.has(s.name)) names.set(s.name, s);
    namesMemo.set(model, names);
  }
  return names.get(name.toLowerCase());
}

// Image references, after the grammar of github.com/distribution/reference (the one Docker uses).
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^(${NAME})(?::${TAG})?(?:@${DIGEST})?$`);
const HEX64 = /^[a-f0-9]{64}$/;

export type ReferenceProblem = 'empty' | 'uppercase' | 'format' | 'too-long';

/**
 * Why Docker would refuse `ref` as an image reference (`reference.ParseNormalizedNamed`), or
 * undefined when it is valid.
 */
export function referenceProblem(ref: string): ReferenceProblem | undefined {
  if (ref === '') return 'empty';
  if (ref.length > 600) return 'too-long';
  if (HEX64.test(ref)) return 'format';
  const m = REFERENCE.exec(ref);
  if (!m) {
    // The usual cause: capital letters in the repository part.
    return REFERENCE.test(lowerRepository(ref)) ? 'uppercase' : 'format';
  }
  if (m[1]!.length > 255) return 'too-long';
  return undefined;
}

/** `ref` with its repository path (not the registry, tag or digest) lowercased. */
function lowerRepository(ref: string): string {
  const at = ref.indexOf('@');
  const beforeDigest = at >= 0 ? ref.slice(0, at) : ref;
  const digest = at >= 0 ? ref.slice(at) : '';
  const slash = beforeDigest.lastIndexOf('/');
  const colon = beforeDigest.lastIndexOf(':');
  const name = colon > slash ? beforeDigest.slice(0, colon) : beforeDigest;
  const tag = colon > slash ? beforeDigest.slice(colon) : '';
  const first = name.indexOf('/');
  const head = first >= 0 ? name.slice(0, first) : '';
  const hasDomain = first >= 0 && (head.includes('.') || head.includes(':') || head === 'localhost' || head !== head.toLowerCase());
  const repo = hasDomain ? `${head}/${name.slice(first + 1).toLowerCase()}` : name.toLowerCase();
  return repo + tag + digest;
}

const KNOWN_OS = new Set(['aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl',
  'netbsd', 'openbsd', 'plan9', 'solaris', 'wasip1', 'windows', 'zos']);
const ARCH_ALIASES: Record<string, string> = {
  i386: '386', i486: '386', i586: '386', i686: '386', '386': '386', x86_64: 'amd64', 'x86-64': 'amd64', amd64: 'amd64',
  aarch64: 'arm64', arm64: 'arm64', armhf: 'arm', armel: 'arm', arm: 'arm', ppc64le: 'ppc64le', ppc64: 'ppc64',
  s390x: 's390x', riscv64: 'riscv64', mips64le: 'mips64le', mips64: 'mips64', mipsle: 'mipsle', mips: 'mips',
  loong64: 'loong64', wasm: 'wasm',
};

/**
 * OS and architecture of a literal platform (`linux/amd64`, `linux/arm64/v8`, `arm64`), normalised
 * the way containerd does; undefined when it does not parse.
 */
export function parsePlatform(text: string): { os: string; arch: string } | undefined {
  const parts = text.trim().toLowerCase().split('/');
  if (parts.some((p) => !/^[a-z0-9_.-]+$/.test(p))) return undefined;
  if (parts.length === 1) {
    const p = parts[0]!;
    if (KNOWN_OS.has(p)) return { os: p === 'macos' ? 'darwin' : p, arch: 'amd64' };
    if (ARCH_ALIASES[p]) return { os: 'linux', arch: ARCH_ALIASES[p]! };
    return undefined;
  }
  if (parts.length > 3) return undefined;
  const os = parts[0] === 'macos' ? 'darwin' : parts[0]!;
  return { os, arch: ARCH_ALIASES[parts[1]!] ?? parts[1]! };
}

/** Removes one pair of surrounding quotes, as the Dockerfile word parser would. */
export function unquote(s: string): string {
  return s.length >= 2 && (s[0] === '"' || s[0] === "'") && s[s.length - 1] === s[0] ? s.slice(1, -1) : s;
}

export interface StageReference {
  /** The stage the referencing instruction belongs to. */
  stage: Stage;
  instruction: Instruction;
  kind: 'copy' | 'mount';
  /** The value as written after `--from=` or `from=`. */
  value: string;
  /** Offsets of the value. */
  start: number;
  end: number;
}

const refsMemo = new WeakMap<Model, StageReference[]>();

/** Every `COPY --from=…` and `RUN --mount=…,from=…` in the stages (ONBUILD triggers excluded). */
export function stageReferences(model: Model): StageReference[] {
  const memo = refsMemo.get(model);
  if (memo) return memo;
  const out: StageReference[] = [];
  for (const stage of model.stages) {
    for (const ins of stage.body) {
      if (ins instanceof Copy) {
        for (const f of ins.getFlags()) {
          if (f.getName() !== 'from') continue;
          const range = f.getValueRange();
          const value = f.getValue();
          if (!range || !value) continue;
          out.push({ stage, instruction: ins, kind: 'copy', value, start: model.lines.offsetAt(range.start), end: model.lines.offsetAt(range.end) });
        }
      } else if (ins instanceof Run) {
        for (const f of ins.getFlags()) {
          if (f.getName() !== 'mount') continue;
          for (const o of f.getOptions()) {
            if (o.getName() !== 'from') continue;
            const range = o.getValueRange();
            const value = o.getValue();
            if (!range || !value) continue;
            out.push({ stage, instruction: ins, kind: 'mount', value, start: model.lines.offsetAt(range.start), end: model.lines.offsetAt(range.end) });
          }
        }
      }
    }
  }
  refsMemo.set(model, out);
  return out;
}

/** Docker Hub official images (and a few other names) that `--from=<name>` plausibly means. */
export const KNOWN_IMAGES = new Set([
  'adminer', 'aerospike', 'almalinux', 'alpine', 'alt', 'amazoncorretto', 'amazonlinux', 'arangodb', 'archlinux', 'backdrop',
  'bash', 'bonita', 'buildpack-deps', 'busybox', 'caddy', 'cassandra', 'centos', 'chronograf', 'cirros', 'clearlinux',
  'clickhouse', 'clojure', 'composer', 'couchbase', 'couchdb', 'crate', 'dart', 'debian', 'docker', 'drupal',
  'eclipse-mosquitto', 'eclipse-temurin', 'eggdrop', 'elasticsearch', 'elixir', 'emqx', 'erlang', 'fedora', 'flink',
  'fluentd', 'friendica', 'gazebo', 'gcc', 'geonetwork', 'ghost', 'golang', 'gradle', 'groovy', 'haproxy', 'haskell', 'haxe',
  'hello-world', 'hitch', 'httpd', 'hylang', 'ibm-semeru-runtimes', 'ibmjava', 'influxdb', 'irssi', 'jetty', 'joomla',
  'jruby', 'julia', 'kapacitor', 'kibana', 'kong', 'krakend', 'liquibase', 'logstash', 'mageia', 'mariadb', 'matomo', 'maven',
  'mediawiki', 'memcached', 'mongo', 'mongo-express', 'monica', 'mono', 'mysql', 'nats', 'neo4j', 'neurodebian', 'nextcloud',
  'nginx', 'node', 'notary', 'odoo', 'open-liberty', 'openjdk', 'oraclelinux', 'orientdb', 'percona', 'perl', 'photon', 'php',
  'phpmyadmin', 'plone', 'postfixadmin', 'postgres', 'pypy', 'python', 'r-base', 'rabbitmq', 'rakudo-star', 'redis',
  'redmine', 'registry', 'rethinkdb', 'rocket.chat', 'rockylinux', 'ruby', 'rust', 'sapmachine', 'satosa', 'scratch',
  'silverpeas', 'solr', 'sonarqube', 'spiped', 'swift', 'swipl', 'teamspeak', 'telegraf', 'tomcat', 'tomee', 'traefik',
  'ubuntu', 'unit', 'varnish', 'websphere-liberty', 'wordpress', 'xwiki', 'yourls', 'znc', 'zookeeper',
]);

/** Keyword casing: `upper`, `lower`, or `mixed` (`From`). */
export function casingOf(word: string): 'upper' | 'lower' | 'mixed' {
  if (word === word.toUpperCase()) return 'upper';
  if (word === word.toLowerCase()) return 'lower';
  return 'mixed';
}

/** The casing most instruction keywords use (BuildKit's ConsistentInstructionCasing; a tie is uppercase). */
export function majorityCasing(model: Model): 'upper' | 'lower' {
  let lower = 0;
  let upper = 0;
  for (const ins of model.instructions) {
    const c = casingOf(ins.getInstruction());
    if (c === 'lower') lower++;
    else if (c === 'upper') upper++;
  }
  return lower > upper ? 'lower' : 'upper';
}

/** Offsets of the `AS` keyword of a FROM, when it has `AS name`. */
export function asKeywordRange(model: Model, from: From): [number, number] | undefined {
  const args = from.getArguments();
  if (args.length !== 3 || args[1]!.getValue().toLowerCase() !== 'as') return undefined;
  return model.offsets(args[1]!);
}
