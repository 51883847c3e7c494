/** What BuildKit rejects and dockerfile-utils lets through, with near misses BuildKit accepts. */
import { describe, expect, it } from 'vitest';
import { rangeText, strictLint } from '../testing.ts';

const errors = (text: string) => strictLint(text).filter((f) => f.severity === 'error');
const ids = (text: string) => errors(text).map((f) => `${f.line} ${f.rule} ${rangeText(text, f)}`);
const run = (flags: string) => `FROM alpine:3.22\nRUN ${flags} echo ok\nUSER 10001\n`;

describe('RUN --mount, as commands_runmount.go parses it', () => {
  it('refuses unknown types and options, with the suggestion BuildKit gives', () => {
    expect(ids(run('--mount=type=cahce,target=/x'))).toEqual(['2 syntax-run-mount type=cahce,target=/x']);
    expect(errors(run('--mount=type=cahce,target=/x'))[0]!.message).toContain('did you mean `cache`?');
    expect(errors(run('--mount=type=cache,targt=/x'))[0]!.message).toContain('`targt` is not a mount option (did you mean `target`?)');
    expect(errors(run('--mount=type=cache,target=/x,sharing=lockd'))[0]!.message).toContain('did you mean `locked`?');
    expect(ids(run('--mount=type=volume,target=/x'))).toHaveLength(1);
    expect(errors(run('--mount=type=volume,target=/x'))[0]!.message).not.toContain('did you mean');
  });
  it('refuses options the type does not take and malformed fields', () => {
    for (const m of ['type=bind,target=/x,mode=0755', 'type=tmpfs,target=/x,uid=1000', 'type=cache,target=/x,size=1g', 'type=cache,target=/x,required',
      'type=bind,target=/x,sharing=locked', 'type=secret,id=a,source=b', 'type=secret', 'type=secret,id=a,from=build', 'target=/x,foo',
      'type=cache,target=/x,ro=maybe', 'type=cache,target=/x,uid=-1', 'type=cache,target=/x,mode=0999', 'type=cache,target=/', 'type=tmpfs,target=/x,size=big',
      'type=bind,from=${BASE},target=/x']) {
      expect(ids(run(`--mount=${m}`)), m).toHaveLength(1);
    }
  });
  it('accepts every documented form', () => {
    for (const m of ['type=cache,target=/root/.cache,sharing=locked,id=pip,uid=1000,gid=1000,mode=0755', 'type=bind,source=.,target=/src,rw',
      'type=bind,from=build,src=/out,dst=/in,readonly', 'type=secret,id=npmrc,target=/root/.npmrc,required', 'type=secret,id=token,env=TOKEN',
      'type=secret,id=a,required=true', 'type=ssh', 'type=ssh,id=default,required', 'type=tmpfs,target=/tmp,size=64m', 'target=/x',
      'type=cache,target=/x,ro=false', '"type=cache,target=/x"', 'type=${KIND},target=/x,whatever=1', 'type=cache,target=${DIR}', 'type=CACHE,target=/x']) {
      expect(ids(run(`--mount=${m}`)), m).toEqual([]);
    }
  });
  it('checks mount options only in stages the build runs; a variable in `from` fails everywhere', () => {
    const unused = (m: string) => `FROM alpine:3.22 AS unused\nRUN --mount=${m} echo\nFROM alpine:3.22\nUSER 10001\n`;
    expect(ids(unused('type=cahce,target=/x'))).toEqual([]);
    expect(ids(unused('type=bind,from=$X,target=/x'))).toHaveLength(1);
  });
});

describe('RUN --network and --security', () => {
  it('refuses values BuildKit does not know', () => {
    expect(ids(run('--network=off'))).toEqual(['2 syntax-run-network off']);
    expect(ids(run('--security=privileged'))).toEqual(['2 syntax-run-security privileged']);
  });
  it('accepts its modes', () => {
    for (const f of ['--network=none', '--network=host', '--network=default', '--security=insecure', '--security=sandbox', '--network=$NET'])
      expect(ids(run(f)), f).toEqual([]);
  });
});

describe('COPY/ADD --chmod and ADD --checksum, as convert_copy.go checks them', () => {
  const copy = (flags: string, src = 'app.sh') => `FROM alpine:3.22\nCOPY ${flags} ${src} /app/\nUSER 10001\n`;
  it('refuses modes that are neither octal up to 7777 nor symbolic', () => {
    for (const m of ['789', '17777', 'rwx', 'u+q']) expect(ids(copy(`--chmod=${m}`)), m).toHaveLength(1);
    for (const m of ['755', '0644', '4755', '7777', 'u+x', 'a=rX,u+w', 'go-w', '$MODE']) expect(ids(copy(`--chmod=${m}`)), m).toEqual([]);
  });
  it('refuses a checksum on a local source or on several sources', () => {
    const add = (src: string) => `FROM alpine:3.22\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d ${src} /opt/\nUSER 10001\n`;
    expect(ids(add('app.tar.gz'))).toEqual(['2 syntax-add-checksum app.tar.gz']);
    expect(ids(add('https://example.com/a.tgz https://example.com/b.tgz'))).toHaveLength(1);
    for (const src of ['https://example.com/a.tgz', 'http://example.com/a.tgz', 'git@github.com:moby/buildkit.git', 'https://github.com/moby/buildkit.git#v0.20.0', '$URL'])
      expect(ids(add(src)), src).toEqual([]);
  });
});

