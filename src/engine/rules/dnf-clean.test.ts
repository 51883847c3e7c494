import { testRule } from '../testing.ts';
import rule from './dnf-clean.ts';

const img = (run: string) => `FROM fedora:42\n${run}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    img('RUN dnf install -y httpd && dnf clean all'),
    img('RUN dnf install -y httpd && rm -rf /var/cache/dnf'),
    img('RUN dnf5 install -y httpd && rm -rf /var/cache/libdnf5*'),
    img('RUN microdnf install -y httpd && microdnf clean all'),
    img('RUN --mount=type=cache,target=/var/cache/libdnf5 dnf5 install -y httpd'),
    img('RUN --mount=type=cache,target=/var/cache/dnf dnf install -y httpd'),
    img('RUN dnf remove -y httpd'),
  ],
  invalid: [
    { code: img('RUN dnf install -y httpd'), texts: ['dnf install'] },
    { code: img('RUN dnf -y upgrade && dnf install -y httpd'), texts: ['dnf -y upgrade'] },
    { code: img('RUN microdnf install httpd'), texts: ['microdnf install'], message: '`microdnf install`' },
    { code: img('RUN dnf clean all && dnf install -y httpd'), count: 1 },
    { code: 'FROM fedora:42 AS base\nRUN dnf install -y httpd\nFROM base\nUSER 10001\n', count: 1 },
  ],
});
