import { testRule } from '../testing.ts';
import rule from './label-key-format.ts';

const wrap = (line: string) => `FROM alpine:3.22\n${line}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    wrap('LABEL org.opencontainers.image.title="app" maintainer="x"'),
    wrap('LABEL com.example.v2=yes description="Meu app"'),
    wrap('LABEL "org.label-schema.build-date"="2026"'),
    wrap('LABEL ${PREFIX}.version=1'),
  ],
  invalid: [
    { code: wrap('LABEL Version=1'), texts: ['Version'], message: 'uppercase' },
    { code: wrap('LABEL build_date=2026'), texts: ['build_date'], message: 'contains `_`' },
    { code: wrap('LABEL com.docker.compose.project=x'), texts: ['com.docker.compose.project'], message: 'reserved for Docker' },
    { code: wrap('LABEL io.docker.x=1 org.dockerproject.y=2'), count: 2 },
    { code: wrap('LABEL 1abc=1'), message: 'start with' },
    { code: wrap('LABEL com.example.=1'), message: 'end with' },
    { code: wrap('LABEL com..example=1 a--b=2'), count: 2 },
    { code: wrap('LABEL "Com.Example"="y"'), count: 1 },
    { code: wrap('LABEL Maintainer "Ana"'), count: 1 },
  ],
});
