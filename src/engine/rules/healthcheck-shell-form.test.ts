import { testRule } from '../testing.ts';
import rule from './healthcheck-shell-form.ts';

const wrap = (l: string) => `FROM alpine:3.22\nUSER 10001\n${l}\n`;
testRule(rule, {
  valid: [wrap('HEALTHCHECK CMD ["true"]'), wrap('HEALTHCHECK --interval=5s CMD ["sh", "-c", "wget -q --spider http://x/ || exit 1"]'), wrap('HEALTHCHECK NONE')],
  invalid: [
    { code: wrap('HEALTHCHECK --interval=5s CMD wget -q --spider http://x/ || exit 1'), texts: ['wget -q --spider http://x/ || exit 1'] },
    { code: wrap('healthcheck cmd true'), count: 1 },
  ],
});
