/**
 * The .dockerignore matcher against Docker's behaviour: the pattern/path table of
 * moby/patternmatcher's TestMatches (MatchesOrParentMatches, Linux), the documented examples of
 * https://docs.docker.com/build/concepts/context/#dockerignore-files, and the two deviations of
 * @balena/dockerignore that context.ts wraps (case-insensitive by default; regex metacharacters).
 */
import ignore from '@balena/dockerignore';
import { describe, expect, it } from 'vitest';
import { dockerignoreMatcher, openContext, readDockerignore } from './context.ts';
import { cleanPath, sourceReads } from './paths.ts';

// [pattern, path, Docker's answer] from moby/patternmatcher patternmatcher_test.go, TestMatches.
const MOBY: [string, string, boolean][] = [
  ["**", "file", true],
  ["**", "file/", true],
  ["**/", "file", true],
  ["**/", "file/", true],
  ["**", "/", true],
  ["**/", "/", true],
  ["**", "dir/file", true],
  ["**/", "dir/file", true],
  ["**", "dir/file/", true],
  ["**/", "dir/file/", true],
  ["**/**", "dir/file", true],
  ["**/**", "dir/file/", true],
  ["dir/**", "dir/file", true],
  ["dir/**", "dir/file/", true],
  ["dir/**", "dir/dir2/file", true],
  ["dir/**", "dir/dir2/file/", true],
  ["**/dir", "dir", true],
  ["**/dir", "dir/file", true],
  ["**/dir2/*", "dir/dir2/file", true],
  ["**/dir2/*", "dir/dir2/file/", true],
  ["**/dir2/**", "dir/dir2/dir3/file", true],
  ["**/dir2/**", "dir/dir2/dir3/file/", true],
  ["**file", "file", true],
  ["**file", "dir/file", true],
  ["**/file", "dir/file", true],
  ["**file", "dir/dir/file", true],
  ["**/file", "dir/dir/file", true],
  ["**/file*", "dir/dir/file", true],
  ["**/file*", "dir/dir/file.txt", true],
  ["**/file*txt", "dir/dir/file.txt", true],
  ["**/file*.txt", "dir/dir/file.txt", true],
  ["**/file*.txt*", "dir/dir/file.txt", true],
  ["**/**/*.txt", "dir/dir/file.txt", true],
  ["**/**/*.txt2", "dir/dir/file.txt", false],
  ["**/*.txt", "file.txt", true],
  ["**/**/*.txt", "file.txt", true],
  ["a**/*.txt", "a/file.txt", true],
  ["a**/*.txt", "a/dir/file.txt", true],
  ["a**/*.txt", "a/dir/dir/file.txt", true],
  ["a/*.txt", "a/dir/file.txt", false],
  ["a/*.txt", "a/file.txt", true],
  ["a/*.txt**", "a/file.txt", true],
  ["a[b-d]e", "ae", false],
  ["a[b-d]e", "ace", true],
  ["a[b-d]e", "aae", false],
  ["a[^b-d]e", "aze", true],
  [".*", ".foo", true],
  [".*", "foo", false],
  ["abc.def", "abcdef", false],
  ["abc.def", "abc.def", true],
  ["abc.def", "abcZdef", false],
  ["abc?def", "abcZdef", true],
  ["abc?def", "abcdef", false],
  ["a\\\\", "a\\", true],
  ["**/foo/bar", "foo/bar", true],
  ["**/foo/bar", "dir/foo/bar", true],
  ["**/foo/bar", "dir/dir2/foo/bar", true],
  ["abc/**", "abc", false],
  ["abc/**", "abc/def", true],
  ["abc/**", "abc/def/ghi", true],
  ["**/.foo", ".foo", true],
  ["**/.foo", "bar.foo", false],
  ["a(b)c/def", "a(b)c/def", true],
  ["a(b)c/def", "a(b)c/xyz", false],
  ["a.|)$(}+{bc", "a.|)$(}+{bc", true],
  ["dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", true],
  ["dist/*.whl", "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", true],
  ['a\\*b', 'a*b', true],
];

