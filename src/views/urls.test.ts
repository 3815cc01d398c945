import { describe, expect, it } from 'vitest';
import { assetHref, href, sitePaths } from './urls.ts';

describe('href', () => {
  it('links between pages relatively, to their index.html', () => {
    expect(href('nl/justitiehuis/step-3/', 'nl/justitiehuis/step-4/')).toBe('../step-4/index.html');
    expect(href('nl/justitiehuis/step-3/', 'nl/gevangenis/step-3/')).toBe('../../gevangenis/step-3/index.html');
    expect(href('nl/justitiehuis/', 'nl/justitiehuis/')).toBe('index.html');
    expect(href('nl/justitiehuis/walk/step-2/', '')).toBe('../../../../index.html');
    expect(href('', 'nl/')).toBe('nl/index.html');
  });

  it('adds a fragment', () => {
    expect(href('nl/justitiehuis/plan/', 'nl/justitiehuis/plan/', 'step-2')).toBe('index.html#step-2');
  });
});

describe('assetHref', () => {
  it('reaches site files from any depth', () => {
    expect(assetHref('nl/justitiehuis/step-3/', 'css/site.css')).toBe('../../../css/site.css');
    expect(assetHref('', 'css/site.css')).toBe('css/site.css');
  });
});

describe('sitePaths', () => {
  it('puts a step under its language and sector, by id', () => {
    expect(sitePaths.step('nl', 'gevangenis', 'step-4')).toBe('nl/gevangenis/step-4/');
    expect(sitePaths.walk('nl', 'gevangenis')).toBe('nl/gevangenis/walk/');
    expect(sitePaths.walk('nl', 'gevangenis', 'step-2')).toBe('nl/gevangenis/walk/step-2/');
  });
});
