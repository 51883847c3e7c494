import { testRule } from '../testing.ts';
import rule from './zypper-clean.ts';

const img = (run: string) => `FROM opensuse/leap:15.6\n${run}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    img('RUN zypper -n install curl && zypper clean --all'),
    img('RUN zypper -n in curl && zypper cc -a'),
    img('RUN zypper -n in curl && rm -rf /var/cache/zypp/*'),
    img('RUN --mount=type=cache,target=/var/cache/zypp zypper -n install curl'),
    img('RUN zypper -n remove curl'),
    'FROM opensuse/leap:15.6 AS build\nRUN zypper -n install gcc\nRUN echo ok > /ok\nFROM opensuse/leap:15.6\nCOPY --from=build /ok /ok\nUSER 10001\n',
  ],
  invalid: [
    { code: img('RUN zypper -n install curl'), texts: ['zypper -n install'], message: '`zypper install`' },
    { code: img('RUN zypper clean -a && zypper -n in curl'), texts: ['zypper -n in'] },
    { code: img('RUN zypper -n in curl && zypper clean -a && zypper -n in git'), texts: ['zypper -n in'], count: 1 },
    { code: 'FROM opensuse/leap:15.6\nONBUILD RUN zypper -n install curl\n', count: 1 },
  ],
});
