import { testRule } from '../testing.ts';
import rule from './maintainer-deprecated.ts';

testRule(rule, {
  valid: [
    'FROM alpine:3.22\nLABEL org.opencontainers.image.authors="Ana"\nUSER 10001\n',
    'FROM alpine:3.22\n# MAINTAINER Ana\nUSER 10001\n',
  ],
  invalid: [
    {
      code: 'FROM alpine:3.22\nMAINTAINER Ana Souza <ana@example.com>\nUSER 10001\n',
      texts: ['MAINTAINER'],
      output: 'FROM alpine:3.22\nLABEL org.opencontainers.image.authors="Ana Souza <ana@example.com>"\nUSER 10001\n',
    },
    {
      code: 'FROM alpine:3.22\nMAINTAINER Ana "Nina" $HOME \\o/\nUSER 10001\n',
      output: 'FROM alpine:3.22\nLABEL org.opencontainers.image.authors="Ana \\"Nina\\" \\$HOME \\\\o/"\nUSER 10001\n',
    },
    {
      code: '# escape=`\nFROM alpine:3.22\nMAINTAINER Ana "x" C:\\y\nUSER 10001\n',
      output: '# escape=`\nFROM alpine:3.22\nLABEL org.opencontainers.image.authors="Ana `"x`" C:\\y"\nUSER 10001\n',
    },
    { code: 'from alpine:3.22\nmaintainer Ana\nuser 10001\n', texts: ['maintainer'], output: 'from alpine:3.22\nlabel org.opencontainers.image.authors="Ana"\nuser 10001\n' },
    { code: 'from alpine:3.22\nMAINTAINER Ana\nuser 10001\n', output: 'from alpine:3.22\nlabel org.opencontainers.image.authors="Ana"\nuser 10001\n' },
    {
      code: 'FROM alpine:3.22\nMAINTAINER Ana \\\n  <ana@example.com>\nUSER 10001\n',
      output: 'FROM alpine:3.22\nLABEL org.opencontainers.image.authors="Ana   <ana@example.com>"\nUSER 10001\n',
    },
  ],
});
