import { testRule } from '../testing.ts';
import rule from './useradd-no-log-init.ts';

const img = (run: string) => `FROM ubuntu:24.04\n${run}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    img('RUN useradd -u 10001 app'),
    img('RUN useradd -l -u 1000001 app'),
    img('RUN useradd --no-log-init --uid=1000001 app'),
    img('RUN useradd -lmu 1000001 app'),
    img('RUN useradd -u "$APP_UID" app'),
    img('RUN useradd -u ${APP_UID_LONG_NAME} app'),
    img('RUN groupadd -g 1000001 app'),
  ],
  invalid: [
    { code: img('RUN useradd -u 1000001 app'), texts: ['-u 1000001'], output: img('RUN useradd --no-log-init -u 1000001 app') },
    { code: img('RUN useradd --uid=1000001 -m app'), texts: ['--uid=1000001'] },
    { code: img('RUN useradd -mu 123456 app'), texts: ['-mu 123456'] },
    { code: img('RUN useradd -u123456 app'), texts: ['-u123456'] },
    { code: img('RUN groupadd -g 123456 app && /usr/sbin/useradd --uid 123456 -g app app'), output: img('RUN groupadd -g 123456 app && /usr/sbin/useradd --no-log-init --uid 123456 -g app app') },
    { code: 'FROM ubuntu:24.04\nONBUILD RUN useradd -u 1000001 app\n', count: 1 },
  ],
});
