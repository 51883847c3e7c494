import { testRule } from '../testing.ts';
import rule from './dnf-pin.ts';

const img = (run: string) => `FROM fedora:42\n${run}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    img('RUN dnf install -y httpd-2.4.63 && dnf clean all'),
    img('RUN dnf install -y --setopt=install_weak_deps=False httpd-2.4.63-1.fc42 && dnf clean all'),
    img('RUN microdnf install -y httpd-2.4.62 && microdnf clean all'),
    img('RUN dnf module install -y nodejs:22/minimal && dnf clean all'),
    img('RUN dnf group install -y "C Development Tools and Libraries" && dnf clean all'),
    img('RUN dnf install -y ./local.rpm ${EXTRA} && dnf clean all'),
  ],
  invalid: [
    { code: img('RUN dnf install -y httpd jq-1.7.1 && dnf clean all'), texts: ['httpd'] },
    { code: img('RUN microdnf install -y "shadow-utils" && microdnf clean all'), texts: ['"shadow-utils"'] },
    { code: img('RUN dnf5 module install -y nodejs && dnf5 clean all'), texts: ['nodejs'] },
  ],
});
