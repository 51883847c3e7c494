import { testRule } from '../testing.ts';
import rule from './no-sudo.ts';

const img = (run: string) => `FROM ubuntu:24.04\n${run}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    img('RUN apt-get install -y --no-install-recommends sudo'),
    img('RUN echo "%admin ALL=(ALL) ALL" > /etc/sudoers.d/admin'),
    img('RUN echo sudo'),
    img('RUN ["sudo", "ls"]'),
  ],
  invalid: [
    { code: img('RUN sudo apt-get update'), texts: ['sudo'] },
    { code: img('RUN mkdir /a && /usr/bin/sudo -u app touch /a/b'), texts: ['/usr/bin/sudo'] },
    { code: 'FROM ubuntu:24.04\nONBUILD RUN sudo ls\n', count: 1 },
  ],
});
