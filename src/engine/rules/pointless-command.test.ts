import { testRule } from '../testing.ts';
import rule from './pointless-command.ts';

const img = (run: string) => `FROM ubuntu:24.04\n${run}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    // A privileged RUN is where `mount` belongs.
    '# syntax=docker/dockerfile:1-labs\nFROM ubuntu:24.04\nRUN --security=insecure mount -t tmpfs none /mnt\nUSER 10001\n',
    img('RUN apt-get install -y --no-install-recommends openssh-client vim procps'),
    img('RUN echo ssh vim top'),
    img('RUN ssh-keyscan github.com >> /etc/ssh/ssh_known_hosts'),
    img('RUN ["ssh", "host"]'),
  ],
  invalid: [
    { code: img('RUN vim /etc/hosts'), texts: ['vim'], message: '`vim`' },
    { code: img('RUN ps aux | grep x && kill 1'), texts: ['ps', 'kill'] },
    { code: img('RUN sudo service ssh start'), texts: ['service'] },
    { code: img('RUN /sbin/ifconfig'), texts: ['/sbin/ifconfig'] },
    { code: 'FROM ubuntu:24.04\nONBUILD RUN top -b -n 1\n', count: 1 },
  ],
});
