import { Arg, Env, Onbuild, type Instruction, type Property } from 'dockerfile-ast';
import { defineRule, t } from '../define.ts';

/** BuildKit's secret-looking `_`-delimited segments (plus `psw`, added in frontend 1.29). */
const SECRET_SEGMENTS = new Set(['apikey', 'auth', 'credential', 'credentials', 'key', 'password', 'pword', 'passwd', 'secret', 'token', 'psw']);
/** A segment that marks the value as not secret (`PUBLIC_KEY`, `PASSWORD_FILE`, `AUTH_MODULE_VERSION`). */
const ALLOWED_SEGMENTS = new Set(['public', 'file', 'version']);
/** Well-known secret variables whose names the segment logic misses (or that deserve naming anyway). */
const WELL_KNOWN = new Set([
  'AWS_SECRET_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', 'AWS_SESSION_TOKEN', 'AZURE_CLIENT_SECRET', 'AZURE_STORAGE_KEY',
  'AZURE_STORAGE_CONNECTION_STRING', 'GOOGLE_API_KEY', 'GITHUB_TOKEN', 'GH_TOKEN', 'GITHUB_PAT', 'GH_PAT', 'GITLAB_TOKEN',
  'GITLAB_PAT', 'CI_JOB_TOKEN', 'BITBUCKET_APP_PASSWORD', 'NPM_TOKEN', 'NODE_AUTH_TOKEN', 'YARN_NPM_AUTH_TOKEN', 'PYPI_TOKEN',
  'TWINE_PASSWORD', 'POETRY_PYPI_TOKEN_PYPI', 'UV_PUBLISH_TOKEN', 'NUGET_API_KEY', 'GEM_HOST_API_KEY', 'DOCKER_PASSWORD',
  'DOCKERHUB_TOKEN', 'POSTGRES_PASSWORD', 'PGPASSWORD', 'MYSQL_ROOT_PASSWORD', 'MYSQL_PASSWORD', 'MYSQL_PWD',
  'MARIADB_ROOT_PASSWORD', 'MONGO_INITDB_ROOT_PASSWORD', 'REDIS_PASSWORD', 'RABBITMQ_DEFAULT_PASS', 'DB_PASS',
  'SENTRY_DSN', 'SENTRY_AUTH_TOKEN', 'SLACK_TOKEN', 'SLACK_WEBHOOK_URL', 'STRIPE_SECRET_KEY', 'TWILIO_AUTH_TOKEN',
  'SENDGRID_API_KEY', 'HEROKU_API_KEY', 'DIGITALOCEAN_ACCESS_TOKEN', 'CLOUDFLARE_API_TOKEN', 'VAULT_TOKEN',
  'CONSUL_HTTP_TOKEN', 'DD_API_KEY', 'NEW_RELIC_LICENSE_KEY', 'CODECOV_TOKEN', 'SONAR_TOKEN', 'SNYK_TOKEN', 'HF_TOKEN',
  'HUGGING_FACE_HUB_TOKEN', 'OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'GPG_PASSPHRASE', 'SSH_PRIVATE_KEY', 'JWT_SECRET',
  'SECRET_KEY_BASE', 'DJANGO_SECRET_KEY', 'APP_KEY',
]);

/** True when an ARG/ENV name looks like it holds a secret. */
export function looksSecret(name: string): boolean {
  const upper = name.toUpperCase();
  if (WELL_KNOWN.has(upper)) return true;
  const segments = name.toLowerCase().split('_');
  if (segments.some((s) => ALLOWED_SEGMENTS.has(s))) return false;
  return segments.some((s) => SECRET_SEGMENTS.has(s));
}

function properties(ins: Instruction): Property[] {
  const target = ins instanceof Onbuild ? ins.getTriggerInstruction() : ins;
  if (target instanceof Env || target instanceof Arg) return target.getProperties();
  return [];
}

export default defineRule({
  id: 'secrets-in-arg-env',
  severity: 'warning',
  instructions: ['ARG', 'ENV'],
  refs: { hadolint: ['DL3064'], buildkit: ['SecretsUsedInArgOrEnv'] },
  docs: {
    title: t('Segredo em ARG ou ENV', 'Secret in ARG or ENV'),
    description: t(
      'Um `ARG` ou `ENV` cujo nome parece guardar um segredo: um trecho entre `_` igual a `password`, `token`, `secret`, `key`, `auth`, `apikey`, `credentials`… (como no BuildKit), ou um nome conhecido como `AWS_SECRET_ACCESS_KEY`, `NPM_TOKEN` ou `PGPASSWORD`. Nomes com trecho `public`, `file` ou `version` (`PUBLIC_KEY`, `PASSWORD_FILE`) não contam.',
      'An `ARG` or `ENV` whose name looks like it holds a secret: a `_`-delimited segment equal to `password`, `token`, `secret`, `key`, `auth`, `apikey`, `credentials`… (as in BuildKit), or a well-known name such as `AWS_SECRET_ACCESS_KEY`, `NPM_TOKEN` or `PGPASSWORD`. Names with a `public`, `file` or `version` segment (`PUBLIC_KEY`, `PASSWORD_FILE`) do not count.'),
    rationale: t(
      'O valor de um `ENV` fica gravado no config da imagem: qualquer pessoa que baixe a imagem lê com `docker inspect`. O valor de um `ARG` usado num `RUN` aparece em `docker history` e nos metadados de proveniência do build. Token vazado em imagem pública é um dos incidentes mais comuns em registries.',
      'An `ENV` value is stored in the image config: anyone who pulls the image reads it with `docker inspect`. An `ARG` value used by a `RUN` shows up in `docker history` and in the build\'s provenance metadata. Tokens leaked through public images are one of the most common registry incidents.'),
    howToFix: t(
      'Passe o segredo só durante o passo que precisa dele: `RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci` com `docker build --secret id=npm_token,env=NPM_TOKEN`. Em tempo de execução, injete-o pelo orquestrador (variável do Compose, Secret do Kubernetes).',
      'Hand the secret only to the step that needs it: `RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci` with `docker build --secret id=npm_token,env=NPM_TOKEN`. At run time, inject it from the orchestrator (a Compose variable, a Kubernetes Secret).'),
  },
  messages: {
    'pt-BR': { default: '`{name}` parece um segredo: valores de `{keyword}` ficam visíveis na imagem ou no histórico do build. Use `RUN --mount=type=secret`.' },
    en: { default: '`{name}` looks like a secret: `{keyword}` values stay visible in the image or its build history. Use `RUN --mount=type=secret`.' },
  },
  examples: {
    bad: ['FROM node:22-slim\nWORKDIR /app\nCOPY . .\nARG NPM_TOKEN\nRUN npm ci\nUSER 10001\nCMD ["node", "index.js"]\n'],
    good: [
      'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci\nUSER 10001\nCMD ["node", "index.js"]\n',
      'FROM alpine:3.22\nENV GPG_PUBLIC_KEY=/keys/release.asc PASSWORD_FILE=/run/secrets/db USERNAME=app\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      for (const p of properties(ins)) {
        const name = p.getName();
        if (!name || !looksSecret(name)) continue;
        const r = p.getNameRange();
        const start = model.lines.offsetAt(r.start);
        const end = model.lines.offsetAt(r.end);
        const keyword = ins instanceof Onbuild ? ins.getTriggerInstruction()?.getKeyword() ?? 'ENV' : ins.getKeyword();
        report({ start, end, instruction: ins, data: { name, keyword } });
      }
    }
  },
});
