/**
 * dockerfile-ast calls Node's `Buffer.from` once (BOM detection). Browsers have no Buffer, so
 * provide the one method it needs. Harmless in Node, where Buffer exists.
 */
const g = globalThis as { Buffer?: unknown };
g.Buffer ??= { from: (s: string) => new TextEncoder().encode(s) };
export {};
