import { testRule } from '../testing.ts';
import rule from './use-workdir.ts';

const img = (run: string) => `FROM alpine:3.22\n${run}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    img('WORKDIR /src\nRUN make'),
    img('RUN make -C /src'),
    img('RUN echo cd /tmp'),
    img('RUN mkdir cd'),
    img('RUN ["cd", "/tmp"]'),
  ],
  invalid: [
    { code: img('RUN cd /src && make'), texts: ['cd'] },
    { code: img('RUN (cd /src && make) && cd /tmp'), texts: ['cd', 'cd'] },
    { code: img('RUN if [ -d /src ]; then cd /src; fi'), texts: ['cd'] },
    { code: img('RUN <<EOF\ncd /src\nmake\nEOF'), texts: ['cd'] },
    { code: 'FROM alpine:3.22\nONBUILD RUN cd /src && make\n', count: 1 },
  ],
});
