// Prints the plain closing line CI reads, "N passed, N failed". web-test-runner's own
// summary is decorated; a test file that fails to load counts as one failure.
/**
 * @param {import('@web/test-runner').TestSuiteResult | undefined} suite
 * @param {{ passed: number; failed: number; skipped: number }} counts
 */
function countTests(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite?.suites ?? []) countTests(child, counts);
}

/** @returns {import('@web/test-runner').Reporter} */
export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = counts.passed + counts.failed + counts.skipped;
        countTests(session.testResults, counts);
        const counted = counts.passed + counts.failed + counts.skipped - before;
        if (!session.passed && (counted === 0 || session.errors?.length)) counts.failed += 1;
      }
      const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
      // Printed after the runner's own output so it is the last line.
      process.on('exit', () => console.log(`\n${counts.passed} passed, ${counts.failed} failed${skipped}`));
    },
  };
}
