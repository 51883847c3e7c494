/**
 * The commands the guide recommends for running the current Dockerfile: `docker build`, a
 * `docker run` that publishes each EXPOSE and mounts each VOLUME, and a compose.yaml with a
 * health check, a restart policy and replicas. Derived from the final stage; pure.
 */
import { DockerfileParser, From, Healthcheck, type Instruction } from 'dockerfile-ast';

export interface RunCommands {
  build: string;
  run: string;
  compose: string;
}

interface Final {
  ports: { port: string; proto: string }[];
  volumes: string[];
  healthcheck: 'exec' | 'shell' | 'none' | 'absent';
  healthcheckCmd: string[];
  user: boolean;
}

function words(ins: Instruction): string[] {
  const raw = ins.getArgumentsContent() ?? '';
  const t = raw.trim();
  if (t.startsWith('[')) {
    try {
      const parsed = JSON.parse(t) as unknown;
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch { /* fall through to words */ }
  }
  return ins.getArguments().map((a) => a.getValue());
}

function finalStage(text: string): Final {
  const instructions = DockerfileParser.parse(text).getInstructions();
  let start = 0;
  instructions.forEach((ins, i) => { if (ins instanceof From) start = i + 1; });
  const final: Final = { ports: [], volumes: [], healthcheck: 'absent', healthcheckCmd: [], user: false };
  for (const ins of instructions.slice(start)) {
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
      case 'VOLUME':
        final.volumes.push(...words(ins).filter((v) => v.startsWith('/')));
        break;
      case 'HEALTHCHECK': {
        if (!(ins instanceof Healthcheck)) break;
        const sub = ins.getSubcommand()?.getValue().toUpperCase();
        if (sub === 'NONE') final.healthcheck = 'none';
        else if (sub === 'CMD') {
          const args = ins.getArguments();
          const i = args.findIndex((a) => a.getValue().toUpperCase() === 'CMD');
          const rest = args.slice(i + 1).map((a) => a.getValue()).join(' ').trim();
          if (rest.startsWith('[')) {
            try {
              final.healthcheckCmd = (JSON.parse(rest) as unknown[]).map(String);
              final.healthcheck = 'exec';
            } catch { final.healthcheck = 'shell'; final.healthcheckCmd = [rest]; }
          } else {
            final.healthcheck = 'shell';
            final.healthcheckCmd = [rest];
          }
        }
        break;
      }
      case 'USER':
        final.user = true;
        break;
    }
  }
  return final;
}

const yamlString = (s: string) => JSON.stringify(s);

export function runCommands(text: string, image = 'meu-app:1.0.0', name = 'meu-app'): RunCommands {
  const f = finalStage(text);
  const build = `docker build --pull -t ${image} .`;
  const runLines = [
    'docker run -d',
    `--name ${name}`,
    ...f.ports.map((p) => `-p ${p.port}:${p.port}${p.proto === 'tcp' ? '' : `/${p.proto}`}`),
    ...f.volumes.map((v, i) => `-v ${name}-data${f.volumes.length > 1 ? `-${i + 1}` : ''}:${v}`),
    '--restart unless-stopped',
    '--init',
    '--memory 256m --cpus 1',
    '--read-only --tmpfs /tmp',
    '--stop-timeout 30',
    ...(f.user ? [] : ['--user 10001']),
    image,
  ];
  const run = runLines.join(' \\\n  ');

  // The same shape as the guide's compose.yaml (high-availability page).
  const compose: string[] = ['services:', '  app:', '    build: .', `    image: ${image}`, '    init: true',
    '    read_only: true', '    tmpfs:', '      - /tmp', '    cap_drop:', '      - ALL', '    security_opt:', '      - no-new-privileges:true',
    '    restart: unless-stopped', '    stop_grace_period: 30s'];
  if (f.ports.length) {
    compose.push('    expose:', ...f.ports.map((p) => `      - ${yamlString(`${p.port}${p.proto === 'tcp' ? '' : `/${p.proto}`}`)}`));
  }
  if (f.volumes.length) compose.push('    volumes:', ...f.volumes.map((v, i) => `      - ${name}-data${f.volumes.length > 1 ? `-${i + 1}` : ''}:${v}`));
  if (f.healthcheck === 'exec' || f.healthcheck === 'shell') {
    const test = f.healthcheck === 'exec' ? `[${['CMD', ...f.healthcheckCmd].map(yamlString).join(', ')}]` : `[${['CMD-SHELL', ...f.healthcheckCmd].map(yamlString).join(', ')}]`;
    compose.push('    healthcheck:', `      test: ${test}`, '      interval: 30s', '      timeout: 3s', '      start_period: 10s', '      retries: 3');
  }
  compose.push('    deploy:', '      replicas: 3', '      resources:', '        limits:', '          cpus: "1.0"', '          memory: 256M',
    '      update_config:', '        parallelism: 1', '        delay: 10s', '        order: start-first', '        failure_action: rollback');
  if (f.volumes.length) compose.push('volumes:', ...f.volumes.map((_, i) => `  ${name}-data${f.volumes.length > 1 ? `-${i + 1}` : ''}: {}`));
  return { build, run, compose: `${compose.join('\n')}\n` };
}
