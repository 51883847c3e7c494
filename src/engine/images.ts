/**
 * What the engine knows about well-known base images, from their reference alone: which
 * distribution they are, whether their system Python refuses pip (PEP 668), whether `python`
 * exists, whether they run as a non-root user. Unknown images get `family: 'unknown'`, and the
 * rules that need this knowledge stay silent for them.
 */
export type Family = 'ubuntu' | 'debian' | 'python' | 'alpine' | 'distroless' | 'scratch' | 'unknown';

export interface ImageRef {
  registry?: string;
  /** Repository path without registry, e.g. `library/ubuntu` → `ubuntu`. */
  repository: string;
  tag?: string;
  digest?: string;
}

export interface ImageFacts {
  family: Family;
  /** Debian ≥ 12 or Ubuntu ≥ 23.04: `pip install` into the system Python fails. */
  externallyManagedPython: boolean;
  /** Images that run as a non-root user by default. */
  nonRoot: boolean;
  /**
   * Images known to run as root when no USER is set: the official Docker Hub OS and language
   * images. False for everything else, which may end as a non-root user (development-container
   * images, for one, end as a user with passwordless sudo).
   */
  runsAsRoot: boolean;
}

/** Splits `registry/repo:tag@digest`. Tolerant: never throws. */
export function parseImageRef(ref: string): ImageRef {
  let rest = ref.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let registry: string | undefined;
  const first = rest.split('/')[0]!;
  if (rest.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    registry = first;
    rest = rest.slice(first.length + 1);
  }
  if (rest.startsWith('library/')) rest = rest.slice('library/'.length);
  return { registry, repository: rest.toLowerCase(), tag, digest };
}

const UBUNTU_OLD = new Set(['bionic', 'focal', 'jammy', 'kinetic', 'xenial', 'trusty']);
const UBUNTU_NEW = new Set(['lunar', 'mantic', 'noble', 'oracular', 'plucky', 'questing', 'resolute', 'latest', 'rolling', 'devel']);
const DEBIAN_OLD = new Set(['bullseye', 'buster', 'stretch', 'jessie', 'oldoldstable']);
const DEBIAN_NEW = new Set(['bookworm', 'trixie', 'forky', 'duke', 'sid', 'testing', 'unstable', 'stable', 'latest', 'oldstable', 'experimental', 'rc-buggy']);

function ubuntuIsNew(tag: string): boolean | undefined {
  const t = tag.split('-')[0]!;
  const m = /^(\d+)\.(\d+)/.exec(t);
  if (m) return Number(m[1]) * 100 + Number(m[2]) >= 2304;
  if (UBUNTU_NEW.has(t)) return true;
  if (UBUNTU_OLD.has(t)) return false;
  return undefined;
}

function debianIsNew(tag: string): boolean | undefined {
  const t = tag.split('-')[0]!;
  const m = /^(\d+)/.exec(t);
  if (m) return Number(m[1]) >= 12;
  if (DEBIAN_NEW.has(t)) return true;
  if (DEBIAN_OLD.has(t)) return false;
  return undefined;
}

/** Docker Hub official images (`library/…`) that run as root by default. */
const ROOT_OFFICIAL = new Set(['ubuntu', 'debian', 'alpine', 'busybox', 'fedora', 'centos', 'rockylinux', 'almalinux', 'archlinux',
  'amazonlinux', 'oraclelinux', 'photon', 'opensuse/leap', 'opensuse/tumbleweed', 'clearlinux', 'python', 'pypy', 'node', 'golang', 'ruby',
  'php', 'perl', 'rust', 'gcc', 'openjdk', 'eclipse-temurin', 'amazoncorretto', 'ibm-semeru-runtimes', 'sapmachine', 'buildpack-deps', 'haskell',
  'erlang', 'elixir', 'swift', 'julia', 'r-base', 'clojure', 'maven', 'gradle', 'groovy', 'dart', 'nginx', 'httpd', 'docker']);

const NON_ROOT_REPOS = [/^nginxinc\/nginx-unprivileged$/, /^bitnami\//, /^chainguard\//];

export function imageFacts(ref: ImageRef): ImageFacts {
  const repo = ref.repository;
  const tag = ref.tag ?? 'latest';
  const base = repo.split('/').pop() ?? repo;
  let family: Family = 'unknown';
  let externallyManagedPython = false;
  if (repo === 'scratch') family = 'scratch';
  else if (repo === 'ubuntu' || repo === 'ubuntu/ubuntu') {
    family = 'ubuntu';
    externallyManagedPython = ubuntuIsNew(tag) ?? true;
  } else if (repo === 'debian') {
    family = 'debian';
    externallyManagedPython = debianIsNew(tag) ?? true;
  } else if (repo === 'python' || repo === 'pypy') family = 'python';
  else if (repo === 'alpine') family = 'alpine';
  else if ((ref.registry === 'gcr.io' && repo.startsWith('distroless/')) || repo.startsWith('distroless/')) family = 'distroless';
  const nonRoot =
    (family === 'distroless' && /(^|-)nonroot$/.test(tag)) ||
    ref.registry === 'cgr.dev' ||
    NON_ROOT_REPOS.some((r) => r.test(repo)) ||
    (base === 'nginx-unprivileged');
  const official = ref.registry === undefined || ref.registry === 'docker.io' || ref.registry === 'index.docker.io' || ref.registry === 'registry-1.docker.io';
  const runsAsRoot = !nonRoot && official && ROOT_OFFICIAL.has(repo);
  return { family, externallyManagedPython, nonRoot, runsAsRoot };
}

/**
 * Does this image's `/bin/sh` (dash on Debian and Ubuntu) accept `set -o pipefail`? dash gained
 * the option in Debian's 0.5.12-7: Debian 13 (trixie) and Ubuntu 25.04 on. `undefined` when the
 * image is not Debian-based or its release cannot be told from the reference.
 */
export function dashHasPipefail(ref: ImageRef, family: Family): boolean | undefined {
  const tag = (ref.tag ?? 'latest').toLowerCase();
  const codename = /(bookworm|bullseye|buster|stretch|trixie|forky|sid)/.exec(tag)?.[1];
  const old = new Set(['bookworm', 'bullseye', 'buster', 'stretch']);
  if (family === 'debian') {
    if (codename) return !old.has(codename);
    const m = /^(\d+)/.exec(tag);
    if (m) return Number(m[1]) >= 13;
    return /^(latest|stable|testing|unstable|sid|stable-slim|testing-slim)$/.test(tag) ? true : undefined;
  }
  if (family === 'ubuntu') {
    const m = /^(\d+)\.(\d+)/.exec(tag);
    if (m) return Number(m[1]) * 100 + Number(m[2]) >= 2504;
    const name = tag.split('-')[0]!;
    if (['plucky', 'questing', 'resolute', 'latest', 'rolling', 'devel'].includes(name)) return true;
    if (['noble', 'oracular', 'jammy', 'focal', 'bionic', 'mantic', 'lunar', 'kinetic'].includes(name)) return false;
    return undefined;
  }
  // Official language images on Debian (python, node, golang…): the codename is in the tag, and
  // the default variant follows Debian's current stable (trixie since August 2025).
  if (codename) return !old.has(codename);
  if (family === 'python' && !/alpine|windows/.test(tag)) return true;
  return undefined;
}
