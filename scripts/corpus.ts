// node scripts/corpus.ts [--all] [--rule ID] [--severity error|warning|info] [--mirror DIR]
//
// Lints every Dockerfile in the public repositories listed in scripts/corpus-repos.txt and reports
// files, crashes, findings at the chosen severity (error by default) per rule with example
// locations, and time. Files listed in scripts/corpus-not-buildable.txt (templates, parser test
// fixtures) are counted apart: errors there are expected. The repositories are bare git snapshots
// outside the project (their files are not ours and CI cannot fetch them): each is read at HEAD
// with `git ls-tree` and `git cat-file`, never checked out or copied.
// Exits 1 when the engine crashed on a file or raised an error on a file that builds.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from '../src/engine/lint.ts';
import { SEVERITY_RANK, type Severity } from '../src/engine/types.ts';

const here = dirname(fileURLToPath(import.meta.url));

interface Options { all: boolean; rule?: string; severity: Severity; mirror: string }

function parseArgs(argv: string[]): Options {
  const opts: Options = { all: false, severity: 'error', mirror: process.env.CORPUS_MIRROR ?? '/work/.mirror' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--all') opts.all = true;
    else if (a === '--rule') opts.rule = argv[++i];
    else if (a === '--severity') opts.severity = argv[++i] as Severity;
    else if (a === '--mirror') opts.mirror = argv[++i]!;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!(opts.severity in SEVERITY_RANK)) throw new Error(`--severity must be error, warning or info`);
  return opts;
}

