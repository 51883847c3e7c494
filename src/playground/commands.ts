/**
 * The commands the guide recommends for running the current Dockerfile: `docker build`, a
 * `docker run` that publishes each EXPOSE and mounts each VOLUME, and a compose.yaml shaped like
 * the guide's (health check, restart policy, replicas, grace period). Derived from the final
 * stage and the stages it is built on; pure.
 */
import { Healthcheck } from 'dockerfile-ast';
import { execForm } from '../engine/define.ts';
import { chainBody, type Model } from '../engine/model.ts';

export interface RunCommands {
  build: string;
  run: string;
  compose: string;
}

interface Final {
  ports: { port: string; proto: string }[];
  volumes: string[];
  healthcheck: { kind: 'exec' | 'shell'; command: string[] } | undefined;
  /** The last USER is set and is not root. */
  nonRoot: boolean;
}

function readFinal(model: Model): Final {
  const final: Final = { ports: [], volumes: [], healthcheck: undefined, nonRoot: !!model.finalStage?.facts.nonRoot };
  if (!model.finalStage) return final;
  for (const ins of chainBody(model.finalStage)) {
    switch (ins.getKeyword()) {
      case 'EXPOSE':
        for (const a of ins.getArguments()) {
          const v = a.getValue();
          if (v.includes('$')) continue;
          const [portPart, proto = 'tcp'] = v.split('/');
          const port = (portPart ?? '').split(':').pop() ?? '';
          if (/^\d+(-\d+)?$/.test(port)) final.ports.push({ port, proto: proto.toLowerCase() });
        }
        break;
      case 'VOLUME': {
        const words = execForm(model, ins)?.map((w) => w.value) ?? ins.getArguments().map((a) => a.getValue());
        final.volumes.push(...words.filter((v) => v.startsWith('/')));
        break;
      }
      case 'HEALTHCHECK': {
        if (!(ins instanceof Healthcheck)) break;
        const sub = ins.getSubcommand()?.getValue().toUpperCase();
        if (sub === 'NONE') final.healthcheck = undefined;
        else if (sub === 'CMD') {
          const args = ins.getArguments();
          const i = args.findIndex((a) => a.getValue().toUpperCase() === 'CMD');
          const rest = args.slice(i + 1).map((a) => a.getValue()).join(' ').trim();
          try {
            const parsed = rest.startsWith('[') ? (JSON.parse(rest) as unknown) : undefined;
            final.healthcheck = Array.isArray(parsed) ? { kind: 'exec', command: parsed.map(String) } : { kind: 'shell', command: [rest] };
          } catch {
            final.healthcheck = { kind: 'shell', command: [rest] };
          }
        }
        break;
      }
      case 'USER': {
        const user = (ins.getArguments()[0]?.getValue() ?? '').split(':')[0]!;
        final.nonRoot = user !== '' && user !== 'root' && user !== '0';
        break;
      }
    }
  }
  return final;
}

const yamlString = (s: string) => JSON.stringify(s);

export function runCommands(model: Model, image = 'meu-app:1.0.0', name = 'meu-app'): RunCommands {
  const f = readFinal(model);
  const volumeName = (i: number) => `${name}-data${f.volumes.length > 1 ? `-${i + 1}` : ''}`;
  const publish = (p: Final['ports'][number]) => `${p.port}:${p.port}${p.proto === 'tcp' ? '' : `/${p.proto}`}`;
  const build = `docker build --pull -t ${image} .`;
  const run = [
    'docker run -d',
    `--name ${name}`,
    ...f.ports.map((p) => `-p ${publish(p)}`),
    ...f.volumes.map((v, i) => `-v ${volumeName(i)}:${v}`),
    '--restart unless-stopped',
    '--init',
    '--memory 256m --cpus 1',
    '--read-only --tmpfs /tmp',
    '--stop-timeout 30',
    ...(f.nonRoot ? [] : ['--user 10001']),
    image,
  ].join(' \\\n  ');

  // The same shape as the guide's compose.yaml (high-availability page).
  const compose: string[] = ['services:', '  app:', '    build: .', `    image: ${image}`, '    init: true',
    '    read_only: true', '    tmpfs:', '      - /tmp', '    cap_drop:', '      - ALL', '    security_opt:', '      - no-new-privileges:true',
    '    restart: unless-stopped', '    stop_grace_period: 30s'];
  if (!f.nonRoot) compose.push('    user: "10001"');
  if (f.ports.length) compose.push('    expose:', ...f.ports.map((p) => `      - ${yamlString(`${p.port}${p.proto === 'tcp' ? '' : `/${p.proto}`}`)}`));
  if (f.volumes.length) compose.push('    volumes:', ...f.volumes.map((v, i) => `      - ${volumeName(i)}:${v}`));
  if (f.healthcheck) {
    const test = [f.healthcheck.kind === 'exec' ? 'CMD' : 'CMD-SHELL', ...f.healthcheck.command].map(yamlString).join(', ');
    compose.push('    healthcheck:', `      test: [${test}]`, '      interval: 30s', '      timeout: 3s', '      start_period: 10s', '      retries: 3');
  }
  compose.push('    deploy:', '      replicas: 3', '      resources:', '        limits:', '          cpus: "1.0"', '          memory: 256M',
    '      update_config:', '        parallelism: 1', '        delay: 10s', '        order: start-first', '        failure_action: rollback');
  if (f.volumes.length) compose.push('volumes:', ...f.volumes.map((_, i) => `  ${volumeName(i)}: {}`));
  return { build, run, compose: `${compose.join('\n')}\n` };
}
