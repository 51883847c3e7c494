/**
 * explain() on Dockerfiles whose answers were worked out by hand from Docker's documentation.
 * Each case names the rule it rests on:
 * [inval] https://docs.docker.com/build/cache/invalidation/ — COPY/ADD and RUN bind mounts miss
 *         when a file they read changed; once the cache is invalidated, all later steps rerun.
 * [arg]   Dockerfile reference, ARG "Impact on build caching" — a miss occurs on first usage;
 *         every RUN after the ARG uses it as an environment variable; a global ARG is only in
 *         scope for FROM.
 * [ignore] Build context docs, .dockerignore — excluded files are not sent to the builder.
 * [stages] Multi-stage builds docs — BuildKit only builds the stages the target depends on.
 * [cmd]   Dockerfile reference, CMD/ENTRYPOINT/STOPSIGNAL and `docker stop` — shell form runs
 *         under /bin/sh -c, which does not pass signals; SIGTERM (or STOPSIGNAL), then SIGKILL
 *         after 10 s.
 */
import { describe, expect, it } from 'vitest';
import { openContext } from './context.ts';
import { lintModel } from '../lint.ts';
import { buildModel } from '../model.ts';
import { explain, explainModel } from './explain.ts';
import type { ExplainOptions, Insight } from './types.ts';

const reruns = (i: Insight) => i.steps.filter((s) => s.rerun).map((s) => s.line);
const needed = (i: Insight) => i.stages.filter((s) => s.needed).map((s) => s.name ?? String(s.index));
const run = (text: string, options: ExplainOptions = {}) => explain(text, options);

const BAD_ORDER = 'FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nUSER 10001\nCMD ["python", "main.py"]\n';
const GOOD_ORDER = 'FROM python:3.13-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nUSER 10001\nCMD ["python", "main.py"]\n';

describe('cache: the classic lesson', () => {
  it('1. COPY . . before pip install: editing main.py reruns pip install [inval]', () => {
    const i = run(BAD_ORDER, { changed: ['main.py'] });
    expect(reruns(i)).toEqual([3, 4]);
    expect(i.steps.find((s) => s.line === 3)!.reason).toEqual({ code: 'file-changed', file: 'main.py', source: '.' });
    expect(i.steps.find((s) => s.line === 4)!.reason).toEqual({ code: 'after-miss', line: 3 });
  });

  it('2. requirements.txt first: editing main.py reruns only the last COPY; requirements.txt reruns all [inval]', () => {
    expect(reruns(run(GOOD_ORDER, { changed: ['main.py'] }))).toEqual([5]);
    expect(reruns(run(GOOD_ORDER, { changed: ['requirements.txt'] }))).toEqual([3, 4, 5]);
    expect(reruns(run(GOOD_ORDER))).toEqual([]);
  });

  it('3. a file .dockerignore excludes is never sent, so changing it reruns nothing [ignore]', () => {
    const context = { files: ['main.py', 'requirements.txt', 'README.md'], dockerignore: '*.md\n' };
    expect(reruns(run(BAD_ORDER, { changed: ['README.md'], context }))).toEqual([]);
    expect(reruns(run(BAD_ORDER, { changed: ['README.md'] }))).toEqual([3, 4]); // without the .dockerignore it is sent
  });

  it('4. a ! exception sends the file again [ignore]', () => {
    const context = openContext({ files: ['main.py', 'README.md', 'CHANGES.md'], dockerignore: '*.md\n!README.md\n' });
    expect(reruns(run(BAD_ORDER, { changed: ['README.md'], context }))).toEqual([3, 4]);
    expect(reruns(run(BAD_ORDER, { changed: ['CHANGES.md'], context }))).toEqual([]);
  });
});

const GO = `FROM golang:1.25 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -o /out/app .
FROM alpine:3.22
COPY --from=build /out/app /app
USER 10001
ENTRYPOINT ["/app"]
`;

