import { expect, it } from 'vitest';
import { eleventyKey, keyedVariables } from './eleventy-runs.ts';

it("keys a run by its data with the project's folder left out, so a copied project finds its runs", () => {
  const data = (root: string) => ({ assets: [`${root}/templates/css/site.css`, `${root}/node_modules/x/a.woff2`], title: 'Kindreflex' });
  expect(eleventyKey('inputs', data('/home/a/project'), '/home/a/project')).toBe(eleventyKey('inputs', data('/tmp/copy'), '/tmp/copy'));
  expect(eleventyKey('inputs', data('/home/a/project'), '/home/a/project')).not.toBe(eleventyKey('inputs', data('/home/a/project2'), '/home/a/project'));
  expect(eleventyKey('inputs', data('/p'), '/p')).not.toBe(eleventyKey('other inputs', data('/p'), '/p'));
});

it('keys the variables a user sets, not those Eleventy sets as it runs, so a second build in one process finds the first one\'s runs', () => {
  const before = { PATH: '/usr/bin', ELEVENTY_ENV: 'production', KINDREFLEX_BASE_URL: 'https://example.org/' };
  const afterARun = { ...before, ELEVENTY_VERSION: '3.1.2', ELEVENTY_ROOT: '/home/a/project', ELEVENTY_SOURCE: 'script', ELEVENTY_RUN_MODE: 'build' };
  expect(keyedVariables(afterARun)).toEqual(keyedVariables(before));
  expect(keyedVariables(before)).toEqual(['ELEVENTY_ENV=production', 'KINDREFLEX_BASE_URL=https://example.org/']);
  expect(keyedVariables({ ...before, ELEVENTY_ENV: 'staging' })).not.toEqual(keyedVariables(before));
  expect(keyedVariables({ ...before, ELEVENTY_SKIP_ESM_RESOLVER: 'true' })).toEqual(keyedVariables(before));
});
