import { testRule } from '../testing.ts';
import rule from './consecutive-run.ts';

const img = (body: string) => `FROM alpine:3.22\n${body}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    img('RUN mkdir /a && touch /a/b\nRUN mkdir /c'),
    img('RUN mkdir /a\nWORKDIR /a\nRUN mkdir /c'),
    img('RUN mkdir /a\nRUN ls / | wc -l'),
    img('RUN --mount=type=cache,target=/root/.cache mkdir /a\nRUN mkdir /c'),
    img('RUN ["mkdir", "/a"]\nRUN mkdir /c'),
    img('RUN <<EOF\nmkdir /a\nEOF\nRUN mkdir /c'),
    // A build stage: separate steps are cached separately on purpose.
    'FROM alpine:3.22 AS build\nRUN mkdir /out\nRUN touch /out/app\nFROM alpine:3.22\nCOPY --from=build /out/app /app\nUSER 10001\n',
    img('RUN mkdir /a'),
  ],
  invalid: [
    {
      code: img('RUN mkdir /a\nRUN mkdir /c'),
      texts: ['RUN'],
      message: '(line 2)',
      output: img('RUN mkdir /a && \\\n    mkdir /c'),
    },
    { code: img('RUN mkdir /a\n# make c\nRUN mkdir /c'), count: 1 },
    { code: img('RUN --network=none mkdir /a\nRUN --network=none mkdir /c'), output: img('RUN --network=none mkdir /a && \\\n    mkdir /c') },
    { code: img('RUN mkdir /a\nRUN mkdir /b\nRUN mkdir /c'), count: 1, message: '3 single-command', output: img('RUN mkdir /a && \\\n    mkdir /b && \\\n    mkdir /c') },
    { code: img('RUN mkdir /a\nRUN mkdir /b\nENV A=1\nRUN mkdir /c\nRUN mkdir /d'), count: 2 },
    { code: img('RUN mkdir /a\nRUN mkdir /b\nRUN --network=none mkdir /c\nRUN --network=none mkdir /d'), count: 2 },
    { code: '# escape=`\nFROM alpine:3.22\nRUN mkdir /a\nRUN mkdir /c\nUSER 10001\n', output: '# escape=`\nFROM alpine:3.22\nRUN mkdir /a && `\n    mkdir /c\nUSER 10001\n' },
    { code: 'FROM alpine:3.22 AS base\nRUN mkdir /a\nRUN mkdir /c\nFROM base\nUSER 10001\n', count: 1 },
  ],
});
