import { testRule } from '../testing.ts';
import rule from './yum-yes.ts';

const img = (run: string) => `FROM amazonlinux:2\n${run}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    img('RUN yum install -y httpd && yum clean all'),
    img('RUN yum -y install httpd && yum clean all'),
    img('RUN yum install --assumeyes httpd && yum clean all'),
    img('RUN yum -q -y groupinstall "Development Tools" && yum clean all'),
    img('RUN yum clean all && yum makecache'),
    img('RUN yum list installed'),
    img('RUN dnf install httpd'),
  ],
  invalid: [
    { code: img('RUN yum install httpd && yum clean all'), texts: ['yum install'], output: img('RUN yum install -y httpd && yum clean all') },
    { code: img('RUN yum --enablerepo epel localinstall /tmp/x.rpm'), texts: ['yum --enablerepo epel localinstall'], message: '`yum localinstall`' },
    { code: img('RUN yum group install "Development Tools"'), texts: ['yum group install'], output: img('RUN yum group install -y "Development Tools"') },
    { code: img('RUN yum update && yum remove -y x'), texts: ['yum update'] },
    { code: 'FROM amazonlinux:2\nONBUILD RUN yum install httpd\n', count: 1 },
  ],
});
