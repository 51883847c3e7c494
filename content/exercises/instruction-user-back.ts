import { defineExercise } from '../../src/practice/exercise.ts';

const HEAD = `FROM node:24-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY . .
USER root
RUN apt-get update \\
 && apt-get install -y --no-install-recommends ca-certificates \\
 && rm -rf /var/lib/apt/lists/*
`;

export default defineExercise({
  id: 'instruction-user-back',
  page: 'instructions/user',
  title: { 'pt-BR': 'Volte para o usuário sem privilégios', en: 'Switch back to the unprivileged user' },
  goal: {
    'pt-BR': 'Alguém trocou para `root` para instalar um pacote e esqueceu de voltar. Faça o contêiner rodar de novo sem privilégios.',
    en: 'Someone switched to `root` to install a package and forgot to switch back. Make the container run unprivileged again.',
  },
  hints: [
    { 'pt-BR': 'O que vale para o contêiner é o último `USER` do estágio final.', en: 'What counts for the container is the final stage\'s last `USER`.' },
    { 'pt-BR': 'A imagem `node` já tem o usuário `node` (UID 1000): `USER 1000` depois do `RUN`.', en: 'The `node` image already has the `node` user (UID 1000): `USER 1000` after the `RUN`.' },
  ],
  explanation: {
    'pt-BR': 'Trocar para root durante o build é normal; o erro é terminar nele. Um `USER` numérico depois dos passos privilegiados resolve e satisfaz o `runAsNonRoot` do Kubernetes.',
    en: 'Switching to root during the build is normal; ending there is the mistake. A numeric `USER` after the privileged steps fixes it and satisfies Kubernetes\' `runAsNonRoot`.',
  },
  start: `${HEAD}CMD ["node", "server.js"]\n`,
  files: [
    { name: 'package.json', content: '{\n  "name": "api",\n  "private": true,\n  "scripts": { "start": "node server.js" }\n}\n' },
    { name: 'server.js', content: 'require("node:http").createServer((_, res) => res.end("ok")).listen(3000);\n' },
  ],
  solutions: [`${HEAD}USER 1000\nCMD ["node", "server.js"]\n`],
  checks: [{ kind: 'non-root' }, { kind: 'rule-absent', rule: 'user-root' }],
});
