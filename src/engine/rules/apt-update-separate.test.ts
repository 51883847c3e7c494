import { testRule } from '../testing.ts';
import rule from './apt-update-separate.ts';

const clean = '&& rm -rf /var/lib/apt/lists/*';
testRule(rule, {
  valid: [
    `FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl ${clean}\nUSER 10001\n`,
    // Each RUN updates for itself.
    `FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl ${clean}\nRUN apt-get update && apt-get install -y --no-install-recommends git ${clean}\nUSER 10001\n`,
    // Update in another, unrelated stage.
    `FROM ubuntu:24.04 AS a\nRUN apt-get update\nFROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends git ${clean}\nUSER 10001\n`,
  ],
  invalid: [
    { code: `FROM ubuntu:24.04\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl ${clean}\nUSER 10001\n`, texts: ['apt-get install'], message: 'line 2' },
    // The parent stage updated; the child installs.
    // An earlier RUN that updated (and installed) does not make a later install safe.
    { code: `FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl ${clean}\nRUN apt-get install -y --no-install-recommends git ${clean}\nUSER 10001\n`, texts: ['apt-get install'], message: 'line 2' },
    { code: `FROM ubuntu:24.04 AS base\nRUN apt-get update\nFROM base\nRUN apt-get -q install -y --no-install-recommends curl ${clean}\nUSER 10001\n`, texts: ['apt-get -q install'] },
  ],
});