describe('cache and stages: multi-stage builds', () => {
  it('5. a change in the build stage reaches the final COPY --from [inval][stages]', () => {
    const i = run(GO, { changed: ['main.go'] });
    expect(reruns(i)).toEqual([5, 6, 8]);
    expect(i.steps.find((s) => s.line === 8)!.reason).toEqual({ code: 'copied-stage-changed', stage: 0 });
    expect(needed(i)).toEqual(['build', '1']);
    expect(i.stages[1]!.parents).toEqual([{ stage: 0, via: 'copy', line: 8 }]);
    expect(i.stop!.pid1).toEqual({ kind: 'app', program: '/app' });
  });

  const TEST = 'FROM python:3.13-slim AS base\nWORKDIR /app\nCOPY . .\nFROM base AS test\nRUN python -m pytest\nFROM base AS final\nUSER 10001\nCMD ["python", "main.py"]\n';

  it('6. a stage nothing depends on is skipped; the rest build in waves [stages]', () => {
    const i = run(TEST);
    expect(needed(i)).toEqual(['base', 'final']);
    expect(i.stages.map((s) => s.wave)).toEqual([0, -1, 1]);
    expect(i.waves).toEqual([[0], [2]]);
    expect(i.stages[1]!.needed).toBe(false);
  });

  it('7. --target test builds base and test, not final [stages]', () => {
    const i = run(TEST, { target: 'TEST', changed: ['main.py'] });
    expect(needed(i)).toEqual(['base', 'test']);
    expect(i.target).toBe(1);
    // [inval]: base's COPY reruns; test is built FROM base, so all of it reruns; final is not built.
    expect(reruns(i)).toEqual([3, 5]);
    expect(i.steps.find((s) => s.line === 5)!.reason).toEqual({ code: 'parent-stage-changed', stage: 0 });
    expect(run(TEST, { target: 'nope' }).target).toBe(-1);
  });

  it('8. independent stages build in parallel (same wave) [stages]', () => {
    const text = 'FROM node:24-bookworm-slim AS web\nWORKDIR /w\nCOPY web/ .\nRUN npm ci\nFROM golang:1.25 AS api\nWORKDIR /a\nCOPY api/ .\nRUN go build -o /api .\nFROM alpine:3.22\nCOPY --from=web /w/dist /srv\nCOPY --from=api /api /api\nUSER 10001\nENTRYPOINT ["/api"]\n';
    const i = run(text, { changed: ['web/index.html'] });
    expect(i.stages.map((s) => s.wave)).toEqual([0, 0, 1]);
    expect(i.waves).toEqual([[0, 1], [2]]);
    // [inval]: only the web stage's COPY (and what follows) misses; api stays cached.
    expect(reruns(i)).toEqual([3, 4, 10, 11]);
    expect(i.steps.find((s) => s.line === 11)!.reason).toEqual({ code: 'after-miss', line: 10 });
  });

  it('9. FROM <stage>: a change in the parent reruns every step of the child [inval]', () => {
    const text = 'FROM python:3.13-slim AS deps\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nFROM deps\nCOPY . .\nUSER 10001\nCMD ["python", "main.py"]\n';
    expect(reruns(run(text, { changed: ['requirements.txt'] }))).toEqual([3, 4, 6]);
    expect(reruns(run(text, { changed: ['main.py'] }))).toEqual([6]);
  });

  it('10. RUN --mount=from=<stage> follows that stage; a cache mount is not part of the key [inval]', () => {
    const text = 'FROM alpine:3.22 AS tools\nCOPY tools/ /tools/\nFROM alpine:3.22\nRUN --mount=type=cache,target=/var/cache/apk --mount=from=tools,source=/tools,target=/t /t/setup.sh\nUSER 10001\nCMD ["/bin/true"]\n';
    const i = run(text, { changed: ['tools/setup.sh'] });
    expect(reruns(i)).toEqual([2, 4]);
    expect(i.steps.find((s) => s.line === 4)!.reason).toEqual({ code: 'mounted-stage-changed', stage: 0 });
    expect(i.stages[1]!.parents).toEqual([{ stage: 0, via: 'mount', line: 4 }]);
    expect(reruns(run(text, { changed: ['README.md'] }))).toEqual([]);
  });

  it('11. RUN --mount=type=bind reads the context: its file is part of the key [inval]', () => {
    const text = 'FROM python:3.13-slim\nWORKDIR /app\nRUN --mount=type=bind,source=requirements.txt,target=/tmp/r.txt --mount=type=cache,target=/root/.cache/pip pip install -r /tmp/r.txt\nCOPY . .\nUSER 10001\nCMD ["python", "main.py"]\n';
    expect(reruns(run(text, { changed: ['requirements.txt'] }))).toEqual([3, 4]);
    expect(reruns(run(text, { changed: ['main.py'] }))).toEqual([4]);
    expect(run(text).steps[2]!.reads).toEqual([{ source: 'requirements.txt', from: 'context' }]);
  });

  it('10b. a source stage defined later is no edge: BuildKit refuses it before building (convert.go, convert_runmount.go), so no cycle [stages]', () => {
    // build mounts from b, b copies from build: the only way to read this graph without a cycle.
    const i = run('FROM golang:1.25 AS build\nRUN --mount=from=b,target=/m true\nRUN go build -o /out/x .\nFROM alpine:3.22 AS b\nCOPY --from=build /out/x /x\nUSER 10001\nENTRYPOINT ["/x"]\n');
    expect(i.stages.map((s) => [s.name, s.parents.map((p) => p.stage), s.wave])).toEqual([['build', [], 0], ['b', [0], 1]]);
    expect(i.stages[0]!.externalImages).toEqual([]);
  });

  it('12. COPY --from=<image> names an external image, not a stage', () => {
    const i = run('FROM alpine:3.22\nCOPY --from=nginx:1.29-alpine /etc/nginx/nginx.conf /etc/nginx.conf\nUSER 10001\nCMD ["/bin/true"]\n');
    expect(i.stages[0]!.externalImages).toEqual(['nginx:1.29-alpine']);
    expect(i.steps[1]!.reads).toEqual([{ source: '/etc/nginx/nginx.conf', from: 'image' }]);
  });
});

