import { testRule } from '../testing.ts';
import rule from './add-url-checksum.ts';

const wrap = (l: string) => `FROM alpine:3.22\n${l}\nUSER 10001\n`;
testRule(rule, {
  valid: [wrap('ADD app.tar.gz /opt/'), wrap('ADD --checksum=sha256:abc https://example.com/x.tgz /x.tgz'), wrap('ADD https://github.com/a/b.git /src')],
  invalid: [
    { code: wrap('ADD https://example.com/tool.tgz /opt/'), texts: ['https://example.com/tool.tgz'] },
    { code: wrap('ADD --chmod=755 http://example.com/run.sh /usr/local/bin/run.sh'), texts: ['http://example.com/run.sh'] },
  ],
});
