import { testRule } from '../testing.ts';
import rule from './wget-progress.ts';

const img = (run: string) => `FROM ubuntu:24.04\n${run}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    img('RUN wget -q https://example.com/a'),
    img('RUN wget -qO- https://example.com/a > /a'),
    img('RUN wget --quiet https://example.com/a'),
    img('RUN wget -nv https://example.com/a'),
    img('RUN wget --no-verbose https://example.com/a'),
    img('RUN wget --progress=dot:giga https://example.com/a'),
    img('RUN wget -o /tmp/wget.log https://example.com/a'),
    img('RUN wget --append-output=/tmp/wget.log https://example.com/a'),
    img('RUN apt-get install -y --no-install-recommends wget'),
  ],
  invalid: [
    { code: img('RUN wget https://example.com/a'), texts: ['wget'] },
    { code: img('RUN wget -O /a https://example.com/a'), texts: ['wget'] },
    { code: img('RUN wget -nc https://example.com/a'), texts: ['wget'] },
    { code: img('RUN cd /tmp && /usr/bin/wget -c https://example.com/a'), texts: ['/usr/bin/wget'] },
    { code: 'FROM ubuntu:24.04\nONBUILD RUN wget https://example.com/a\n', count: 1 },
  ],
});
