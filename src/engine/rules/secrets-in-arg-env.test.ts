import { describe, expect, it } from 'vitest';
import { testRule } from '../testing.ts';
import rule, { looksSecret } from './secrets-in-arg-env.ts';

const wrap = (line: string) => `FROM alpine:3.22\n${line}\nUSER 10001\n`;

describe('looksSecret', () => {
  it('follows BuildKit segments plus well-known names', () => {
    for (const n of ['MY_SECRET', 'api_key', 'DB_PASSWORD', 'AUTH', 'aws_secret_access_key', 'GITHUB_TOKEN', 'PGPASSWORD', 'MYSQL_PWD', 'SENTRY_DSN', 'JENKINS_PSW', 'APIKEY', 'X_CREDENTIALS'])
      expect(looksSecret(n), n).toBe(true);
    for (const n of ['MYSECRET', 'USERNAME', 'PRIVATE_REGISTRY', 'PUBLIC_KEY', 'PASSWORD_FILE', 'AUTH_MODULE_VERSION', 'KEYRING', 'TOKENIZERS_PARALLELISM', 'PATH', 'MONKEY'])
      expect(looksSecret(n), n).toBe(false);
  });
});

testRule(rule, {
  valid: [
    wrap('ARG USERNAME=app'),
    wrap('ENV PRIVATE_REGISTRY=registry.example.com'),
    wrap('ARG PUBLIC_KEY_FILE=/k.pub'),
    wrap('ENV TOKENIZERS_PARALLELISM=false'),
    wrap('ARG APP_VERSION=1.2.3'),
  ],
  invalid: [
    { code: wrap('ARG NPM_TOKEN'), texts: ['NPM_TOKEN'], message: 'looks like a secret' },
    { code: wrap('ENV DB_PASSWORD=changeme'), texts: ['DB_PASSWORD'] },
    { code: wrap('ENV A=1 API_KEY=abc'), texts: ['API_KEY'] },
    { code: wrap('ARG A=1 AUTH_TOKEN=2'), texts: ['AUTH_TOKEN'] },
    { code: wrap('ENV PGPASSWORD secret'), texts: ['PGPASSWORD'] },
    { code: 'ARG GITHUB_TOKEN\nFROM alpine:3.22\nUSER 10001\n', texts: ['GITHUB_TOKEN'] },
    { code: wrap('ONBUILD ENV SECRET_KEY_BASE=x'), texts: ['SECRET_KEY_BASE'] },
  ],
});
