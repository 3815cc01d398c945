import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockingScripts, siteWeight, stylesheetHrefs } from './site-weight.ts';

describe('page weight', () => {
  it('finds linked stylesheets only', () => {
    const html = '<link rel="stylesheet" href="../css/site.css"/><link rel="icon" href="f.svg"><link href="p.css" rel=stylesheet media=print>';
    expect(stylesheetHrefs(html)).toEqual(['../css/site.css', 'p.css']);
  });
  it('counts only scripts that block the first render', () => {
    const html = '<script src="a.js" defer></script><script type="module" src="m.js"></script><script>x()</script><script type="application/ld+json">{}</script>';
    expect(blockingScripts(html)).toEqual(['<script>']);
  });
  it('adds each page its stylesheets, and counts fonts once', () => {
    const site = mkdtempSync(join(tmpdir(), 'kr-weight-'));
    mkdirSync(join(site, 'css'));
    mkdirSync(join(site, 'fonts'));
    mkdirSync(join(site, 'nl'));
    writeFileSync(join(site, 'css', 'site.css'), 'x'.repeat(1000));
    writeFileSync(join(site, 'fonts', 'a.woff2'), 'x'.repeat(500));
    writeFileSync(join(site, 'index.html'), '<link rel="stylesheet" href="css/site.css">');
    const big = `<link rel="stylesheet" href="../css/site.css">${'y'.repeat(2000)}`;
    writeFileSync(join(site, 'nl', 'index.html'), big);
    const weight = siteWeight(site, 2500);
    expect(weight.pages).toBe(2);
    expect(weight.largest).toEqual({ page: join('nl', 'index.html'), htmlBytes: big.length, cssBytes: 1000, total: big.length + 1000 });
    expect(weight.over.map((w) => w.page)).toEqual([join('nl', 'index.html')]);
    expect(weight.fontBytes).toBe(500);
    expect(weight.cssFiles).toBe(1);
    expect(weight.blocking).toEqual([]);
  });
});
