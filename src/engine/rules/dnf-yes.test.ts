import { testRule } from '../testing.ts';
import rule from './dnf-yes.ts';

const img = (run: string) => `FROM fedora:42\n${run}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    img('RUN dnf install -y httpd && dnf clean all'),
    img('RUN dnf -y --setopt=install_weak_deps=False install httpd && dnf clean all'),
    img('RUN dnf5 install --assumeyes httpd && dnf5 clean all'),
    img('RUN microdnf install httpd && microdnf clean all'),
    img('RUN dnf makecache && dnf repolist'),
    img('RUN yum install httpd'),
  ],
  invalid: [
    { code: img('RUN dnf install httpd && dnf clean all'), texts: ['dnf install'], output: img('RUN dnf install -y httpd && dnf clean all') },
    { code: img('RUN dnf --setopt install_weak_deps=False install httpd'), texts: ['dnf --setopt install_weak_deps=False install'] },
    { code: img('RUN dnf module install nodejs:22'), texts: ['dnf module install'], message: '`dnf module install`' },
    { code: img('RUN dnf5 upgrade'), count: 1 },
    { code: 'FROM fedora:42\nONBUILD RUN dnf install httpd\n', count: 1 },
  ],
});
