/**
 * The installed `estaleiro` command (bundled to bin/estaleiro.mjs). It turns on Node's module
 * compile cache (Node ≥ 22.1; a no-op before) before loading the rest, so from the second run on
 * Node reuses the compiled code instead of compiling the engine again.
 */
import module from 'node:module';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { main } = await import('./main.ts');
await main();
