import type { Reporter, SerializedError, TestModule } from 'vitest/node';

/** Prints how many tests ran on each store, so a run shows that PostgreSQL was not skipped. */
export default class StoreCountReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
  ): void {
    const counts = new Map<string, { passed: number; failed: number; skipped: number }>();
    for (const module of testModules) {
      const project = module.project.name || 'default';
      const entry = counts.get(project) ?? { passed: 0, failed: 0, skipped: 0 };
      let failedHere = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') entry.passed++;
        else if (state === 'failed') failedHere++;
        else entry.skipped++;
      }
      // A file whose setup (beforeAll, import) failed has only skipped tests: count it as a failure.
      entry.failed += failedHere === 0 && module.state() === 'failed' ? 1 : failedHere;
      counts.set(project, entry);
    }
    const label: Record<string, string> = {
      unit: 'domain/unit (no store)',
      pglite: 'PGlite',
      postgres: 'PostgreSQL',
      browser: 'browser (Chromium)',
    };
    const lines = [...counts.entries()].map(
      ([name, c]) =>
        `  ${(label[name] ?? name).padEnd(24)} ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`,
    );
    const total = [...counts.values()].reduce(
      (sum, c) => ({
        passed: sum.passed + c.passed,
        failed: sum.failed + c.failed,
        skipped: sum.skipped + c.skipped,
      }),
      { passed: 0, failed: 0, skipped: 0 },
    );
    process.stdout.write(`\nTests per store:\n${lines.join('\n')}\n`);
    if (unhandledErrors.length > 0)
      process.stdout.write(`  unhandled errors         ${unhandledErrors.length}\n`);
    total.failed += unhandledErrors.length;
    // A closing line in the plain form CI reads, whatever the runner.
    process.stdout.write(`Total: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped\n`);
    if (process.env.CI && process.env.TEST_DATABASE_URL && !counts.get('postgres')?.passed) {
      process.stdout.write('PostgreSQL suite did not run although TEST_DATABASE_URL is set.\n');
      process.exitCode = 1;
    }
  }
}
