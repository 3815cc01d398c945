import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { BuildLockedError, withBuildLock } from './lock.ts';

const lockIn = () => join(mkdtempSync(join(tmpdir(), 'kr-lock-')), '.output.lock');

describe('withBuildLock', () => {
  it('runs a second build only after the first has finished, never both at once', async () => {
    const lock = lockIn();
    const events: string[] = [];
    const run = (name: string, ms: number) =>
      withBuildLock(lock, async () => {
        events.push(`${name} starts`);
        await sleep(ms);
        events.push(`${name} ends`);
      });
    await Promise.all([run('first', 300), sleep(50).then(() => run('second', 10))]);
    expect(events).toEqual(['first starts', 'first ends', 'second starts', 'second ends']);
    expect(existsSync(lock)).toBe(false);
  });

  it('refuses after waiting its bound, naming the other build and the fix', async () => {
    const lock = lockIn();
    writeFileSync(lock, String(process.ppid)); // a live process holds it
    await expect(withBuildLock(lock, async () => 'ran', { waitMs: 300 })).rejects.toThrow(BuildLockedError);
    await expect(withBuildLock(lock, async () => 'ran', { waitMs: 0 })).rejects.toThrow(/another build \(process \d+\).*remove .*\.output\.lock if no build is running/);
  });

  it('takes over a lock left by a build that died', async () => {
    const lock = lockIn();
    writeFileSync(lock, '999999999');
    expect(await withBuildLock(lock, async () => 'ran', { waitMs: 0 })).toBe('ran');
  });

  it('releases the lock when the build fails', async () => {
    const lock = lockIn();
    await expect(withBuildLock(lock, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(existsSync(lock)).toBe(false);
  });

  it('makes the folder the lock goes in (an output folder in a folder not made yet)', async () => {
    const lock = join(mkdtempSync(join(tmpdir(), 'kr-lock-')), 'not', 'yet', '.output.lock');
    await expect(withBuildLock(lock, async () => existsSync(lock))).resolves.toBe(true);
    expect(existsSync(lock)).toBe(false);
  });
});
