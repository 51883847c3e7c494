import { testRule } from '../testing.ts';
import rule from './yarn-cache-clean.ts';

const img = (run: string) => `FROM node:22-alpine\nWORKDIR /app\n${run}\nUSER node\n`;

testRule(rule, {
  valid: [
    img('RUN yarn install --frozen-lockfile && yarn cache clean'),
    img('RUN yarn && yarn cache clean --all'),
    img('RUN yarn install && rm -rf /usr/local/share/.cache/yarn'),
    img('RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install'),
    img('RUN --mount=type=cache,target=/root/.yarn/berry/cache yarn install --immutable'),
    img('RUN yarn build && yarn --version'),
    'FROM node:22-alpine AS build\nWORKDIR /app\nRUN yarn install && yarn build\nFROM nginx:1.27-alpine\nCOPY --from=build /app/dist /usr/share/nginx/html\nUSER 101\n',
  ],
  invalid: [
    { code: img('RUN yarn install --frozen-lockfile'), texts: ['yarn install'] },
    { code: img('RUN yarn --production'), texts: ['yarn'] },
    // A clean placed before the install does not help.
    { code: img('RUN yarn cache clean && yarn install'), count: 1 },
    { code: img('RUN --mount=type=cache,target=/root/.npm yarn install'), count: 1 },
    { code: 'FROM node:22-alpine\nONBUILD RUN yarn install\n', count: 1 },
  ],
});
