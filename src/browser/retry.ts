// Browser work is bounded in time and tried twice: a page that hangs or a
// browser that crashes gets one more chance (in a fresh page, and a fresh
// browser if the old one is gone), then the build stops with a clear error.
// The tries are p-retry's, the bound p-timeout's; this module says what a
// failure means for the build.
import pRetry from 'p-retry';
import pTimeout from 'p-timeout';

export class BrowserWorkError extends Error {
  override name = 'BrowserWorkError';
}

export interface RetryOptions {
  /** How long one attempt may take. */
  timeoutMs: number;
  /** Attempts after the first. */
  retries?: number;
  log?: (line: string) => void;
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** An error about the input (a card that does not fit says `retry = false`): trying again would not help. */
const aboutTheInput = (error: unknown) => (error as { retry?: boolean }).retry === false;

/**
 * Runs `attempt` at most `retries + 1` times, each bounded by `timeoutMs`,
 * one right after the other. Errors about the input are not retried and
 * reach the caller as they are; the others, once every try has failed, as a
 * BrowserWorkError that says what to do.
 */
export async function withRetry<T>(what: string, attempt: () => Promise<T>, { timeoutMs, retries = 1, log = () => {} }: RetryOptions): Promise<T> {
  let tries = 0;
  try {
    return await pRetry(
      () => {
        tries++;
        const timedOut = new BrowserWorkError(`${what} took longer than ${Math.round(timeoutMs / 1000)} s`);
        return pTimeout(attempt(), { milliseconds: timeoutMs, message: timedOut });
      },
      {
        retries,
        minTimeout: 0,
        shouldRetry: ({ error }) => !aboutTheInput(error),
        onFailedAttempt: ({ error, retriesLeft }) => {
          if (retriesLeft > 0 && !aboutTheInput(error)) log(`${what} failed (${reasonOf(error)}); trying once more`);
        },
      },
    );
  } catch (error) {
    if (aboutTheInput(error)) throw error;
    throw new BrowserWorkError(
      `${what} failed ${tries} time${tries === 1 ? '' : 's'}: ${reasonOf(error)}. The browser hung or crashed; nothing was written to output/. ` +
        'Run the build again; if it keeps failing, check the browser with `npm run ensure-browser` (or PUPPETEER_EXECUTABLE_PATH).',
      { cause: error },
    );
  }
}
