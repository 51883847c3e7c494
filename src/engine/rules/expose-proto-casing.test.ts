import { testRule } from '../testing.ts';
import rule from './expose-proto-casing.ts';

const wrap = (line: string) => `FROM alpine:3.22\nUSER 10001\n${line}\n`;

testRule(rule, {
  valid: [wrap('EXPOSE 80/tcp 53/udp 9/sctp 8080'), wrap('EXPOSE $PORT/TCP'), wrap('EXPOSE 80/HTTP')],
  invalid: [
    { code: wrap('EXPOSE 80/TCP'), texts: ['TCP'], output: wrap('EXPOSE 80/tcp') },
    { code: wrap('EXPOSE 80/tcp 53/Udp'), texts: ['Udp'], output: wrap('EXPOSE 80/tcp 53/udp') },
    { code: wrap('EXPOSE "8000-8010/SCTP"'), texts: ['SCTP'], output: wrap('EXPOSE "8000-8010/sctp"') },
    { code: wrap('EXPOSE 80/TCP 443/TCP'), count: 2, texts: ['TCP', 'TCP'], output: wrap('EXPOSE 80/tcp 443/TCP') },
  ],
});