/** owner/name per line; `#` starts a comment. */
function readRepos(): string[] {
  return readFileSync(join(here, 'corpus-repos.txt'), 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
}

interface NotBuildable { repo: string; path: RegExp; why: string }

/** `owner/name:glob  why` per line. */
function readNotBuildable(): NotBuildable[] {
  const glob = (g: string) => new RegExp(`^${g.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\0').replace(/\*/g, '[^/]*').replace(/\0/g, '.*')}$`);
  return readFileSync(join(here, 'corpus-not-buildable.txt'), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => {
    const [where, ...why] = l.split(/\s{2,}/);
    const colon = where!.indexOf(':');
    return { repo: where!.slice(0, colon), path: glob(where!.slice(colon + 1)), why: why.join(' ') };
  });
}

/** Dockerfile, Containerfile, Dockerfile.*, Containerfile.*, *.Dockerfile, *.Containerfile (any case); not templates or ignore files. */
export function isDockerfileName(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (/\.(template|dockerignore|md|sh|ps1|json|ya?ml|txt|go|py|js|ts|rs|toml)$/.test(base)) return false;
  return /^(dockerfile|containerfile)(\.[^/]+)?$/.test(base) || /\.(dockerfile|containerfile)$/.test(base);
}

function git(gitDir: string, args: string[], input?: string): Buffer {
  const r = spawnSync('git', [`--git-dir=${gitDir}`, ...args], { input, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} in ${gitDir}: ${r.stderr.toString().trim()}`);
  return r.stdout;
}

interface File { repo: string; path: string; text: string }

/** Every Dockerfile at HEAD, read in one `git cat-file --batch` per repository. */
function filesOf(repo: string, gitDir: string): File[] {
  const entries = git(gitDir, ['ls-tree', '-r', '-z', 'HEAD']).toString('utf8').split('\0').filter(Boolean)
    .map((e) => { const tab = e.indexOf('\t'); const [mode, type, oid] = e.slice(0, tab).split(' '); return { mode, type, oid: oid!, path: e.slice(tab + 1) }; })
    // Symbolic links (mode 120000) hold a path, not a Dockerfile.
    .filter((e) => e.type === 'blob' && e.mode !== '120000' && isDockerfileName(e.path));
  if (entries.length === 0) return [];
  const out = git(gitDir, ['cat-file', '--batch'], entries.map((e) => e.oid).join('\n') + '\n');
  const files: File[] = [];
  let at = 0;
  for (const e of entries) {
    const nl = out.indexOf(10, at);
    const size = Number(out.subarray(at, nl).toString().split(' ')[2]);
    files.push({ repo, path: e.path, text: out.subarray(nl + 1, nl + 1 + size).toString('utf8') });
    at = nl + 1 + size + 1;
  }
  return files;
}

interface Tally { count: number; files: Set<string>; examples: string[] }

function tally(map: Map<string, Tally>, rule: string, where: string, example: string, all: boolean): void {
  const entry = map.get(rule) ?? { count: 0, files: new Set(), examples: [] };
  entry.count++;
  entry.files.add(where);
  if (all || entry.examples.length < 3) entry.examples.push(example);
  map.set(rule, entry);
}

function printTally(map: Map<string, Tally>): void {
  for (const [rule, e] of [...map].sort((a, b) => b[1].count - a[1].count)) {
    console.log(`  ${rule}: ${e.count} in ${e.files.size} files`);
    for (const x of e.examples) console.log(`    ${x}`);
  }
}

function printMissing(missing: string[], total: number, mirror: string): void {
  console.log(`Missing ${missing.length} of ${total} repositories (not under ${mirror}):`);
  for (const m of missing) console.log(`  ${m}`);
  console.log('Bring each as a bare git snapshot to <mirror>/<owner>+<name>/repo, e.g.');
  console.log(`  git clone --bare --depth 1 https://github.com/${missing[0]}.git ${join(mirror, missing[0]!.replace('/', '+'), 'repo')}`);
  console.log('or point CORPUS_MIRROR (or --mirror) at the directory that holds them.\n');
}

function main(): number {
  const opts = parseArgs(process.argv.slice(2));
  const repos = readRepos();
  const notBuildable = readNotBuildable();
  const missing: string[] = [];
  const files: File[] = [];
  for (const repo of repos) {
    const gitDir = join(opts.mirror, repo.replace('/', '+'), 'repo');
    if (!existsSync(gitDir)) { missing.push(repo); continue; }
    files.push(...filesOf(repo, gitDir));
  }

  const crashes: string[] = [];
  const found = new Map<string, Tally>();
  const expected = new Map<string, Tally>();
  let expectedFiles = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const f of files) {
    const where = `${f.repo}:${f.path}`;
    const known = notBuildable.find((n) => n.repo === f.repo && n.path.test(f.path));
    if (known) expectedFiles++;
    const crash = (what: string, e: unknown) => crashes.push(`${where}: ${what}: ${e instanceof Error ? e.stack?.split('\n').slice(0, 3).join(' | ') : String(e)}`);
    let findings;
    try {
      findings = lint(f.text, { locale: 'en', onRuleError: (r, e) => crash(`rule ${r.id}`, e), onSyntaxError: (e) => crash('dockerfile-utils', e) });
    } catch (e) { crash('lint', e); continue; }
    for (const x of findings) {
      if (SEVERITY_RANK[x.severity] < SEVERITY_RANK[opts.severity] || (opts.rule && x.rule !== opts.rule)) continue;
      const example = `${where}:${x.line}:${x.column} ${x.severity}: ${x.message}${known ? ` [${known.why}]` : ''}`;
      tally(known ? expected : found, x.rule, where, example, opts.all);
    }
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;

  if (missing.length > 0) printMissing(missing, repos.length, opts.mirror);
  const count = (m: Map<string, Tally>) => [...m.values()].reduce((n, e) => n + e.count, 0);
  const level = `${opts.severity}${opts.severity === 'error' ? '' : ' or above'}${opts.rule ? `, rule ${opts.rule}` : ''}`;
  console.log(`${files.length} Dockerfiles from ${repos.length - missing.length} repositories (${expectedFiles} listed as not buildable)`);
  console.log(`${crashes.length} crashes`);
  for (const c of crashes) console.log(`  ${c}`);
  console.log(`${count(found)} findings (${level}) on files that build`);
  printTally(found);
  console.log(`${count(expected)} findings (${level}) on files listed in corpus-not-buildable.txt`);
  if (opts.all || opts.rule) printTally(expected);
  // CPU time too: on a shared machine the wall clock mostly measures the neighbours.
  console.log(`${(ms / 1000).toFixed(2)} s lint time (${(cpuMs / 1000).toFixed(2)} s CPU), ${(files.length / (ms / 1000)).toFixed(0)} files/s (${(files.length / (cpuMs / 1000)).toFixed(0)} per CPU second)`);
  return crashes.length > 0 || (opts.severity === 'error' && !opts.rule && count(found) > 0) ? 1 : 0;
}

process.exitCode = main();
