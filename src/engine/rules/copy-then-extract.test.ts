import { testRule } from '../testing.ts';
import rule from './copy-then-extract.ts';

const wrap = (body: string) => `FROM alpine:3.22\n${body}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    wrap('ADD app.tar.gz /opt/'),
    wrap('COPY app.tar.gz /tmp/\nRUN ls /tmp'),
    wrap('COPY app.zip /tmp/\nRUN unzip /tmp/app.zip -d /opt'),
    wrap('COPY data.json.gz /tmp/\nRUN gunzip /tmp/data.json.gz'),
    wrap('COPY --from=build /out/app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt'),
    wrap('COPY app.tar.gz /tmp/\nRUN tar -czf /tmp/other.tar.gz /etc && tar -tzf /tmp/app.tar.gz'),
    wrap('RUN tar -xzf /tmp/app.tar.gz\nCOPY app.tar.gz /tmp/'),
    // Another stage.
    'FROM alpine:3.22 AS a\nCOPY app.tar.gz /tmp/\nFROM alpine:3.22\nRUN tar -xzf /tmp/app.tar.gz\nUSER 10001\n',
  ],
  invalid: [
    { code: wrap('COPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt'), texts: ['app.tar.gz'], message: 'extracted on line 3' },
    { code: wrap('COPY dist/app.tgz /tmp/\nRUN tar xzf /tmp/app.tgz'), texts: ['dist/app.tgz'] },
    { code: wrap('COPY app.tar.xz /tmp/\nRUN cd /opt && tar --extract --file=/tmp/app.tar.xz'), count: 1 },
    { code: wrap('COPY app.tar.gz /tmp/x.tgz\nRUN tar -C /opt -xf /tmp/x.tgz'), count: 1 },
    { code: wrap('COPY app.tar.gz /tmp/\nRUN zcat /tmp/app.tar.gz | tar -x -C /opt'), count: 1 },
    { code: wrap('COPY app.tar.gz /tmp/\nRUN gzip -d /tmp/app.tar.gz && tar -xf /tmp/app.tar'), count: 1 },
    { code: wrap('COPY a.tar b.tar /tmp/\nRUN tar -xf /tmp/a.tar && tar -xf /tmp/b.tar'), count: 2, texts: ['a.tar', 'b.tar'] },
    { code: wrap('COPY ["app.tar.gz", "/tmp/"]\nRUN <<EOF\ntar -xzf /tmp/app.tar.gz -C /opt\nEOF'), texts: ['app.tar.gz'] },
  ],
});
