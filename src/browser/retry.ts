// Browser work is bounded in time and tried twice: a page that hangs or a
// browser that crashes gets one more chance (in a fresh page, and a fresh
// browser if the old one is gone), then the build stops with a clear error.

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

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BrowserWorkError(`${what} took longer than ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Runs `attempt` at most `retries + 1` times, each bounded by `timeoutMs`.
 * Errors that are about the input (they have `retry = false`, like a card
 * that does not fit) are not retried: trying again would not help.
 */
export async function withRetry<T>(what: string, attempt: () => Promise<T>, { timeoutMs, retries = 1, log = () => {} }: RetryOptions): Promise<T> {
  let lastError: unknown;
  for (let n = 0; n <= retries; n++) {
    try {
      return await withTimeout(attempt(), timeoutMs, what);
    } catch (error) {
      if ((error as { retry?: boolean }).retry === false) throw error;
      lastError = error;
      if (n < retries) log(`${what} failed (${error instanceof Error ? error.message : String(error)}); trying once more`);
    }
  }
  const reason = lastError instanceof Error ? lastError.message : String(lastError);
  throw new BrowserWorkError(
    `${what} failed ${retries + 1} times: ${reason}. The browser hung or crashed; nothing was written to output/. ` +
      'Run the build again; if it keeps failing, check the browser with `npm run ensure-browser` (or PUPPETEER_EXECUTABLE_PATH).',
    { cause: lastError },
  );
}
