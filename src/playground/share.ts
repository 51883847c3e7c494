/**
 * Share links: the Dockerfile travels in the URL fragment as `#code=` + base64url(deflate-raw(UTF-8)),
 * so it never reaches a server. The same format is produced at build time for "Open in playground"
 * links. Decoding is defensive: a truncated or forged link gives a clear reason, never an exception.
 */
export const MAX_SHARED_CHARS = 1_000_000;
const MAX_FRAGMENT = 2_000_000;

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) return null;
  try {
    const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4));
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  writer.write(bytes as unknown as BufferSource).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new RangeError('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

export async function encodeShare(text: string): Promise<string> {
  const compressed = await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'));
  return toBase64Url(compressed);
}

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: 'malformed' | 'too-large' | 'binary' };

export async function decodeShare(payload: string): Promise<DecodeResult> {
  if (payload.length > MAX_FRAGMENT) return { ok: false, reason: 'too-large' };
  const bytes = fromBase64Url(payload);
  if (!bytes || bytes.length === 0) return { ok: false, reason: 'malformed' };
  let raw: Uint8Array;
  try {
    raw = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_SHARED_CHARS * 4);
  } catch (e) {
    return { ok: false, reason: e instanceof RangeError ? 'too-large' : 'malformed' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return { ok: false, reason: 'binary' };
  }
  if (text.includes('\u0000')) return { ok: false, reason: 'binary' };
  if (text.length > MAX_SHARED_CHARS) return { ok: false, reason: 'too-large' };
  return { ok: true, text };
}

/** Reads `code=` from a URL fragment such as `#code=…`. */
export function sharedPayload(hash: string): string | undefined {
  const m = /(?:^#|&)code=([^&]*)/.exec(hash);
  return m ? m[1] : undefined;
}