describe('.dockerignore matching (Docker semantics)', () => {
  // `**` on "/" (the context root itself) is left out: we only ever ask about files in the tree.
  it.each(MOBY.filter(([, path]) => path !== '/'))('pattern %j on %j → %s (moby/patternmatcher)', (pattern, path, want) => {
    expect(dockerignoreMatcher(pattern).ignores(cleanPath(path, false))).toBe(want);
  });

  it('moby multi-pattern cases: later patterns win, ! re-includes', () => {
    expect(dockerignoreMatcher('**\n!util/docker/web\n').ignores('util/docker/web/foo')).toBe(false);
    expect(dockerignoreMatcher('**\n!util/docker/web\nutil/docker/web/foo\n').ignores('util/docker/web/foo')).toBe(true);
    expect(dockerignoreMatcher('**\n!dist/*.whl\n').ignores('dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl')).toBe(false);
    expect(dockerignoreMatcher('docs\n!docs/README.md\n').ignores('docs/README.md')).toBe(false);
    expect(dockerignoreMatcher('*.go\n!fileutils.go\n').ignores('fileutils.go')).toBe(false);
    expect(dockerignoreMatcher('!fileutils.go\n*.go\n').ignores('fileutils.go')).toBe(true);
  });

  it("Docker's documented example (*/temp*, */*/temp*, temp?, **/*.go, *.md with !README*.md)", () => {
    const m = dockerignoreMatcher('# comment\n*/temp*\n*/*/temp*\ntemp?\n');
    expect(m.ignores('somedir/temporary.txt')).toBe(true);
    expect(m.ignores('somedir/temp')).toBe(true);
    expect(m.ignores('somedir/subdir/temporary.txt')).toBe(true);
    expect(m.ignores('tempa')).toBe(true);
    expect(m.ignores('tempab')).toBe(false);
    expect(m.ignores('temporary.txt')).toBe(false); // root level: only `temp?`
    expect(dockerignoreMatcher('**/*.go\n').ignores('a/b/c.go')).toBe(true);
    const md = dockerignoreMatcher('*.md\n!README*.md\nREADME-secret.md\n');
    expect(md.ignores('CHANGES.md')).toBe(true);
    expect(md.ignores('README.md')).toBe(false);
    expect(md.ignores('README-secret.md')).toBe(true);
    // Unlike .gitignore, a pattern without ** is anchored at the context root.
    expect(dockerignoreMatcher('*.md\n').ignores('docs/a.md')).toBe(false);
  });

  it('reads the file like ignorefile.ReadAll: BOM, # only at column 0, trimmed, cleaned, leading / dropped', () => {
    expect(readDockerignore('\uFEFF# c\n  spaced  \n\n/abs/x\n./a/../b\n! keep\n')).toEqual(['spaced', 'abs/x', 'b', '!keep']);
    expect(readDockerignore(' #not-a-comment\n')).toEqual(['#not-a-comment']);
    expect(dockerignoreMatcher(' #x\n').ignores('#x')).toBe(true);
    expect(dockerignoreMatcher('/node_modules\n').ignores('node_modules/a/b.js')).toBe(true);
  });

  it('wraps the library: Docker matches case-sensitively', () => {
    expect(ignore().add(['*.MD']).ignores('x.md')).toBe(true); // the library's default
    expect(dockerignoreMatcher('*.MD').ignores('x.md')).toBe(false);
  });

  it('wraps the library: ( ) | $ + { } are literal characters', () => {
    expect(ignore({ ignorecase: false }).add(['a(b)c/def']).ignores('a(b)c/def')).toBe(false); // the library alone
    expect(() => ignore({ ignorecase: false }).add(['a.|)$(}+{bc']).ignores('a.|)$(}+{bc')).toThrow();
    expect(dockerignoreMatcher('a(b)c/def').ignores('a(b)c/def')).toBe(true);
    expect(dockerignoreMatcher('a.|)$(}+{bc').ignores('a.|)$(}+{bc')).toBe(true);
    expect(dockerignoreMatcher('a|b').ignores('a')).toBe(false);
  });
});

describe('COPY sources read from the context (BuildKit paths)', () => {
  it('cleans paths: ./, leading /, .., Windows separators', () => {
    expect(cleanPath('./src//app/../main.py')).toBe('src/main.py');
    expect(cleanPath('/main.py')).toBe('main.py');
    expect(cleanPath('.\\app\\main.py')).toBe('app/main.py');
    expect(cleanPath('../../x')).toBe('x');
    expect(cleanPath('.')).toBe('');
  });

  it('a directory reads everything under it; a wildcard matches segment by segment', () => {
    expect(sourceReads('src', 'src/a/b.py')).toBe(true);
    expect(sourceReads('src', 'srcx/a.py')).toBe(false);
    expect(sourceReads('*.txt', 'requirements.txt')).toBe(true);
    expect(sourceReads('*.txt', 'docs/a.txt')).toBe(false);
    expect(sourceReads('src/*', 'src/pkg/mod.py')).toBe(true);
    expect(sourceReads('req?.txt', 'req1.txt')).toBe(true);
    expect(sourceReads('[a-c].py', 'b.py')).toBe(true);
    expect(sourceReads('[^a-c].py', 'b.py')).toBe(false);
    expect(sourceReads('', 'anything/at/all')).toBe(true);
  });

  it('resolve() gives the files before and after .dockerignore', () => {
    const ctx = openContext({ files: ['main.py', 'tests/t.py', 'C:/x', '.\\docs\\a.md'], dockerignore: 'tests\n*.md\n**/*.md\n' });
    expect(ctx.files).toEqual(['C:/x', 'docs/a.md', 'main.py', 'tests/t.py']);
    expect(ctx.sent).toEqual(['C:/x', 'main.py']);
    expect(ctx.resolve('.')).toEqual({ all: ctx.files, sent: ctx.sent });
    expect(ctx.resolve('tests/')).toEqual({ all: ['tests/t.py'], sent: [] });
    expect(ctx.hasExceptions).toBe(false);
    expect(openContext({ files: [], dockerignore: '*\n!main.py\n' }).hasExceptions).toBe(true);
  });
});
