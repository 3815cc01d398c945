import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BrowserNotFoundError, findBrowser, requireBrowser } from './find-browser.ts';

const { findSystemBrowser } = createRequire(import.meta.url)('./system-browser.cjs') as {
  findSystemBrowser: (names?: readonly string[], pathValue?: string) => string | undefined;
};

function fakeBin(...names: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'kr-bin-'));
  for (const name of names) {
    writeFileSync(join(dir, name), '#!/bin/sh\n');
    chmodSync(join(dir, name), 0o755);
  }
  return dir;
}

describe('findBrowser', () => {
  it('takes PUPPETEER_EXECUTABLE_PATH first', async () => {
    const dir = fakeBin('my-chrome', 'chromium');
    expect(await findBrowser({ PUPPETEER_EXECUTABLE_PATH: join(dir, 'my-chrome'), PATH: dir })).toEqual({
      executablePath: join(dir, 'my-chrome'),
      source: 'PUPPETEER_EXECUTABLE_PATH',
    });
  });

  it('refuses a PUPPETEER_EXECUTABLE_PATH that points nowhere, naming it', async () => {
    await expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: '/nowhere/chrome' })).rejects.toThrow(
      /PUPPETEER_EXECUTABLE_PATH is set to '\/nowhere\/chrome', but there is no file there/,
    );
  });
});

describe('findSystemBrowser', () => {
  it('finds chromium before google-chrome on PATH', () => {
    const chrome = fakeBin('google-chrome');
    const chromium = fakeBin('chromium');
    expect(findSystemBrowser(undefined, `${chrome}:${chromium}`)).toBe(join(chromium, 'chromium'));
    expect(findSystemBrowser(undefined, chrome)).toBe(join(chrome, 'google-chrome'));
  });

  it('skips files that are not executable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kr-bin-'));
    writeFileSync(join(dir, 'chromium'), '');
    expect(findSystemBrowser(undefined, dir)).toBeUndefined();
  });
});

describe('requireBrowser', () => {
  it('says how to get a browser when there is none', async () => {
    // An empty PATH and no variable: only Puppeteer's own download could be found.
    const found = await findBrowser({ PATH: '' });
    if (found) return expect(found.source).toBe('puppeteer');
    await expect(requireBrowser({ PATH: '' })).rejects.toThrow(BrowserNotFoundError);
    await expect(requireBrowser({ PATH: '' })).rejects.toThrow(/npm run ensure-browser/);
  });
});

describe("Puppeteer's own browser, looked up once per configuration", () => {
  const memos = (dir: string) => readdirSync(dir).filter((file) => file.startsWith('puppeteer-path-'));

  it('remembers where Puppeteer puts its Chrome, and asks again when the configuration changes', async () => {
    const memoDir = mkdtempSync(join(tmpdir(), 'kr-memo-'));
    await findBrowser({ PATH: '' }, memoDir);
    expect(memos(memoDir)).toHaveLength(1);
    const { default: puppeteer } = await import('puppeteer');
    expect(readFileSync(join(memoDir, memos(memoDir)[0]!), 'utf8')).toBe(puppeteer.executablePath());

    // The remembered answer is what a later lookup uses (the file still has to be there).
    const chrome = join(fakeBin('chrome'), 'chrome');
    writeFileSync(join(memoDir, memos(memoDir)[0]!), chrome);
    expect(await findBrowser({ PATH: '' }, memoDir)).toEqual({ executablePath: chrome, source: 'puppeteer' });

    // Another Puppeteer configuration is another question.
    process.env['PUPPETEER_CACHE_DIR'] = join(memoDir, 'elsewhere');
    try {
      expect(await findBrowser({ PATH: '' }, memoDir)).not.toEqual({ executablePath: chrome, source: 'puppeteer' });
      expect(memos(memoDir)).toHaveLength(2);
    } finally {
      delete process.env['PUPPETEER_CACHE_DIR'];
    }
  });
});
