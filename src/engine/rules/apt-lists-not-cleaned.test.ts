import { testRule } from '../testing.ts';
import rule from './apt-lists-not-cleaned.ts';

const img = (run: string) => `FROM ubuntu:24.04\n${run}\nUSER 10001\n`;
const install = 'apt-get install -y --no-install-recommends curl';

testRule(rule, {
  valid: [
    img(`RUN apt-get update && ${install} && rm -rf /var/lib/apt/lists/*`),
    img(`RUN apt-get update && ${install} && rm -fr /var/lib/apt/lists`),
    img(`RUN apt-get update && ${install} && rm -r /var/lib/apt/lists/ /tmp/*`),
    img(`RUN apt-get update && ${install} && apt-get distclean`),
    img(`RUN apt-get update && ${install} && find /var/lib/apt/lists -type f -delete`),
    img(`RUN set -eux; apt-get update; ${install}; apt-get clean; rm -rf /var/lib/apt/lists/*`),
    img(`RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && ${install}`),
    img(`RUN --mount=type=tmpfs,target=/var/lib/apt apt-get update && ${install}`),
    img(`RUN --mount=type=cache,target=/var/cache/apt --mount=type=cache,target=/var/lib/apt apt-get update && ${install}`),
    // A builder stage whose files are only copied out.
    `FROM ubuntu:24.04 AS build\nRUN apt-get update && ${install}\nFROM alpine:3.22\nCOPY --from=build /etc/hostname /x\nUSER 10001\n`,
    img(`RUN ${install}`),
    img('RUN ["apt-get", "update"]'),
    img('RUN echo apt-get update'),
  ],
  invalid: [
    { code: img(`RUN apt-get update && ${install}`), texts: ['apt-get update'], output: img(`RUN apt-get update && ${install} && rm -rf /var/lib/apt/lists/*`) },
    { code: img(`RUN apt-get update && ${install} && apt-get clean`), count: 1 },
    { code: img(`RUN apt update && apt install -y curl`), texts: ['apt update'], message: '`apt update`' },
    { code: img(`RUN apt-get update && ${install} && rm -rf /tmp/*`), count: 1 },
    // Deleting the lists before updating does not count.
    { code: img(`RUN rm -rf /var/lib/apt/lists/* && apt-get update && ${install}`), count: 1 },
    // The builder stage is the final stage's base: its layers ship.
    { code: `FROM ubuntu:24.04 AS base\nRUN apt-get update && ${install}\nFROM base\nUSER 10001\n`, count: 1 },
    { code: img(`RUN --mount=type=cache,target=/var/cache/apt apt-get update && ${install}`), count: 1 },
    { code: img(`RUN --mount=type=bind,target=/var/lib/apt/lists apt-get update && ${install}`), count: 1 },
    { code: img(`RUN apt-get update \\\n  && ${install}   `), output: img(`RUN apt-get update \\\n  && ${install} && rm -rf /var/lib/apt/lists/*   `) },
    // No fix when the script ends oddly or holds a comment.
    { code: img(`RUN apt-get update && ${install};`), count: 1 },
    { code: img(`RUN <<EOF\napt-get update\n${install}\nEOF`), texts: ['apt-get update'] },
    { code: 'FROM ubuntu:24.04\nONBUILD RUN apt-get update && apt-get install -y --no-install-recommends curl\n', count: 1 },
  ],
});
