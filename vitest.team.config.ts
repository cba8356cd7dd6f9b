import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Team mode against a real team server on 127.0.0.1: one file at a time (servers, ports, 2 cores).
export default defineConfig({
  // WXT's `#imports` (storage) for the modules the bridge shares with the panel, such as the backup.
  plugins: [WxtVitest()],
  resolve: { alias: { '@': resolve(import.meta.dirname) } },
  test: {
    environment: 'node',
    include: ['tests/team/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
