import { describe, expect, it } from 'vitest';
import { buildModel } from '../engine/model.ts';
import { runCommands as fromModel } from './commands.ts';

const runCommands = (text: string) => fromModel(buildModel(text));

describe('runCommands', () => {
  const r = runCommands('FROM alpine:3.22\nUSER 10001\nEXPOSE 8000 53/udp 9000-9001\nVOLUME ["/data", "/cache"]\nHEALTHCHECK CMD ["wget", "-q", "--spider", "http://127.0.0.1:8000/"]\nCMD ["sh"]\n');

  it('publishes each exposed port and mounts each volume', () => {
    expect(r.run).toContain('-p 8000:8000');
    expect(r.run).toContain('-p 53:53/udp');
    expect(r.run).toContain('-p 9000-9001:9000-9001');
    expect(r.run).toContain('-v meu-app-data-1:/data');
    expect(r.run).toContain('-v meu-app-data-2:/cache');
    expect(r.run).toContain('--restart unless-stopped');
    expect(r.run).toContain('--stop-timeout 30');
    expect(r.run).not.toContain('--user');
  });

  it('writes a compose.yaml with the health check, replicas and a grace period longer than the app\'s', () => {
    expect(r.compose).toContain('test: ["CMD", "wget", "-q", "--spider", "http://127.0.0.1:8000/"]');
    expect(r.compose).toContain('replicas: 3');
    expect(r.compose).toContain('stop_grace_period: 30s');
    expect(r.compose).not.toContain('restart_policy');
    expect(r.compose).toContain('meu-app-data-1: {}');
  });

  it('uses only the final stage, and suggests a user when the image sets none', () => {
    const m = runCommands('FROM golang:1.25 AS build\nEXPOSE 6060\nFROM scratch\nCOPY --from=build /app /app\nEXPOSE 8080\n');
    expect(m.run).toContain('-p 8080:8080');
    expect(m.run).not.toContain('6060');
    expect(m.run).toContain('--user 10001');
    expect(m.compose).not.toContain('healthcheck');
  });

  it('follows parent stages and treats USER root as no user', () => {
    const m = runCommands('FROM alpine:3.22 AS base\nEXPOSE 8080\nVOLUME /data\nUSER 10001\nFROM base\nUSER root\nCMD ["sh"]\n');
    expect(m.run).toContain('-p 8080:8080');
    expect(m.run).toContain(':/data');
    expect(m.run).toContain('--user 10001');
    expect(runCommands('FROM alpine:3.22 AS base\nUSER 10001\nFROM base\nCMD ["sh"]\n').run).not.toContain('--user');
  });

  it('turns a shell-form health check into CMD-SHELL and survives garbage', () => {
    expect(runCommands('FROM alpine:3.22\nHEALTHCHECK CMD wget -q --spider http://x/ || exit 1\n').compose).toContain('["CMD-SHELL", "wget -q --spider http://x/ || exit 1"]');
    expect(() => runCommands('\u0000\u0001 EXPOSE $PORT VOLUME [')).not.toThrow();
  });
});