describe('heredocs', () => {
  it('refuses a heredoc that never ends', () => {
    expect(ids('FROM alpine:3.22\nRUN <<EOF\necho hi\nUSER 10001\n')).toEqual(['2 syntax-unterminated-heredoc <<EOF']);
    expect(ids('FROM alpine:3.22\nCOPY <<-"END" /etc/motd\nhello\n  END\nUSER 10001\n')).toHaveLength(1);
    expect(ids('FROM alpine:3.22\nRUN cat <<A <<B\na\nA\nb\nUSER 10001\n')).toEqual(['2 syntax-unterminated-heredoc <<B']);
  });
  it('accepts terminated heredocs and what only looks like one', () => {
    for (const text of ['FROM alpine:3.22\nRUN <<EOF\necho hi\nEOF\nUSER 10001\n', 'FROM alpine:3.22\nCOPY <<-"END" /etc/motd\nhello\n\t\tEND\nUSER 10001\n',
      'FROM alpine:3.22\nRUN echo "<<EOF" && echo $((1 << 2))\nUSER 10001\n', 'FROM alpine:3.22\nRUN cat <<< hi\nUSER 10001\n',
      'FROM alpine:3.22\nENV A=<<EOF\nUSER 10001\n', 'FROM alpine:3.22\nRUN cat <<A <<B\na\nA\nb\nB\nUSER 10001\n'])
      expect(ids(text), text).toEqual([]);
  });
});

describe('the check directive', () => {
  it('refuses options BuildKit cannot parse', () => {
    for (const d of ['error=maybe', 'skip', 'skip=A;foo=bar', 'errors=true'])
      expect(ids(`# check=${d}\nFROM alpine:3.22\nUSER 10001\n`).map((s) => s.split(' ')[1]), d).toEqual(['syntax-invalid-check-directive']);
  });
  it('accepts what it parses, and ignores a check line that is not a directive', () => {
    for (const d of ['skip=all', 'error=true', 'skip=A, B;error=1', 'skip=A;experimental=all;error=false', 'error=true  # reason'])
      expect(ids(`# check=${d}\nFROM alpine:3.22\nUSER 10001\n`), d).toEqual([]);
    expect(ids('FROM alpine:3.22\n# check=error=maybe\nUSER 10001\n')).toEqual([]);
  });
});

describe('arguments BuildKit refuses', () => {
  it('refuses COPY from a URL or Git repository (in a stage that is built)', () => {
    expect(ids('FROM alpine:3.22\nCOPY https://example.com/a.tgz /opt/\nUSER 10001\n')).toEqual(['2 syntax-copy-remote-source https://example.com/a.tgz']);
    expect(ids('FROM alpine:3.22\nCOPY git@github.com:moby/buildkit.git /src/\nUSER 10001\n')).toHaveLength(1);
    expect(ids('FROM alpine:3.22\nCOPY ["https://example.com/a.tgz", "/opt/"]\nUSER 10001\n')).toHaveLength(1);
    for (const text of ['FROM alpine:3.22\nCOPY ./https/a.txt /opt/\nUSER 10001\n', 'FROM alpine:3.22\nADD https://example.com/a.txt /opt/\nUSER 10001\n',
      'FROM alpine:3.22 AS unused\nCOPY https://example.com/a.tgz /opt/\nFROM alpine:3.22\nUSER 10001\n'])
      expect(ids(text).filter((s) => s.includes('remote')), text).toEqual([]);
  });
  it('refuses an empty VOLUME, in any form', () => {
    for (const v of ['""', "''", '[""]', '/data ""']) expect(ids(`FROM alpine:3.22\nVOLUME ${v}\nUSER 10001\n`).map((s) => s.split(' ')[1]), v).toContain('syntax-volume-empty');
    for (const v of ['/data', '["/data", "/logs"]', '$DATA_DIR']) expect(ids(`FROM alpine:3.22\nARG DATA_DIR=/d\nVOLUME ${v}\nUSER 10001\n`), v).toEqual([]);
  });
  it('refuses a heredoc as the destination', () => {
    expect(ids('FROM alpine:3.22\nUSER 10001\nCOPY /etc/motd <<EOF\nhi\nEOF\n')).toEqual(['3 syntax-heredoc-destination <<EOF']);
    expect(ids('FROM alpine:3.22\nUSER 10001\nCOPY <<EOF /etc/motd\nhi\nEOF\n')).toEqual([]);
  });
});

describe('duplicate stage names', () => {
  it('are a warning: BuildKit gives the name to the last stage and builds', () => {
    const f = strictLint('FROM alpine:3.22 AS build\nFROM alpine:3.22 AS BUILD\nUSER 10001\n').filter((x) => x.rule === 'duplicate-stage-name');
    expect(f.length).toBeGreaterThan(0);
    expect(new Set(f.map((x) => x.severity))).toEqual(new Set(['warning']));
  });
});

