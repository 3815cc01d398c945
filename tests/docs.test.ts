// The README and the guides in docs/ link to each other and into the code: every
// relative Markdown link must lead to a file that exists, and a `#fragment` to a
// heading (or an explicit `<a id>`) of that file, as GitHub makes its anchors.
// Builds nothing: it reads Markdown.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

const markdownFiles = (): string[] => [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** Fenced code blocks and inline code are not prose: a `[x](y)` in them is no link. */
const withoutCode = (text: string) => text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function githubSlug(heading: string): string {
  return heading
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}

function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const prose = text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  for (const [, heading] of prose.matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const slug = githubSlug(heading!.replace(/`/g, ''));
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  for (const [, id] of prose.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(id!);
  return anchors;
}

interface Link {
  from: string;
  target: string;
}

function relativeLinks(file: string): Link[] {
  const text = withoutCode(readFileSync(join(ROOT, file), 'utf8'));
  return [...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)]
    .map((m) => m[1]!)
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target))
    .map((target) => ({ from: file, target }));
}

describe('the README and docs/', () => {
  const files = markdownFiles();

  it('include the README and one guide per reader', () => {
    for (const guide of ['editors', 'translators', 'coordinators', 'trainers', 'hosting', 'developers']) {
      expect(files).toContain(`docs/${guide}.md`);
    }
  });

  it('keep the README a front door: at most 200 lines, the two commands in its first code block', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme.split('\n').length - (readme.endsWith('\n') ? 1 : 0)).toBeLessThanOrEqual(200);
    const firstBlock = /```[^\n]*\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(firstBlock).toContain('npm ci && npm run build');
    expect(firstBlock).toContain('npm test');
  });

  it.each(files)('%s: every relative link leads to a file that exists, and every #fragment to a heading there', (file) => {
    const broken: string[] = [];
    for (const { from, target } of relativeLinks(file)) {
      const [path, fragment] = target.split('#', 2) as [string, string | undefined];
      const resolved = path === '' ? join(ROOT, from) : resolve(ROOT, dirname(from), decodeURI(path));
      const name = relative(ROOT, resolved).replaceAll('\\', '/');
      if (!existsSync(resolved)) {
        broken.push(`${target}: no file ${name}`);
        continue;
      }
      if (fragment === undefined || fragment === '') continue;
      if (statSync(resolved).isDirectory() || !resolved.endsWith('.md')) {
        broken.push(`${target}: a fragment into ${name}, which is not Markdown`);
        continue;
      }
      if (!anchorsOf(readFileSync(resolved, 'utf8')).has(decodeURIComponent(fragment))) {
        broken.push(`${target}: ${name} has no heading '#${fragment}'`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe("GitHub's heading anchors", () => {
  it('are lower case, without punctuation, with hyphens for spaces', () => {
    expect(githubSlug('Local editions (for coordinators)')).toBe('local-editions-for-coordinators');
    expect(githubSlug('How npm run build runs')).toBe('how-npm-run-build-runs');
    expect(githubSlug("Eleventy's pages too")).toBe('eleventys-pages-too');
    expect(githubSlug('The working checklist: how it is made')).toBe('the-working-checklist-how-it-is-made');
    expect(githubSlug('PDF accessibility (PDF/UA)')).toBe('pdf-accessibility-pdfua');
  });
});
