// The site's CSS, script and font files under content-hashed names
// (`css/site.3f2a9c1b7e.css`), so that a host can cache them for a year: a
// changed file is a new name. Pages link them by relative path, as before, so
// the site still works opened from disk.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, posix } from 'node:path';
import type { AssetTable } from '../views/urls.ts';
import { fontFallback } from '../fonts/fallback.ts';
import { fontFaceCss, fontFiles, primaryFontFile } from '../fonts/faces.ts';

export interface SiteAssets extends AssetTable {
  /** Files copied as they are: absolute source path → site path. */
  copies: { from: string; to: string }[];
  /** The one generated file: the typeface's stylesheet (written by templates/css/fonts.11ty.ts). */
  fontsCss: { path: string; content: string };
}

/** The generated stylesheet: the typeface's @font-face rules, its measured fallbacks and the font stack. */
export const FONTS_CSS = 'css/fonts.css';

/** `css/site.css` + its content → `css/site.<10 hex digits of sha256>.css`. */
export function hashedName(path: string, content: string | Uint8Array): string {
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 10);
  const { dir, name, ext } = posix.parse(path);
  return posix.join(dir, `${name}.${hash}${ext}`);
}

/** The files copied from the project: site path → absolute path. */
function staticFiles(templatesDir: string): Map<string, string> {
  const list = (folder: string, ext: string) =>
    readdirSync(join(templatesDir, folder))
      .filter((file) => file.endsWith(ext))
      .sort()
      .map((file) => [`${folder}/${file}`, join(templatesDir, folder, file)] as const);
  return new Map([
    ...fontFiles().map((file) => [`fonts/${basename(file)}`, file] as const),
    ...list('css', '.css'),
    ...list('js', '.js'),
  ]);
}

const preloaded = () => [primaryFontFile(400), primaryFontFile(700)].map((file) => `fonts/${basename(file)}`);

/**
 * Every asset under its own name, for code that needs the site's paths but
 * writes no site (benchmarks, tests that only read the views).
 */
export function unhashedAssets(templatesDir: string): AssetTable {
  const names = Object.fromEntries([...staticFiles(templatesDir).keys(), FONTS_CSS].map((path) => [path, path]));
  return { names, preload: preloaded() };
}

const cache = new Map<string, Promise<SiteAssets>>();

/** The assets the site publishes, under hashed names (computed once per templates folder and process). */
export function siteAssets(templatesDir: string): Promise<SiteAssets> {
  let assets = cache.get(templatesDir);
  if (!assets) cache.set(templatesDir, (assets = computeAssets(templatesDir)));
  return assets;
}

async function computeAssets(templatesDir: string): Promise<SiteAssets> {
  const names: Record<string, string> = {};
  const copies: SiteAssets['copies'] = [];
  for (const [path, from] of staticFiles(templatesDir)) {
    names[path] = hashedName(path, readFileSync(from));
    copies.push({ from, to: names[path] });
  }
  // The stylesheet names the font files by their hashed names, so it is hashed after them.
  const fallback = await fontFallback();
  const content = [
    fontFaceCss('../fonts/', (file) => basename(names[`fonts/${file}`]!)),
    fallback.css,
    `:root { --kr-font-family: ${fallback.fontFamily}; }\n`,
  ].join('\n');
  names[FONTS_CSS] = hashedName(FONTS_CSS, content);
  return { names, preload: preloaded().map((path) => names[path]!), copies, fontsCss: { path: names[FONTS_CSS], content } };
}
