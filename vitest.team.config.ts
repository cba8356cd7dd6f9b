import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

// Team mode against a real team server on 127.0.0.1: one file at a time (servers, ports, 2 cores).
export default defineConfig({
  resolve: { alias: { '@': resolve(import.meta.dirname) } },
  test: {
    environment: 'node',
    include: ['tests/team/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
