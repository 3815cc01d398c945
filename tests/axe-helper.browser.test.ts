// The shared axe helpers find what they must: a page with a violation is
// reported, by the installed (many pages, one tab) way as by AxePuppeteer.
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser } from '../src/browser/launch.ts';
import { axeViolations, installAxe, installedAxeViolations } from './helpers/axe.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const BROKEN = `data:text/html,${encodeURIComponent('<!doctype html><html><head><title>t</title></head><body><main><img src="x.png"><a href="#"></a></main></body></html>')}`;

it('reports the same violations on a broken page both ways, in every document the tab opens', async () => {
  const page = await browser.newPage();
  try {
    await installAxe(page);
    await page.goto(BROKEN);
    const installed = await installedAxeViolations(page);
    expect(installed.map((line) => line.split(' ')[0])).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'link-name']));
    expect(installed).toEqual(await axeViolations(page));
    await page.goto(`data:text/html,${encodeURIComponent('<!doctype html><html lang="nl"><head><title>t</title></head><body><main><h1>Goed</h1></main></body></html>')}`);
    expect(await installedAxeViolations(page)).toEqual([]);
  } finally {
    await page.close();
  }
});

const LOW_CONTRAST = `data:text/html,${encodeURIComponent('<!doctype html><html lang="nl"><head><title>t</title></head><body><main><h1>Grijs</h1><p style="color:#bbb;background:#fff">Bijna onleesbaar</p><img src="x.png"></main></body></html>')}`;

it('checks colour contrast unless told not to, and every other rule either way', async () => {
  const page = await browser.newPage();
  try {
    await installAxe(page);
    await page.goto(LOW_CONTRAST);
    const rules = async (contrast: boolean) => (await installedAxeViolations(page, { contrast })).map((line) => line.split(' ')[0]);
    expect(await rules(true)).toEqual(expect.arrayContaining(['color-contrast', 'image-alt']));
    expect(await rules(false)).toEqual(['image-alt']);
  } finally {
    await page.close();
  }
});
