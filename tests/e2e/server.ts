/**
 * The site the browser tests run against: a preview server of dist/ on a port of its own, so a
 * reader's `npm start` (4321), a bench, or another checkout's `npm test` running at the same time
 * never collides with it. The runner picks a free port once and passes it to its workers through
 * the environment (they are started after the config is read); `ESTALEIRO_E2E_PORT` fixes it.
 */
import { execFileSync } from 'node:child_process';

function freePort(): string {
  const script = "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
}

process.env.ESTALEIRO_E2E_PORT ||= freePort();
export const E2E_PORT = Number(process.env.ESTALEIRO_E2E_PORT);
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
