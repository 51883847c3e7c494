import { User, type Instruction } from 'dockerfile-ast';
import { defineRule, t } from '../define.ts';
import { chainBody, type Stage } from '../model.ts';
import { isTrigger, shellRuns, wordRange } from '../run-helpers.ts';
import { commandName, type Command } from '../shell.ts';

const ROOT = /^(root|0)(:.*)?$/;

/**
 * `sudo -u builduser …`, `sudo --user=app …`, `sudo -g staff …`: sudo used to drop privileges
 * (makepkg, for one, refuses to run as root), not to gain them. `-u root` / `-u 0` gain nothing.
 */
export function dropsPrivileges(c: Command): boolean {
  const args = c.args.map((a) => a.value);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--' || !a.startsWith('-')) return false;
    let target: string | undefined;
    if (a === '-u' || a === '--user' || a === '-g' || a === '--group') target = args[++i];
    else if (/^--(user|group)=/.test(a)) target = a.slice(a.indexOf('=') + 1);
    else if (/^-[ug]./.test(a)) target = a.slice(2);
    if (target !== undefined) return !ROOT.test(target.replace(/^#/, ''));
  }
  return false;
}

/** The last USER before `until` (or at all) in the stage and its parents, if any. */
function userBefore(stage: Stage, until?: Instruction): string | undefined {
  let user: string | undefined;
  for (const ins of chainBody(stage)) {
    if (ins === until) break;
    if (ins instanceof User) user = ins.getArguments()[0]?.getValue();
  }
  return user;
}

export default defineRule({
  id: 'no-sudo',
  // The command may well work (passwordless sudo); it is pointless or risky, never a rejection.
  severity: 'warning',
  instructions: ['RUN'],
  refs: { hadolint: ['DL3004'] },
  docs: {
    title: t('`sudo` no RUN', '`sudo` in RUN'),
    description: t(
      'Um `RUN` chama `sudo` para ganhar privilégios: onde o build já roda como root (antes de qualquer `USER`, numa imagem base que sabidamente roda como root, ou depois de `USER root`), ou depois de um `USER` sem privilégios. `sudo -u usuário …` (e `-g`, `--user=`), que baixa privilégios, não conta, nem instalar o pacote `sudo`. Numa imagem base que pode terminar como usuário comum (imagens de devcontainer, por exemplo), sem `USER` no Dockerfile, o `sudo` é o que faz o build funcionar e não é apontado.',
      'A `RUN` calls `sudo` to gain privileges: where the build already runs as root (before any `USER` on a base image known to run as root, or after `USER root`), or after an unprivileged `USER`. `sudo -u user …` (and `-g`, `--user=`), which drops privileges, does not count, nor does installing the `sudo` package. On a base image that may end as an ordinary user (development-container images, for one), with no `USER` in the Dockerfile, `sudo` is what makes the build work and is not flagged.'),
    rationale: t(
      'Como root, `sudo` não acrescenta nada, e a maioria das imagens base nem o tem (`sudo: not found`). Depois de um `USER` sem privilégios, `sudo` só funciona se a imagem der a esse usuário sudo sem senha, e isso dá a quem invadir a aplicação um caminho direto para root.',
      'As root, `sudo` adds nothing, and most base images do not even have it (`sudo: not found`). After an unprivileged `USER`, `sudo` only works if the image gives that user passwordless sudo, which gives whoever breaks into the app a direct path to root.'),
    howToFix: t(
      'Tire o `sudo` e rode o comando antes do `USER`. Se precisar alternar, use `USER root`, o comando e depois `USER` de volta ao usuário sem privilégios.',
      'Drop `sudo` and run the command before `USER`. If you must switch, use `USER root`, the command, then `USER` back to the unprivileged user.'),
  },
  messages: {
    'pt-BR': {
      default: '`sudo` onde o build já roda como root (`{image}` roda como root e nenhum `USER` veio antes): não acrescenta nada, e muitas imagens nem têm `sudo`.',
      afterRoot: '`sudo` depois de `USER {user}`: o build já roda como root aqui, `sudo` não acrescenta nada.',
      afterUser: '`sudo` depois de `USER {user}`: só funciona se a imagem der a `{user}` sudo sem senha, um caminho para root; rode o comando sob `USER root` e volte ao usuário depois.',
    },
    en: {
      default: '`sudo` where the build already runs as root (`{image}` runs as root and no `USER` came before): it adds nothing, and many images lack `sudo`.',
      afterRoot: '`sudo` after `USER {user}`: the build already runs as root here, `sudo` adds nothing.',
      afterUser: '`sudo` after `USER {user}`: it only works if the image grants `{user}` passwordless sudo, a path to root; run the command under `USER root` and switch back afterwards.',
    },
  },
  examples: {
    bad: ['FROM ubuntu:24.04\nRUN sudo mkdir -p /app\nUSER 10001\n'],
    good: [
      'FROM ubuntu:24.04\nRUN mkdir -p /app\nUSER 10001\n',
      'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends sudo && rm -rf /var/lib/apt/lists/*\nUSER 10001\n',
      'FROM archlinux:base-20250601.0.358000\nWORKDIR /tmp/pkg\nRUN useradd -m builder && sudo -u builder makepkg -s --noconfirm\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    for (const { run, script, stage } of shellRuns(model)) {
      // An ONBUILD trigger runs in the child build, as the user this stage ends with.
      const trigger = isTrigger(model, run);
      for (const c of script.commands) {
        if (commandName(c) !== 'sudo' || dropsPrivileges(c)) continue;
        const range = { ...wordRange(c.name), instruction: run };
        if (!stage) continue;
        const user = userBefore(stage, trigger ? undefined : run);
        if (user === undefined) {
          if (stage.facts.runsAsRoot && stage.unresolved.length === 0) report({ ...range, data: { image: stage.image } });
        } else if (ROOT.test(user)) report({ ...range, messageId: 'afterRoot', data: { user } });
        else report({ ...range, messageId: 'afterUser', data: { user } });
      }
    }
  },
});
