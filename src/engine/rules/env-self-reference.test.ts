import { testRule } from '../testing.ts';
import rule from './env-self-reference.ts';

const wrap = (line: string) => `FROM alpine:3.22\n${line}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    wrap('ENV PATH=/opt/bin:$PATH'),
    wrap('ENV A=1 PATH=/opt/bin:$PATH'),
    wrap('ENV B=$A A=1'),
    wrap('ENV A=1\nENV B=$A'),
    wrap("ENV A=1 B='$A'"),
    wrap('ENV A=1 B=\\$A'),
    wrap('ENV A=1 B=$AB'),
    wrap('ARG A=0\nENV A=1 B=$A'),
    wrap('ENV A=0\nENV A=1 B=${A}'),
    'FROM alpine:3.22 AS base\nENV A=0\nFROM base\nENV A=1 B=$A\nUSER 10001\n',
    wrap('ENV A 1 $A'),
  ],
  invalid: [
    { code: wrap('ENV A=1 B=$A'), texts: ['$A'], message: 'is the value `A` had before this `ENV` (empty unless the base image sets it), not `1`: Docker expands every value of one `ENV` before setting any' },
    { code: wrap('ENV APP=/app BIN="${APP}/bin"'), texts: ['${APP}'] },
    { code: wrap('ENV APP=/app BIN=${APP:-/srv}/bin'), texts: ['${APP:-/srv}'] },
    { code: wrap('ENV A=1 \\\n    B=$A C=$B'), count: 2, texts: ['$A', '$B'] },
    { code: wrap('ENV PATH=/x:$PATH PATH=/y:$PATH'), texts: ['$PATH'] },
    // A global ARG is not in scope inside the stage unless redeclared.
    { code: `ARG A=0\n${wrap('ENV A=1 B=$A')}`, texts: ['$A'] },
    { code: '# escape=`\nFROM alpine:3.22\nENV A=1 B=$A C=`$A\nUSER 10001\n', count: 1 },
  ],
});
