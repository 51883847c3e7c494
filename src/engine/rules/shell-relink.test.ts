import { testRule } from '../testing.ts';
import rule from './shell-relink.ts';

const img = (run: string) => `FROM ubuntu:24.04\n${run}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    img('RUN ln -s /bin/sh /usr/local/bin/mysh'),
    img('RUN ln -sf /usr/bin/python3 /usr/bin/python'),
    img('RUN ln -s /bin/sh'),
    img('RUN echo ln -sf /bin/bash /bin/sh'),
  ],
  invalid: [
    { code: img('RUN ln -sf /bin/bash /bin/sh'), texts: ['/bin/sh'] },
    { code: img('RUN ln -sfn bash "/usr/bin/sh"'), texts: ['"/usr/bin/sh"'] },
    { code: img('RUN rm /bin/sh && ln -s /bin/bash /bin/sh'), count: 1 },
    { code: 'FROM ubuntu:24.04\nONBUILD RUN ln -sf /bin/bash /bin/sh\n', count: 1 },
  ],
});
