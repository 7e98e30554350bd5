import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Tests start real servers, SQLite files and worker threads; two cores are all we have.
    pool: 'forks',
    maxWorkers: 2,
  },
});
