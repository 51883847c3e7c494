import { testRule } from '../testing.ts';
import rule from './use-apt-get.ts';

const img = (run: string) => `FROM ubuntu:24.04\n${run}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    img('RUN apt-get update && apt-get install -y --no-install-recommends apt && rm -rf /var/lib/apt/lists/*'),
    img('RUN apt-cache policy curl'),
    img('RUN apt-get install -y --no-install-recommends apt-transport-https'),
    img('RUN echo apt install'),
    img('RUN ["apt", "install", "-y", "curl"]'),
  ],
  invalid: [
    { code: img('RUN apt update'), texts: ['apt'], output: img('RUN apt-get update') },
    { code: img('RUN apt-get update && apt -y install --no-install-recommends curl'), texts: ['apt'], output: img('RUN apt-get update && apt-get -y install --no-install-recommends curl') },
    { code: img('RUN /usr/bin/apt remove -y curl'), texts: ['/usr/bin/apt'], output: img('RUN /usr/bin/apt-get remove -y curl') },
    { code: img('RUN apt search curl'), texts: ['apt'], message: '`apt-cache search`' },
    { code: img('RUN apt list --installed'), texts: ['apt'], message: 'dpkg-query' },
    { code: img('RUN apt update && apt upgrade -y'), count: 2 },
    { code: 'FROM ubuntu:24.04\nONBUILD RUN apt update\n', count: 1 },
  ],
});
