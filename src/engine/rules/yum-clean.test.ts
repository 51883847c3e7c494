import { testRule } from '../testing.ts';
import rule from './yum-clean.ts';

const img = (run: string) => `FROM amazonlinux:2\n${run}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    img('RUN yum install -y httpd && yum clean all'),
    img('RUN yum install -y httpd && rm -rf /var/cache/yum/*'),
    img('RUN yum install -y httpd && yum -q clean all && rm -rf /var/cache/yum'),
    img('RUN yum install -y httpd && dnf clean all'),
    img('RUN --mount=type=cache,target=/var/cache/yum yum install -y httpd'),
    img('RUN yum remove -y httpd'),
    'FROM amazonlinux:2 AS build\nRUN yum install -y gcc\nRUN echo ok > /ok\nFROM amazonlinux:2\nCOPY --from=build /ok /ok\nUSER 10001\n',
  ],
  invalid: [
    { code: img('RUN yum install -y httpd'), texts: ['yum install'], message: '`yum install`' },
    { code: img('RUN yum clean all && yum install -y httpd'), count: 1 },
    { code: img('RUN yum install -y httpd && yum clean packages'), count: 1 },
    { code: img('RUN yum install -y httpd && rm -rf /tmp/*'), count: 1 },
    { code: img('RUN yum install -y a && yum clean all && yum install -y b'), texts: ['yum install'], count: 1 },
    { code: img('RUN yum install -y a && yum install -y b'), count: 1 },
    { code: 'FROM amazonlinux:2\nONBUILD RUN yum install -y httpd\n', count: 1 },
  ],
});