describe('COPY --from a stage BuildKit has not built yet', () => {
  it('refuses a later stage, by name or number, and a missing number, in stages the build runs', () => {
    expect(ids('FROM alpine:3.22 AS app\nCOPY --from=later /v /v\nFROM alpine:3.22 AS later\nFROM app\nUSER 10001\n')).toEqual(['2 syntax-copy-from-later-stage later']);
    expect(ids('FROM alpine:3.22 AS app\nCOPY --from=2 /v /v\nFROM alpine:3.22\nFROM alpine:3.22\nCOPY --from=app /v /v\nUSER 10001\n')).toEqual(['2 syntax-copy-from-later-stage 2']);
    expect(errors('FROM golang:1.25\nFROM alpine:3.22\nCOPY --from=5 /v /v\nUSER 10001\n')[0]!.message).toContain('no stage number 5');
    // A name used twice means its last stage.
    expect(ids('FROM alpine:3.22 AS x\nFROM alpine:3.22\nCOPY --from=x /v /v\nFROM alpine:3.22 AS x\nFROM alpine:3.22\nCOPY --from=1 /v /v\nUSER 10001\n')).toEqual(['3 syntax-copy-from-later-stage x']);
  });
  it('refuses a RUN mount from a later named stage (convert_runmount.go: "cannot mount from stage")', () => {
    expect(ids('FROM alpine:3.22 AS app\nRUN --mount=type=bind,from=later,target=/l true\nFROM alpine:3.22 AS later\nFROM app\nUSER 10001\n')).toEqual(['2 syntax-copy-from-later-stage later']);
    expect(errors('FROM alpine:3.22 AS app\nRUN --mount=from=later,target=/l true\nFROM alpine:3.22 AS later\nFROM app\nUSER 10001\n')[0]!.message).toContain('cannot mount from stage');
    // The lint says it once: the warning about unknown stages stays out of it.
    expect(strictLint('FROM alpine:3.22 AS app\nRUN --mount=from=later,target=/l true\nFROM alpine:3.22 AS later\nFROM app\nUSER 10001\n').map((f) => f.rule)).not.toContain('copy-from-unknown-stage');
  });
  it('accepts earlier stages, images, variables, numbered or earlier RUN mounts and stages the build does not run', () => {
    for (const text of ['FROM alpine:3.22 AS a\nFROM alpine:3.22\nCOPY --from=a /v /v\nCOPY --from=0 /v /w\nUSER 10001\n',
      'FROM alpine:3.22\nCOPY --from=nginx:1.27 /etc/nginx /n\nCOPY --from=$IMG /a /a\nUSER 10001\n',
      'FROM alpine:3.22 AS a\nFROM alpine:3.22\nRUN --mount=type=bind,from=a,target=/l true\nUSER 10001\n',
      'FROM alpine:3.22 AS unused\nRUN --mount=from=later,target=/l true\nFROM alpine:3.22 AS later\nUSER 10001\n',
      'FROM alpine:3.22 AS unused\nCOPY --from=later /v /v\nFROM alpine:3.22 AS later\nUSER 10001\n'])
      expect(ids(text).filter((s) => s.includes('later-stage')), text).toEqual([]);
  });
});

describe('FROM --platform values containerd cannot parse', () => {
  const from = (p: string) => `FROM --platform=${p} alpine:3.22\nUSER 10001\n`;
  it('refuses an unknown single word, too many parts, empty parts', () => {
    for (const p of ['amd46', 'foo', 'linux/amd64/v8/x', 'linux/']) expect(ids(from(p)).map((x) => x.split(' ')[1]), p).toContain('syntax-invalid-platform');
  });
  it('accepts OS or architecture alone, os/arch[/variant], aliases and variables', () => {
    for (const p of ['linux', 'arm64', 'x86_64', 'aarch64', 'linux/amd64', 'linux/arm/v7', 'windows/amd64', 'macos/arm64', '$BUILDPLATFORM', '"linux/amd64"'])
      expect(ids(from(p)).filter((x) => x.includes('platform')), p).toEqual([]);
  });
});

describe('RUN --device outside the labs syntax', () => {
  const text = 'FROM alpine:3.22\nRUN --device=nvidia.com/gpu=all nvidia-smi\nUSER 10001\n';
  it('is refused by the stable frontend', () => {
    expect(ids(text)).toEqual(['2 syntax-run-device-labs --device=nvidia.com/gpu=all']);
    expect(ids(`# syntax=docker/dockerfile:1\n${text}`)).toHaveLength(1);
  });
  it('is accepted with a labs syntax directive, and not checked in stages the build does not run', () => {
    expect(ids(`# syntax=docker/dockerfile:1-labs\n${text}`)).toEqual([]);
    expect(ids(`# syntax=docker/dockerfile:1.14-labs\n# check=error=true\n${text}`)).toEqual([]);
    expect(ids('FROM alpine:3.22 AS gpu\nRUN --device=nvidia.com/gpu=all nvidia-smi\nFROM alpine:3.22\nUSER 10001\n')).toEqual([]);
  });
});
