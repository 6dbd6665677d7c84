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
    // What the stories poll for follows a sign-in (an Argon2 check), a page's chunks loading on
    // demand or a live update: on a machine that also runs the other parts of npm test (two
    // lanes, scripts/test.mjs) that took more than expect.poll's default second, and stories
    // failed on steps that were only slow. A poll still fails if what it waits for never shows;
    // it passes as soon as it does.
    expect: { poll: { timeout: 15_000 } },
  },
});
