import { testRule } from '../testing.ts';
import rule from './expose-port-range.ts';

const wrap = (line: string) => `FROM alpine:3.22\nUSER 10001\n${line}\n`;

testRule(rule, {
  valid: [
    wrap('EXPOSE 1 65535'),
    wrap('EXPOSE 8000-8010/tcp 53/udp'),
    wrap('EXPOSE $PORT ${PORT}/udp 800${N}'),
    wrap('EXPOSE 8080:80'),
    wrap('EXPOSE "8080"'),
    wrap('EXPOSE 8000-8000'),
    // BuildKit accepts 0 (convert_expose.go: 0–65535).
    wrap('EXPOSE 0'),
    wrap('EXPOSE http'),
  ],
  invalid: [
    { code: wrap('EXPOSE 80800'), texts: ['80800'], message: 'BuildKit accepts 0 to 65535' },
    { code: wrap('EXPOSE 8080 65536/tcp'), texts: ['65536'] },
    { code: wrap('EXPOSE 8000-70000'), texts: ['70000'] },
    { code: wrap('EXPOSE 9000-8000'), texts: ['9000-8000'], message: 'Reversed range' },
    { code: wrap('EXPOSE 70000:80'), texts: ['70000'] },
    { code: wrap('EXPOSE 127.0.0.1:8080:99999/udp'), texts: ['99999'] },
    { code: wrap('EXPOSE "99999"'), texts: ['99999'] },
    { code: wrap('EXPOSE 80 \\\n  99999'), texts: ['99999'] },
  ],
});
