import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // Hang guards only: a verdict never depends on how fast (or how loaded) the machine is.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
