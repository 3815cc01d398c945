import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROFILE_PREFIX, profileOwner, removeOrphanedProfiles } from './launch.ts';

describe('removeOrphanedProfiles', () => {
  it('removes the profiles of builds that no longer run, and keeps those of running builds and every other folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kr-profiles-'));
    // A process that has ended: its id is free (until the system hands it out again).
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    const names = [
      `${PROFILE_PREFIX}${gone}-aB3dEf`,
      `${PROFILE_PREFIX}${process.pid}-gH5iJk`, // this process: running
      `${PROFILE_PREFIX}${process.ppid}-lM7nOp`, // another running process
      'puppeteer_dev_chrome_profile-qR9sTu', // not ours
      `${PROFILE_PREFIX}x-vW1xYz`,
    ];
    try {
      for (const name of names) mkdirSync(join(dir, name, 'Default'), { recursive: true });
      expect(removeOrphanedProfiles(dir)).toEqual([join(dir, names[0]!)]);
      expect(readdirSync(dir).sort()).toEqual(names.slice(1).sort());
      expect(existsSync(join(dir, names[1]!, 'Default'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the owning process from the folder name', () => {
    expect(profileOwner(`${PROFILE_PREFIX}1234-abcdef`)).toBe(1234);
    expect(profileOwner('kindreflex-browser-abc-def')).toBeUndefined();
    expect(profileOwner('puppeteer_dev_chrome_profile-abcdef')).toBeUndefined();
  });
});
