import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/unit/build-cli.setup.ts'],
    // By default Vitest keeps a core for its main process, which mostly waits: on 2 cores that
    // meant one worker and 78 s for the suite, against 47 s with two.
    maxWorkers: availableParallelism(),
    // Hang guards only: a verdict never depends on how fast (or how loaded) the machine is.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
