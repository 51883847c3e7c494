import { describe, expect, it } from 'vitest';
import { variableRefs } from './var-refs.ts';

const names = (text: string, escape = '\\') => variableRefs(text, 0, escape).map((r) => `${r.name}@${text.slice(r.start - 0, r.end)}`);

describe('variable references, as BuildKit reads words', () => {
  it('finds $NAME and ${NAME}, with their spans', () => {
    expect(names('$A/${B}x')).toEqual(['A@$A', 'B@${B}']);
    expect(names('"$HOME/bin:${PATH}"')).toEqual(['HOME@$HOME', 'PATH@${PATH}']);
  });
  it('reads references inside modifier words too', () => {
    expect(names('${A:-$B}')).toEqual(['B@$B', 'A@${A:-$B}']);
    expect(names('${A:+@${B}}c')).toEqual(['B@${B}', 'A@${A:+@${B}}']);
    expect(names('${A#prefix}')).toEqual(['A@${A#prefix}']);
  });
  it('skips single quotes, escapes and what is not a name', () => {
    expect(names("'$A' \\$B $1 $ ${}")).toEqual([]);
    expect(names('`$A $B', '`')).toEqual(['B@$B']);
    expect(names('"it\'s $A"')).toEqual(['A@$A']);
  });
});
