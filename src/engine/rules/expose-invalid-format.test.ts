import { testRule } from '../testing.ts';
import rule from './expose-invalid-format.ts';

const wrap = (line: string) => `FROM alpine:3.22\nUSER 10001\n${line}\n`;

testRule(rule, {
  valid: [wrap('EXPOSE 80 443/tcp 8000-8010/udp'), wrap('EXPOSE $HOST:$PORT'), wrap('EXPOSE ${PORT:-80}')],
  invalid: [
    { code: wrap('EXPOSE 8080:80'), texts: ['8080:'], output: wrap('EXPOSE 80') },
    { code: wrap('EXPOSE 127.0.0.1:8080:80/tcp'), texts: ['127.0.0.1:8080:'], output: wrap('EXPOSE 80/tcp') },
    { code: wrap('EXPOSE 443 127.0.0.1::53/udp'), texts: ['127.0.0.1::'], output: wrap('EXPOSE 443 53/udp') },
    { code: wrap('EXPOSE [::1]:8080:80'), texts: ['[::1]:8080:'], output: wrap('EXPOSE 80') },
    { code: wrap('EXPOSE 8000-8010:8000-8010'), output: wrap('EXPOSE 8000-8010') },
    { code: wrap('EXPOSE "8080:80"'), texts: ['8080:'], output: wrap('EXPOSE "80"') },
  ],
});
