import { describe, expect, it, vi } from 'vitest';
import { BrowserWorkError, withRetry } from './retry.ts';

const never = () => new Promise<string>(() => {});

describe('withRetry', () => {
  it('tries a hanging attempt once more, and uses the second result', async () => {
    let calls = 0;
    const result = await withRetry('printing card nl', () => (++calls === 1 ? never() : Promise.resolve('pdf')), { timeoutMs: 50 });
    expect([result, calls]).toEqual(['pdf', 2]);
  });

  it('gives up after the second failure, within bounded time, with a clear error', async () => {
    // On the clock the timeouts keep, not the machine's: two attempts of 50 ms
    // have failed once 100 ms have passed, however busy the machine is.
    vi.useFakeTimers();
    try {
      const failing = withRetry('printing card nl', never, { timeoutMs: 50 });
      const outcome = failing.then(
        () => 'resolved',
        (error: unknown) => error,
      );
      await vi.advanceTimersByTimeAsync(100);
      const error = await Promise.race([outcome, Promise.resolve('still running')]);
      expect(error).toBeInstanceOf(BrowserWorkError);
      expect((error as Error).message).toMatch(
        /printing card nl failed 2 times: printing card nl took longer than 0 s\. The browser hung or crashed; nothing was written to output\//,
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('retries a crash, but not an error about the input', async () => {
    let crashes = 0;
    await expect(withRetry('x', () => (++crashes, Promise.reject(new Error('Target closed'))), { timeoutMs: 1000 })).rejects.toThrow(/failed 2 times: Target closed/);
    expect(crashes).toBe(2);
    let fits = 0;
    const tooLong = Object.assign(new Error('card nl: the text does not fit'), { retry: false });
    await expect(withRetry('x', () => (++fits, Promise.reject(tooLong)), { timeoutMs: 1000 })).rejects.toBe(tooLong);
    expect(fits).toBe(1);
  });
});
