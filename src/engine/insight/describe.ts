/**
 * The insight in words, in both languages: why a step reruns and what `docker stop` does. The
 * CLI's text output and the playground's Build view print these same sentences.
 */
import type { Locale } from '../types.ts';
import type { RerunReason, StageInsight, StopInsight } from './types.ts';

/** `build` (named stage) or `#2` (unnamed), as a reader refers to it. */
export function stageLabel(stages: readonly StageInsight[], index: number): string {
  const s = stages[index];
  return s?.name ?? `#${index}`;
}

export function describeReason(reason: RerunReason, stages: readonly StageInsight[], locale: Locale): string {
  const en = locale === 'en';
  switch (reason.code) {
    case 'file-changed':
      return en ? `${reason.file} changed and this step copies it (source ${reason.source})` : `${reason.file} mudou e este passo o copia (origem ${reason.source})`;
    case 'arg-changed':
      return reason.used === 'expanded'
        ? (en ? `build argument ${reason.arg} changed and line ${reason.line} uses $${reason.arg}` : `o argumento de build ${reason.arg} mudou e a linha ${reason.line} usa $${reason.arg}`)
        : (en ? `build argument ${reason.arg} changed: every RUN after its ARG gets it as an environment variable` : `o argumento de build ${reason.arg} mudou: todo RUN depois do ARG o recebe como variável de ambiente`);
    case 'base-arg-changed':
      return en ? `build argument ${reason.arg} changed the FROM image` : `o argumento de build ${reason.arg} mudou a imagem do FROM`;
    case 'parent-stage-changed':
      return en ? `stage ${stageLabel(stages, reason.stage)}, which this stage is built on, changed` : `o estágio ${stageLabel(stages, reason.stage)}, base deste, mudou`;
    case 'copied-stage-changed':
      return en ? `stage ${stageLabel(stages, reason.stage)}, which this step copies from, was rebuilt` : `o estágio ${stageLabel(stages, reason.stage)}, de onde este passo copia, foi refeito`;
    case 'mounted-stage-changed':
      return en ? `stage ${stageLabel(stages, reason.stage)}, which this step mounts, was rebuilt` : `o estágio ${stageLabel(stages, reason.stage)}, que este passo monta, foi refeito`;
    case 'after-miss':
      return en ? `an earlier step of the stage (line ${reason.line}) missed the cache` : `um passo anterior do estágio (linha ${reason.line}) perdeu o cache`;
  }
}

const PID1 = {
  en: {
    app: (p: string) => `PID 1 is the application (${p}).`,
    shell: (p: string) => `PID 1 is a shell (${p}) that runs the application as a child and does not pass signals on.`,
    script: (p: string) => `PID 1 is the entrypoint script ${p}.`,
    init: (p: string) => `PID 1 is an init (${p}) that passes signals to the application.`,
    unknown: () => 'The start command comes from the base image: PID 1 is whatever it sets.',
  },
  'pt-BR': {
    app: (p: string) => `O PID 1 é a aplicação (${p}).`,
    shell: (p: string) => `O PID 1 é um shell (${p}) que roda a aplicação como filha e não repassa sinais.`,
    script: (p: string) => `O PID 1 é o script de entrada ${p}.`,
    init: (p: string) => `O PID 1 é um init (${p}) que repassa os sinais à aplicação.`,
    unknown: () => 'O comando de início vem da imagem base: o PID 1 é o que ela definir.',
  },
} as const;

/** The stop sequence as a short timeline: who is PID 1, the signal, whether it arrives, the SIGKILL. */
export function describeStop(stop: StopInsight, locale: Locale): string[] {
  const en = locale === 'en';
  const lines: string[] = [PID1[locale][stop.pid1.kind](stop.pid1.program ?? '')];
  if (stop.script) {
    lines.push(stop.script.execs === true ? (en ? 'The script ends with exec: the application takes over PID 1.' : 'O script termina com exec: a aplicação assume o PID 1.')
      : stop.script.execs === false ? (en ? 'The script does not end with exec: it stays PID 1 and the application runs as its child.' : 'O script não termina com exec: ele continua PID 1 e a aplicação roda como filha.')
      : (en ? 'Its text is not in the build context, so whether it ends with exec "$@" is unknown.' : 'O texto dele não está no contexto de build; não dá para saber se termina com exec "$@".'));
  }
  const source = stop.signalSource === 'STOPSIGNAL' ? (en ? `STOPSIGNAL, line ${stop.signalLine}` : `STOPSIGNAL, linha ${stop.signalLine}`) : (en ? 'default' : 'padrão');
  lines.push(en ? `0 s: docker stop sends ${stop.signal} (${source}) to PID 1.` : `0 s: o docker stop manda ${stop.signal} (${source}) ao PID 1.`);
  lines.push(stop.reachesApp === 'yes'
    ? (en ? `The application receives ${stop.signal}; as PID 1 it must handle it (the kernel ignores unhandled signals for PID 1).` : `A aplicação recebe o ${stop.signal}; como PID 1, ela precisa tratá-lo (o kernel ignora sinais sem handler no PID 1).`)
    : stop.reachesApp === 'no'
      ? (en ? `The application never receives ${stop.signal}: use exec form, exec in the script, or an init (tini, docker run --init).` : `A aplicação nunca recebe o ${stop.signal}: use a forma exec, exec no script ou um init (tini, docker run --init).`)
      : (en ? `Whether ${stop.signal} reaches the application is unknown.` : `Não dá para saber se o ${stop.signal} chega à aplicação.`));
  lines.push(en ? `${stop.graceSeconds} s: if it is still running, SIGKILL (docker stop -t / --stop-timeout change the grace period).`
    : `${stop.graceSeconds} s: se ainda estiver rodando, SIGKILL (docker stop -t / --stop-timeout mudam o prazo).`);
  return lines;
}
