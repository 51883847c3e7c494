import { testRule } from '../testing.ts';
import rule from './workdir-relative.ts';

const wrap = (body: string, from = 'FROM alpine:3.22') => `${from}\n${body}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    wrap('WORKDIR /app'),
    wrap('WORKDIR "/srv/my app"'),
    wrap('WORKDIR /app\nWORKDIR src'),
    wrap('WORKDIR ${HOME}/app'),
    wrap('WORKDIR $APP'),
    'FROM alpine:3.22 AS base\nWORKDIR /srv\nFROM base AS app\nWORKDIR data\nUSER 10001\n',
    '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\app\nWORKDIR sub\nUSER ContainerUser\n',
    wrap('WORKDIR c:/app'),
    wrap('WORKDIR C:'),
  ],
  invalid: [
    { code: wrap('WORKDIR app'), texts: ['app'], output: wrap('WORKDIR /app') },
    { code: wrap('WORKDIR "my app"'), texts: ['"my app"'], output: wrap('WORKDIR "/my app"') },
    { code: wrap('WORKDIR ./app/'), output: wrap('WORKDIR /app') },
    // Every relative WORKDIR without an absolute predecessor; only the last carries a fix.
    { code: wrap('WORKDIR app\nWORKDIR src'), count: 2, texts: ['app', 'src'], message: 'write the absolute path' },
    { code: wrap('WORKDIR app\nRUN echo hi\nWORKDIR ../srv'), count: 2 },
    // Parent stage relative WORKDIR does not count as absolute.
    { code: 'FROM alpine:3.22 AS base\nWORKDIR app\nFROM base\nWORKDIR src\nUSER 10001\n', count: 2, texts: ['app', 'src'] },
    // A later stage from an image is independent.
    { code: 'FROM alpine:3.22 AS base\nWORKDIR /srv\nFROM alpine:3.22\nWORKDIR src\nUSER 10001\n', count: 1, output: 'FROM alpine:3.22 AS base\nWORKDIR /srv\nFROM alpine:3.22\nWORKDIR /src\nUSER 10001\n' },
    // The base image sets a WORKDIR: reported, but no fix.
    { code: wrap('WORKDIR src', 'FROM golang:1.25'), count: 1 },
    // Windows file: relative stays relative.
    { code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR app\nUSER ContainerUser\n', count: 1 },
  ],
});
