import { testRule } from '../testing.ts';
import rule from './copy-relative-dest-no-workdir.ts';

const wrap = (body: string) => `FROM alpine:3.22\n${body}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    wrap('WORKDIR /app\nCOPY . .'),
    wrap('WORKDIR app\nCOPY . .'),
    wrap('COPY . /app'),
    wrap('COPY a.txt b.txt /app/'),
    wrap('COPY . $APP_HOME'),
    wrap('COPY ["a b.txt", "/app/"]'),
    wrap('COPY --chown=10001 . /srv/app'),
    wrap('COPY <<EOF /etc/app.conf\nkey=value\nEOF'),
    wrap('ADD . .'),
    wrap('COPY . C:\\app'),
    'FROM alpine:3.22 AS base\nWORKDIR /srv\nFROM base\nCOPY . .\nUSER 10001\n',
  ],
  invalid: [
    { code: wrap('COPY . .'), texts: ['.'] },
    { code: wrap('COPY app.py src/'), texts: ['src/'] },
    { code: wrap('COPY --from=build /out/app bin/'), texts: ['bin/'] },
    { code: wrap('COPY ["a b.txt", "app/"]'), texts: ['app/'] },
    { code: wrap('COPY "my file" "dest dir/"'), texts: ['"dest dir/"'] },
    { code: wrap('COPY <<EOF app.conf\nkey=value\nEOF'), texts: ['app.conf'] },
    // A WORKDIR later in the file does not help an earlier COPY.
    { code: wrap('COPY . .\nWORKDIR /app'), count: 1 },
    // WORKDIR in another (non-parent) stage does not count.
    { code: 'FROM alpine:3.22 AS a\nWORKDIR /srv\nFROM alpine:3.22\nCOPY . .\nUSER 10001\n', count: 1 },
  ],
});
