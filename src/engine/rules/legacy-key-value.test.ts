import { testRule } from '../testing.ts';
import rule from './legacy-key-value.ts';

const wrap = (line: string) => `FROM alpine:3.22\n${line}\nUSER 10001\n`;

testRule(rule, {
  valid: [wrap('ENV A=1'), wrap('LABEL org.opencontainers.image.title="x"'), wrap('ENV A=1 B=2'), wrap('ARG A')],
  invalid: [
    { code: wrap('ENV APP_HOME /app'), texts: ['APP_HOME /app'], output: wrap('ENV APP_HOME=/app') },
    { code: wrap('ENV GREETING hello world'), output: wrap('ENV GREETING="hello world"') },
    { code: wrap('LABEL maintainer "Ana Souza"'), output: wrap('LABEL maintainer="Ana Souza"') },
  ],
});
