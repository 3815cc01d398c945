import { expect, it } from 'vitest';
import { eleventyKey } from './eleventy-runs.ts';

it("keys a run by its data with the project's folder left out, so a copied project finds its runs", () => {
  const data = (root: string) => ({ assets: [`${root}/templates/css/site.css`, `${root}/node_modules/x/a.woff2`], title: 'Kindreflex' });
  expect(eleventyKey('inputs', data('/home/a/project'), '/home/a/project')).toBe(eleventyKey('inputs', data('/tmp/copy'), '/tmp/copy'));
  expect(eleventyKey('inputs', data('/home/a/project'), '/home/a/project')).not.toBe(eleventyKey('inputs', data('/home/a/project2'), '/home/a/project'));
  expect(eleventyKey('inputs', data('/p'), '/p')).not.toBe(eleventyKey('other inputs', data('/p'), '/p'));
});
