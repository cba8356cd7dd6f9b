import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

// End-to-end tests drive the built extension in Chromium: one file at a time (2 cores),
// generous timeouts, one retry on CI for the rare flaky browser start.
export default defineConfig({
  resolve: { alias: { '@': resolve(import.meta.dirname) } },
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.spec.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    retry: process.env.CI ? 1 : 0,
  },
});