describe('cache: build arguments [arg]', () => {
  it('13. ARG before FROM: a new value changes the base image, so the whole stage reruns', () => {
    const text = 'ARG PY=3.13\nFROM python:${PY}-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nUSER 10001\nCMD ["python", "main.py"]\n';
    const i = run(text, { changedArgs: ['PY'] });
    expect(reruns(i)).toEqual([4, 5]);
    expect(i.steps.find((s) => s.line === 4)!.reason).toEqual({ code: 'base-arg-changed', arg: 'PY' });
    expect(i.stages[0]!.image).toBe('python:3.13-slim');
  });

  it('14. a global ARG not declared again in the stage is out of scope after FROM: nothing reruns', () => {
    expect(reruns(run('ARG VERSION=1\nFROM alpine:3.22\nRUN echo "$VERSION" > /v\nUSER 10001\n', { changedArgs: ['VERSION'] }))).toEqual([]);
    // Declared again (`ARG VERSION`) it is in scope and the RUN misses.
    expect(reruns(run('ARG VERSION=1\nFROM alpine:3.22\nARG VERSION\nRUN echo "$VERSION" > /v\nUSER 10001\n', { changedArgs: ['VERSION'] }))).toEqual([4]);
  });

  it('15. the miss is at the first RUN after the declaration, even one that does not mention it', () => {
    const text = 'FROM alpine:3.22\nRUN apk add --no-cache curl\nARG VERSION\nCOPY app /app\nRUN echo build\nUSER 10001\n';
    const i = run(text, { changedArgs: ['VERSION'] });
    expect(reruns(i)).toEqual([5]);
    expect(i.steps.find((s) => s.line === 5)!.reason).toEqual({ code: 'arg-changed', arg: 'VERSION', used: 'env', line: 5 });
  });

  it('16. an ARG expanded in a COPY path misses at that COPY', () => {
    const text = 'FROM alpine:3.22\nARG APP=app1\nCOPY ${APP}/ /srv/\nRUN ls /srv\nUSER 10001\n';
    const i = run(text, { changedArgs: ['APP'] });
    expect(reruns(i)).toEqual([3, 4]);
    expect(i.steps.find((s) => s.line === 3)!.reason).toEqual({ code: 'arg-changed', arg: 'APP', used: 'expanded', line: 3 });
  });

  it("17. the reference's example: ENV CONT_IMG_VER=$CONT_IMG_VER is the miss; the RUN after it reruns", () => {
    const text = 'FROM ubuntu:24.04\nARG CONT_IMG_VER\nENV CONT_IMG_VER=$CONT_IMG_VER\nRUN echo $CONT_IMG_VER\nUSER 10001\n';
    const i = run(text, { changedArgs: ['CONT_IMG_VER'] });
    expect(reruns(i)).toEqual([4]);
    expect(i.steps.find((s) => s.line === 3)!.layer).toBe(false);
    expect(i.steps.find((s) => s.line === 4)!.reason).toEqual({ code: 'arg-changed', arg: 'CONT_IMG_VER', used: 'expanded', line: 3 });
  });

  it('18. an argument the Dockerfile never declares changes nothing', () => {
    expect(reruns(run(BAD_ORDER, { changedArgs: ['FOO', 'HTTP_PROXY', 'A.B'] }))).toEqual([]);
  });

  it('18b. ENV of the same name takes over (the reference: "ENV … always override an ARG"); a FROM-stage child keeps the ARG', () => {
    expect(reruns(run('FROM ubuntu:24.04\nARG CONT_IMG_VER\nENV CONT_IMG_VER=v1.0.0\nRUN echo $CONT_IMG_VER\nUSER 10001\n', { changedArgs: ['CONT_IMG_VER'] }))).toEqual([]);
    // dockerfile2llb: a stage built FROM another inherits its build args; the parent has no step after its ARG.
    const text = 'FROM alpine:3.22 AS base\nRUN echo base\nARG V\nFROM base\nRUN echo child\nUSER 10001\n';
    expect(reruns(run(text, { changedArgs: ['V'] }))).toEqual([5]);
  });
});

