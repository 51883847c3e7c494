import { testRule } from '../testing.ts';
import rule from './zypper-pin.ts';

const img = (run: string) => `FROM opensuse/leap:15.6\n${run}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    img('RUN zypper -n install "curl=8.6.0" "git>=2.43" "vim<10" && zypper clean -a'),
    img('RUN zypper -n install /tmp/app.rpm ./x.rpm && zypper clean -a'),
    img('RUN zypper -n install -t pattern devel_basis && zypper clean -a'),
    img('RUN zypper -n install pattern:devel_basis && zypper clean -a'),
    img('RUN zypper -n install $PACKAGES && zypper clean -a'),
    img('RUN zypper -n remove curl'),
  ],
  invalid: [
    { code: img('RUN zypper -n install curl "git=2.43" && zypper clean -a'), texts: ['curl'], message: '`curl=<version>`' },
    { code: img('RUN zypper -n in -r oss --no-recommends curl && zypper clean -a'), texts: ['curl'] },
    { code: img('RUN zypper -n install -t package curl && zypper clean -a'), texts: ['curl'] },
  ],
});
