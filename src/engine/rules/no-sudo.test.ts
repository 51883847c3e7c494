import { testRule } from '../testing.ts';
import rule from './no-sudo.ts';

const img = (run: string) => `FROM ubuntu:24.04\n${run}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    // A here-document inside a `RUN <<EOF` script is data written to a file, not commands.
    img('RUN <<EOF\ncat > /usr/local/bin/admin <<\'SCRIPT\'\n#!/bin/sh\nsudo -n true\nSCRIPT\nEOF'),
    img('RUN <<EOF\ncat > /etc/motd <<-END\n\tsudo is not installed\n\tEND\necho done\nEOF'),
    img('RUN apt-get install -y --no-install-recommends sudo'),
    img('RUN echo "%admin ALL=(ALL) ALL" > /etc/sudoers.d/admin'),
    img('RUN echo sudo'),
    img('RUN ["sudo", "ls"]'),
  ],
  invalid: [
    // The script resumes after an inner here-document.
    { code: img('RUN <<EOF\ncat > /etc/motd <<\'X\'\nhello\nX\nsudo ls\nEOF'), texts: ['sudo'] },
    { code: img('RUN sudo apt-get update'), texts: ['sudo'] },
    { code: img('RUN mkdir /a && /usr/bin/sudo -u app touch /a/b'), texts: ['/usr/bin/sudo'] },
    { code: 'FROM ubuntu:24.04\nONBUILD RUN sudo ls\n', count: 1 },
  ],
});
