import { testRule } from '../testing.ts';
import rule from './zypper-dist-upgrade.ts';

const img = (run: string) => `FROM opensuse/leap:15.6\n${run}\nUSER 10001\n`;

testRule(rule, {
  valid: [img('RUN zypper -n update && zypper clean -a'), img('RUN zypper -n install dup && zypper clean -a'), img('RUN echo zypper dup')],
  invalid: [
    { code: img('RUN zypper -n dup && zypper clean -a'), texts: ['dup'], message: '`zypper dup`' },
    { code: img('RUN zypper --non-interactive dist-upgrade --no-recommends'), texts: ['dist-upgrade'] },
    { code: 'FROM opensuse/leap:15.6\nONBUILD RUN zypper -n dup\n', count: 1 },
  ],
});
