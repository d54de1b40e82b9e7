/**
 * Uncaught errors and unhandled rejections in this window while `run` executes, for tests
 * that assert "nothing thrown". They are marked handled, so the test reports them through
 * its own assertion. Imports nothing from src/, so tests of the built file can use it too.
 */
export async function failuresDuring(run: () => unknown): Promise<string[]> {
  const failures: string[] = [];
  const onRejection = (event: PromiseRejectionEvent) => {
    failures.push(String(event.reason));
    event.preventDefault();
  };
  const onError = (event: ErrorEvent) => {
    failures.push(event.message);
    event.preventDefault();
  };
  window.addEventListener('unhandledrejection', onRejection);
  window.addEventListener('error', onError);
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 0));
  } finally {
    window.removeEventListener('unhandledrejection', onRejection);
    window.removeEventListener('error', onError);
  }
  return failures;
}
