import { describe, expect, it } from 'vitest';
import { strictLint, testRule } from '../testing.ts';
import rule from './no-sudo.ts';

const img = (run: string) => `FROM ubuntu:24.04\n${run}\nUSER 10001\n`;

testRule(rule, {
  valid: [
    // A here-document inside a `RUN <<EOF` script is data written to a file, not commands.
    img('RUN <<EOF\ncat > /usr/local/bin/admin <<\'SCRIPT\'\n#!/bin/sh\nsudo -n true\nSCRIPT\nEOF'),
    img('RUN <<EOF\ncat > /etc/motd <<-END\n\tsudo is not installed\n\tEND\necho done\nEOF'),
    img('RUN apt-get install -y --no-install-recommends sudo'),
    img('RUN echo "%admin ALL=(ALL) ALL" > /etc/sudoers.d/admin'),
    img('RUN echo sudo'),
    img('RUN ["sudo", "ls"]'),
    // Dropping privileges as root: makepkg refuses to run as root.
    'FROM archlinux:base\nRUN useradd -m builduser && cd /tmp/pkg && sudo -u builduser bash -c "makepkg -s --noconfirm"\nUSER 10001\n',
    img('RUN sudo -u app -H npm install'),
    img('RUN sudo --user=app npm install'),
    img('RUN sudo --user app npm install'),
    img('RUN sudo -E -u ${USERNAME} npm install -g typescript'),
    img('RUN sudo -uapp touch /home/app/x'),
    img('RUN sudo -u#1000 touch /home/app/x'),
    img('RUN sudo -g staff touch /srv/x'),
    // Other privilege-dropping tools are not sudo.
    img('RUN gosu app true && su -c "touch /home/app/x" app && runuser -u app -- true'),
    // No USER, and the base image is not known to run as root: a development-container image
    // ends as a user with passwordless sudo, and sudo is what makes the build work.
    'FROM mcr.microsoft.com/devcontainers/javascript-node:22\nRUN sudo apt-get update && sudo apt-get install -y --no-install-recommends git\nUSER 10001\n',
    'FROM mcr.microsoft.com/vscode/devcontainers/universal@sha256:36418523e2c261a47d081990475fe63fed88b5e8693b73c4f550b1025e30b89e\nRUN sudo rm -rf /var/lib/apt/lists/*\n',
    'FROM example.com/team/build-env:1.4\nRUN sudo make install\n',
    'ARG BASE\nFROM ${BASE}\nRUN sudo make install\n',
  ],
  invalid: [
    // The script resumes after an inner here-document.
    { code: img('RUN <<EOF\ncat > /etc/motd <<\'X\'\nhello\nX\nsudo ls\nEOF'), texts: ['sudo'] },
    { code: img('RUN sudo apt-get update'), texts: ['sudo'], message: '`ubuntu:24.04` runs as root and no `USER` came before' },
    { code: img('RUN mkdir /a && /usr/bin/sudo -i touch /a/b'), texts: ['/usr/bin/sudo'] },
    // -u root gains nothing either.
    { code: img('RUN sudo -u root touch /a'), count: 1 },
    { code: img('RUN sudo --user=0 touch /a'), count: 1 },
    { code: 'FROM ubuntu:24.04\nONBUILD RUN sudo ls\n', count: 1 },
    // Known-root base, through a parent stage.
    { code: 'FROM debian:bookworm AS base\nFROM base\nRUN sudo ls\nUSER 10001\n', count: 1 },
    // After USER root, on any base.
    { code: 'FROM mcr.microsoft.com/devcontainers/base:bookworm\nUSER root\nRUN sudo ls\n', message: 'after `USER root`' },
    // After an unprivileged USER, on any base.
    { code: 'FROM mcr.microsoft.com/devcontainers/base:bookworm\nUSER vscode\nRUN sudo apt-get update\n', message: 'passwordless sudo' },
  ],
});

describe('no-sudo severity', () => {
  it('is a warning, never an error', () => {
    const f = strictLint(img('RUN sudo apt-get update')).find((x) => x.rule === 'no-sudo');
    expect(f?.severity).toBe('warning');
  });
});
