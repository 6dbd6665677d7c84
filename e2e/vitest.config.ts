import { defineConfig } from 'vitest/config';

// One product server and one browser for the whole run: files run one after another.
export default defineConfig({
  test: {
    include: ['src/**/*.e2e.ts'],
    globalSetup: ['src/product.ts'],
    setupFiles: ['src/setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
