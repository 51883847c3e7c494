/**
 * A preview server of dist/ that belongs to the calling script: Astro's preview runs in this
 * process (no `npx` child whose own child would outlive a kill), and it is stopped when the
 * script finishes, fails, or is interrupted.
 */
import { preview } from 'astro';

export interface PreviewServer {
  url: string;
  stop(): Promise<void>;
}

export async function startPreview(port: number): Promise<PreviewServer> {
  const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port } });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await server.stop();
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => { void stop().finally(() => process.exit(130)); });
  }
  return { url: `http://127.0.0.1:${server.port}`, stop };
}