describe('steps and layers', () => {
  it('19. only RUN, COPY and ADD add layers; FROM is the base; heredocs are inline sources', () => {
    const text = 'FROM debian:12-slim\nENV LANG=C.UTF-8\nWORKDIR /app\nRUN <<EOF\nset -e\necho hi > /hi\nEOF\nCOPY <<EOF /etc/app.conf\nport=8080\nEOF\nCOPY main.py .\nEXPOSE 8080\nUSER 10001\nCMD ["python3", "main.py"]\n';
    const i = run(text, { changed: ['etc/app.conf', 'main.py'] });
    expect(i.steps.map((s) => [s.instruction, s.kind])).toEqual([['FROM', 'base'], ['ENV', 'config'], ['WORKDIR', 'config'], ['RUN', 'layer'],
      ['COPY', 'layer'], ['COPY', 'layer'], ['EXPOSE', 'config'], ['USER', 'config'], ['CMD', 'config']]);
    expect(i.steps[3]!.endLine).toBe(7);
    expect(i.steps[4]!.reads).toEqual([{ source: '<<EOF', from: 'inline' }]);
    // [inval]: the heredoc is in the Dockerfile, not the context; only COPY main.py misses.
    expect(reruns(i)).toEqual([11]);
  });

  it('20. with a context, COPY lists the files it really sends', () => {
    const context = { files: ['main.py', 'app/util.py', 'tests/test_x.py', '.git/HEAD'], dockerignore: '.git\ntests\n' };
    const i = run(BAD_ORDER, { context });
    expect(i.steps[2]!.reads).toEqual([{ source: '.', from: 'context', files: ['app/util.py', 'main.py'] }]);
    expect(i.context).toEqual({ files: 4, ignored: 2, dockerignore: true });
  });

  it('21. Windows: escape=`, backslash paths, and a changed file named with backslashes [inval]', () => {
    const text = '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\app\nCOPY .\\src\\ C:\\app\\\nRUN dir C:\\app\nCMD ["C:\\\\app\\\\app.exe"]\n';
    const i = run(text, { changed: ['src\\Program.cs'] });
    expect(reruns(i)).toEqual([4, 5]);
    expect(i.stop!.pid1).toEqual({ kind: 'app', program: 'C:\\app\\app.exe' });
    const shell = run('# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD app.exe --serve\n');
    expect(shell.stop!.command).toEqual(['cmd', '/S', '/C', 'app.exe --serve']);
    expect(shell.stop!.reachesApp).toBe('no');
  });

  it('21b. COPY --exclude leaves files out of what the step reads (Dockerfile reference, COPY --exclude)', () => {
    const text = 'FROM python:3.13-slim\nWORKDIR /app\nCOPY --exclude=*.md --exclude=tests . .\nUSER 10001\nCMD ["python", "main.py"]\n';
    expect(reruns(run(text, { changed: ['README.md'] }))).toEqual([]);
    expect(reruns(run(text, { changed: ['tests/test_a.py'] }))).toEqual([]);
    expect(reruns(run(text, { changed: ['docs/README.md'] }))).toEqual([3]); // *.md is anchored at the source root
    const i = run(text, { context: { files: ['main.py', 'README.md', 'tests/test_a.py'] } });
    expect(i.steps[2]!.reads).toEqual([{ source: '.', from: 'context', exclude: ['*.md', 'tests'], files: ['main.py'] }]);
  });

  it('22. ADD of a URL reads nothing from the context', () => {
    const text = 'FROM alpine:3.22\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/a.tar.gz /opt/\nUSER 10001\n';
    const i = run(text, { changed: ['a.tar.gz'] });
    expect(i.steps[1]!.reads).toEqual([{ source: 'https://example.com/a.tar.gz', from: 'remote' }]);
    expect(reruns(i)).toEqual([]);
  });
});

