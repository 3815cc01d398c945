// The build's browser (src/browser/launch.ts) starts without the parts of
// Chrome's own window that headless Chromium still builds: the address
// bar's suggestion popup is a web page in a renderer of its own, about a
// second of CPU per launch. If a new Chromium renames the feature, the
// popup comes back and this fails.
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../src/browser/launch.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the build\'s browser', () => {
  it('opens no page but its own: no address-bar popup or other browser UI', async () => {
    // Chromium creates its UI pages shortly after start.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const session = await browser.target().createCDPSession();
    const { targetInfos } = await session.send('Target.getTargets');
    const urls = targetInfos.map((target) => `${target.type} ${target.url}`);
    expect(urls.filter((url) => url.includes('chrome://')), urls.join('\n')).toEqual([]);
    expect(urls.length).toBeGreaterThan(0);
  });
});
