import { testRule } from '../testing.ts';
import rule from './zypper-non-interactive.ts';

const img = (run: string) => `FROM opensuse/leap:15.6\n${run}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    img('RUN zypper -n install curl && zypper clean -a'),
    img('RUN zypper --non-interactive in curl && zypper cc'),
    img('RUN zypper install -y curl && zypper clean -a'),
    img('RUN zypper in --no-confirm curl && zypper clean -a'),
    img('RUN zypper --quiet -n remove curl'),
    img('RUN zypper refresh && zypper search curl'),
  ],
  invalid: [
    { code: img('RUN zypper install curl'), texts: ['zypper install'], output: img('RUN zypper -n install curl') },
    // After the subcommand, -n is --name.
    { code: img('RUN zypper install -n curl'), count: 1 },
    { code: img('RUN zypper --root /mnt rm curl'), texts: ['zypper --root /mnt rm'], message: '`zypper rm`' },
    { code: img('RUN zypper -y install curl'), count: 1 },
    { code: 'FROM opensuse/leap:15.6\nONBUILD RUN zypper patch\n', count: 1 },
  ],
});
