import { testRule } from '../testing.ts';
import rule from './yum-pin.ts';

const img = (run: string) => `FROM amazonlinux:2\n${run}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    img('RUN yum install -y httpd-2.4.62 httpd-tools-2.4.62-1.amzn2.x86_64 gcc-c++-7.3.1 && yum clean all'),
    img('RUN yum install -y /tmp/app.rpm https://example.com/app-1.0.rpm && yum clean all'),
    img('RUN yum install -y "$PACKAGES" && yum clean all'),
    img('RUN yum groupinstall -y "Development Tools" && yum clean all'),
    img('RUN yum install -y @development && yum clean all'),
    img('RUN yum module install -y nodejs:18 && yum clean all'),
    img('RUN yum install -y "httpd >= 2.4" && yum clean all'),
    img('RUN yum remove -y httpd'),
  ],
  invalid: [
    { code: img('RUN yum install -y httpd python3-pip-9.0.3 java-1.8.0-openjdk && yum clean all'), texts: ['httpd', 'java-1.8.0-openjdk'], message: '`httpd-<version>`' },
    { code: img('RUN yum module install -y nodejs && yum clean all'), texts: ['nodejs'], message: '`nodejs:<stream>`' },
    { code: img('RUN yum --enablerepo epel install -y jq && yum clean all'), texts: ['jq'] },
  ],
});
