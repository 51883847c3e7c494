import { testRule } from '../testing.ts';
import rule from './apt-pin.ts';

const img = (run: string) => `FROM ubuntu:24.04\n${run}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    img('RUN apt-get install -y --no-install-recommends curl=8.5.0-2ubuntu10.6 "git=1:2.43.0-1ubuntu7"'),
    img('RUN apt-get install -y --no-install-recommends ./app.deb /tmp/x.deb'),
    img('RUN apt-get install -y --no-install-recommends -t bookworm-backports curl/bookworm-backports'),
    img('RUN apt-get install -y --no-install-recommends -o Dpkg::Options::=--force-confnew curl=1.0'),
    img('RUN apt-get install -y --no-install-recommends $PACKAGES ${EXTRA}'),
    img('RUN apt-get install -y --no-install-recommends "python3.*" nano-'),
    img('RUN apt-get update && apt-get upgrade -y'),
    img('RUN apt-get remove -y curl'),
  ],
  invalid: [
    { code: img('RUN apt-get update && apt-get install -y --no-install-recommends curl git=1:2.43.0 ca-certificates'), texts: ['curl', 'ca-certificates'] },
    { code: img('RUN apt-get install -y --no-install-recommends -t bookworm-backports curl'), texts: ['curl'], message: '`curl=<version>`' },
    { code: img('RUN apt install -y --no-install-recommends \\\n    "curl" \\\n    wget'), texts: ['"curl"', 'wget'] },
    { code: 'FROM ubuntu:24.04\nONBUILD RUN apt-get install -y --no-install-recommends curl\n', count: 1 },
  ],
});
