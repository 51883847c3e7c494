import { testRule } from '../testing.ts';
import rule from './npm-pin.ts';

const img = (run: string) => `FROM node:22-alpine\n${run}\nUSER node\n`;

testRule(rule, {
  valid: [
    img('RUN npm install'),
    img('RUN npm ci --omit=dev'),
    img('RUN npm install -g typescript@5.8.3 @angular/cli@19.2.0 "eslint@^9"'),
    img('RUN npm install ./lib ../pkg /opt/x ~/y file:../z'),
    img('RUN npm install app-1.0.0.tgz https://example.com/pkg.tar.gz'),
    img('RUN npm install git+https://github.com/org/repo.git#v1.0.0 github:org/repo#abc123 org/repo#v2'),
    img('RUN npm run install'),
    img('RUN npm install --prefix /app $PKG'),
  ],
  invalid: [
    { code: img('RUN npm install -g typescript @angular/cli eslint@9.0.0'), texts: ['typescript', '@angular/cli'], message: '`typescript@<version>`' },
    { code: img('RUN npm i -g pnpm@latest'), texts: ['pnpm@latest'], message: '`pnpm@<version>`' },
    { code: img('RUN npm add --save-dev jest'), texts: ['jest'] },
    { code: img('RUN npm install org/repo git+https://github.com/org/repo.git'), count: 2 },
    { code: 'FROM node:22-alpine\nONBUILD RUN npm install -g typescript\n', count: 1 },
  ],
});
