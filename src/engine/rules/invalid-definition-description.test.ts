import { testRule } from '../testing.ts';
import rule from './invalid-definition-description.ts';

// BuildKit's own cases (dockerfile_check_test.go, testInvalidDefinitionDescription), as Dockerfiles of ours.
testRule(rule, {
  valid: [
    '# foo this is the foo\nARG foo=bar\n# base this is the base image\nFROM alpine:3.22 AS base\n# version this is the version number\nARG version=latest\n# baz one of several\nARG foo=baz bar=qux baz=quux\n#\nARG bit=bat\n# a comment above something else\nUSER 10001\n',
    // No comment, a blank line between, a FROM without a stage name, directives at the top.
    'ARG A=1\nFROM alpine:3.22\nUSER 10001\n',
    '# a note about the base\n\nFROM alpine:3.22 AS base\nUSER 10001\n',
    '# pinned for reproducible builds\nFROM alpine:3.22\nUSER 10001\n',
    '# syntax=docker/dockerfile:1\n# check=error=true\nARG TAG=3.22\nFROM alpine:${TAG}\nUSER 10001\n',
  ],
  invalid: [
    { code: '# bar this is the bar\nARG foo=bar\nFROM alpine:3.22\nUSER 10001\n', texts: ['ARG'], message: '`# foo <description>`' },
    { code: '# BasE this is the BasE image\nFROM alpine:3.22 AS base\nUSER 10001\n', texts: ['FROM'], message: '`# base <description>`' },
    { code: 'FROM alpine:3.22\n# definitely a bad comment\nARG foo=baz bar=qux baz=quux\nUSER 10001\n', message: '`# <arg_key> <description>`' },
  ],
});
