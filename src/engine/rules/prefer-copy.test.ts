import { testRule } from '../testing.ts';
import rule from './prefer-copy.ts';

const wrap = (line: string) => `FROM alpine:3.22\nWORKDIR /app\n${line}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    wrap('ADD app.tar.gz /opt/'),
    wrap('ADD vendor.tgz deps.tar.xz lib.tar.zst /opt/'),
    wrap('ADD https://example.com/file.txt /opt/'),
    wrap('ADD git@github.com:moby/buildkit.git /src'),
    wrap('ADD https://github.com/moby/buildkit.git#v0.14.0 /src'),
    wrap('ADD github.com/moby/buildkit.git /src'),
    wrap('ADD $ARCHIVE /opt/'),
    wrap('ADD <<EOF /etc/app.conf\nk=v\nEOF'),
    wrap('COPY app.py .'),
    wrap('ADD ["rootfs.tar", "/"]'),
  ],
  invalid: [
    { code: wrap('ADD app.py .'), texts: ['ADD'], message: '`app.py`', output: wrap('COPY app.py .') },
    { code: wrap('add . .'), output: wrap('copy . .') },
    { code: wrap('ADD --chown=10001:10001 --chmod=644 config/ /etc/app/'), output: wrap('COPY --chown=10001:10001 --chmod=644 config/ /etc/app/') },
    { code: wrap('ADD ["my app.py", "."]'), output: wrap('COPY ["my app.py", "."]') },
    { code: wrap('ADD app.zip /opt/'), output: wrap('COPY app.zip /opt/') },
    // Mixed sources, wildcards or ADD-only flags: reported without a fix.
    { code: wrap('ADD vendor.tar.gz app.py /opt/'), message: '`app.py`' },
    { code: wrap('ADD *.py /app/'), count: 1 },
    { code: wrap('ADD --unpack=false app.py /opt/'), count: 1 },
    { code: wrap('ADD git@github.com:x/y.git app.py /opt/'), count: 1 },
  ],
});
