import { testRule } from '../testing.ts';
import rule from './apt-no-install-recommends.ts';

const img = (run: string) => `FROM ubuntu:24.04\n${run}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    img('RUN apt-get install -y --no-install-recommends curl'),
    img('RUN apt-get --no-install-recommends install -y curl'),
    img('RUN apt-get install -y -o APT::Install-Recommends=false curl'),
    img('RUN apt-get install -y -o APT::Install-Recommends="0" curl'),
    img("RUN echo 'APT::Install-Recommends \"false\";' > /etc/apt/apt.conf.d/99norec && apt-get install -y curl"),
    'FROM ubuntu:24.04 AS base\nRUN echo \'APT::Install-Recommends "0";\' > /etc/apt/apt.conf.d/99norec\nFROM base\nRUN apt-get install -y curl\nUSER 10001\n',
    img('RUN apt-get update'),
    img('RUN apt-cache show curl'),
  ],
  invalid: [
    { code: img('RUN apt-get update && apt-get install -y curl'), texts: ['apt-get install'], output: img('RUN apt-get update && apt-get install --no-install-recommends -y curl') },
    { code: img('RUN apt install -y curl'), texts: ['apt install'], message: '`apt install`' },
    { code: img('RUN apt-get install -y -o APT::Install-Recommends=true curl'), count: 1 },
    // A configuration written after the install does not help it.
    { code: img("RUN apt-get install -y curl && echo 'APT::Install-Recommends \"0\";' > /etc/apt/apt.conf.d/99norec"), count: 1 },
  ],
});