describe('stop: PID 1 and the signal [cmd]', () => {
  const stop = (text: string, options: ExplainOptions = {}) => run(text, options).stop!;
  const PY = 'FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nUSER 10001\n';

  it('23. exec form: the application is PID 1 and gets SIGTERM; 10 s then SIGKILL', () => {
    const s = stop(`${PY}CMD ["python", "main.py"]\n`);
    expect(s).toMatchObject({ command: ['python', 'main.py'], pid1: { kind: 'app', program: 'python' }, signal: 'SIGTERM', signalSource: 'default', reachesApp: 'yes', graceSeconds: 10, cmdLine: 5 });
  });

  it('24. shell form: /bin/sh -c is PID 1 and does not pass the signal on; `exec` fixes it', () => {
    expect(stop(`${PY}CMD python main.py\n`)).toMatchObject({ command: ['/bin/sh', '-c', 'python main.py'], pid1: { kind: 'shell' }, reachesApp: 'no' });
    expect(stop(`${PY}CMD exec python main.py\n`)).toMatchObject({ pid1: { kind: 'app' }, reachesApp: 'yes' });
    expect(stop(`${PY}SHELL ["/bin/bash", "-c"]\nCMD python main.py\n`).command).toEqual(['/bin/bash', '-c', 'python main.py']);
  });

  it('25. a shell-form ENTRYPOINT ignores CMD', () => {
    expect(stop(`${PY}ENTRYPOINT python main.py\nCMD ["--debug"]\n`)).toMatchObject({ command: ['/bin/sh', '-c', 'python main.py'], cmdLine: null, entrypointLine: 5, reachesApp: 'no' });
  });

  it('26. tini forwards the signal to its child; behind tini a shell still swallows it, unless -g or dumb-init (process group)', () => {
    expect(stop(`${PY}ENTRYPOINT ["tini", "--"]\nCMD ["python", "main.py"]\n`)).toMatchObject({ command: ['tini', '--', 'python', 'main.py'], pid1: { kind: 'init', program: 'tini' }, reachesApp: 'yes' });
    expect(stop(`${PY}ENTRYPOINT ["/usr/bin/tini", "--"]\nCMD python main.py\n`)).toMatchObject({ pid1: { kind: 'init' }, reachesApp: 'no' });
    expect(stop(`${PY}ENTRYPOINT ["tini", "-g", "--"]\nCMD python main.py\n`).reachesApp).toBe('yes');
    expect(stop(`${PY}ENTRYPOINT ["dumb-init"]\nCMD python main.py\n`).reachesApp).toBe('yes');
    expect(stop(`${PY}ENTRYPOINT ["tini"]\n`).reachesApp).toBe('unknown');
  });

  it('26b. exec-form shells: sh -c "exec app" hands PID 1 over; sh -c "app" does not; sh script.sh runs a script', () => {
    expect(stop(`${PY}ENTRYPOINT ["/bin/sh", "-c", "exec python main.py", "sh"]\n`)).toMatchObject({ pid1: { kind: 'app' }, reachesApp: 'yes' });
    expect(stop(`${PY}CMD ["sh", "-c", "python main.py"]\n`)).toMatchObject({ pid1: { kind: 'shell' }, reachesApp: 'no' });
    expect(stop(`${PY}CMD ["sh", "start.sh"]\n`)).toMatchObject({ pid1: { kind: 'script' }, script: { path: 'start.sh' }, reachesApp: 'unknown' });
    expect(stop('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD ["cmd", "/S", "/C", "exec app.exe"]\n').reachesApp).toBe('no'); // cmd has no exec
  });

  it('27. an entrypoint script reaches the app only if it ends with exec; its text comes from the context', () => {
    const text = `${PY}ENTRYPOINT ["./entrypoint.sh"]\nCMD ["python", "main.py"]\n`;
    const files = ['main.py', 'entrypoint.sh'];
    const withExec = stop(text, { context: { files, read: (p) => (p === 'entrypoint.sh' ? '#!/bin/sh\nset -e\npython migrate.py\nexec "$@"\n' : undefined) } });
    expect(withExec).toMatchObject({ pid1: { kind: 'script' }, script: { path: './entrypoint.sh', inContext: true, execs: true }, reachesApp: 'yes' });
    const without = stop(text, { context: { files, read: () => '#!/bin/sh\npython migrate.py\n"$@"\n' } });
    expect(without).toMatchObject({ script: { execs: false }, reachesApp: 'no' });
    expect(stop(text)).toMatchObject({ script: { inContext: false, execs: null }, reachesApp: 'unknown' });
  });

  it('28. STOPSIGNAL sets the signal (TERM, SIGINT, numbers as Docker accepts them)', () => {
    expect(stop(`${PY}STOPSIGNAL SIGINT\nCMD ["python", "main.py"]\n`)).toMatchObject({ signal: 'SIGINT', signalSource: 'STOPSIGNAL', signalLine: 5 });
    expect(stop(`${PY}STOPSIGNAL quit\nCMD ["python", "main.py"]\n`).signal).toBe('SIGQUIT');
  });

  it('29. inherited start command: unknown; ENTRYPOINT in a child stage resets the parent CMD', () => {
    expect(stop('FROM nginx:1.29-alpine\nCOPY site/ /usr/share/nginx/html/\n')).toMatchObject({ command: null, pid1: { kind: 'unknown' }, reachesApp: 'unknown' });
    const reset = stop('FROM python:3.13-slim AS base\nCMD ["python", "a.py"]\nFROM base\nENTRYPOINT ["python", "b.py"]\n');
    expect(reset.command).toEqual(['python', 'b.py']);
    expect(reset.cmdLine).toBeNull();
    // The CMD of the same stage survives an ENTRYPOINT after it; a parent's SHELL after its CMD does not apply to it.
    expect(stop('FROM python:3.13-slim\nCMD ["--port", "80"]\nENTRYPOINT ["gunicorn"]\n').command).toEqual(['gunicorn', '--port', '80']);
    expect(stop('FROM python:3.13-slim AS base\nCMD python a.py\nSHELL ["/bin/bash", "-c"]\nFROM base\nUSER 10001\n').command).toEqual(['/bin/sh', '-c', 'python a.py']);
  });

  it('30. the target decides whose start command counts', () => {
    const text = 'FROM python:3.13-slim AS dev\nCMD python main.py\nFROM python:3.13-slim AS prod\nCMD ["python", "main.py"]\n';
    expect(run(text).stop!.reachesApp).toBe('yes');
    expect(run(text, { target: 'dev' }).stop!.reachesApp).toBe('no');
  });
});

describe('one pass, as the playground worker does it', () => {
  it('lintModel and explainModel share one model and one opened context', () => {
    const model = buildModel(GOOD_ORDER);
    const context = openContext({ files: ['requirements.txt', 'app.py'], dockerignore: '' });
    const findings = lintModel(model, { locale: 'en', context });
    const insight = explainModel(model, { context, changed: ['app.py'] });
    expect(findings.map((f) => f.rule)).toContain('start-file-not-copied'); // main.py is not in this context
    expect(insight).toEqual(explain(GOOD_ORDER, { context, changed: ['app.py'] }));
    expect(reruns(insight)).toEqual([5]);
    expect(structuredClone(insight)).toEqual(insight); // plain data: postMessage can carry it
  });
});
