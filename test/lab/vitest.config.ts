// The network lab (`npm run test:lab`, Linux, root): one lab for the whole run, started and always torn
// down by global-setup.ts; files run one after another because they share it.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/lab/**/*.lab.test.ts'],
    globalSetup: ['test/lab/global-setup.ts'],
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
