import { defineConfig } from 'vitest/config';

const serverTests = ['src/server/**/*.test.ts', 'src/cli/**/*.test.ts'];
const withPostgres = Boolean(process.env.TEST_DATABASE_URL);

// The same server suites run once per store: a fresh migrated database per test file on each.
export default defineConfig({
  test: {
    reporters: ['default', './test/support/store-count-reporter.ts'],
    projects: [
      { test: { name: 'unit', include: ['src/domain/**/*.test.ts', 'src/web/**/*.test.ts'] } },
      {
        test: {
          name: 'pglite',
          include: serverTests,
          env: { BAOCAO_TEST_STORE: 'pglite' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...(withPostgres
        ? [
            {
              test: {
                name: 'postgres',
                include: serverTests,
                env: { BAOCAO_TEST_STORE: 'postgres' },
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
      {
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
