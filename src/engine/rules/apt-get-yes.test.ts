import { testRule } from '../testing.ts';
import rule from './apt-get-yes.ts';

const img = (run: string) => `FROM ubuntu:24.04\n${run}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    img('RUN apt-get update && apt-get install -y curl'),
    img('RUN apt-get update && apt-get install --yes curl'),
    img('RUN apt-get update && apt-get -y install curl'),
    img('RUN apt-get update && apt-get install --assume-yes curl'),
    img('RUN apt-get update && apt-get install -qy curl'),
    img('RUN apt-get update && apt-get install -qq curl'),
    img('RUN apt-get update && apt-get install -q -q curl'),
    img('RUN apt-get update && apt-get install -q=2 curl'),
    img('RUN apt-get update && apt-get install --quiet --quiet curl'),
    img('RUN apt-get update && apt-get install -o APT::Get::Assume-Yes=true curl'),
    img("RUN echo 'APT::Get::Assume-Yes \"true\";' > /etc/apt/apt.conf.d/90yes\nRUN apt-get update && apt-get install curl"),
    img('RUN apt-get remove curl'),
    img('RUN apt-get install -y apt-get'),
    img('RUN ["apt-get", "install", "curl"]'),
    img('RUN echo apt-get install curl'),
  ],
  invalid: [
    { code: img('RUN apt-get update && apt-get install curl'), texts: ['apt-get install'], output: img('RUN apt-get update && apt-get install -y curl') },
    { code: img('RUN apt-get update && apt-get -q install curl'), texts: ['apt-get -q install'], output: img('RUN apt-get update && apt-get -q install -y curl') },
    { code: img('RUN apt update && apt install curl'), texts: ['apt install'], message: '`apt install`' },
    { code: img('RUN apt-get update \\\n && /usr/bin/apt-get install \\\n   curl'), texts: ['/usr/bin/apt-get install'] },
    { code: 'FROM ubuntu:24.04\nONBUILD RUN apt-get install curl\n', count: 1 },
    { code: img('RUN apt-get install curl && apt-get install git'), count: 2 },
    { code: img('RUN apt-get update && apt-get "install" curl'), texts: ['apt-get "install"'] },
    { code: img('RUN sudo -E apt-get install curl'), texts: ['apt-get install'], output: img('RUN sudo -E apt-get install -y curl') },
    { code: img('RUN env DEBIAN_FRONTEND=noninteractive apt-get install curl'), texts: ['apt-get install'] },
  ],
});
