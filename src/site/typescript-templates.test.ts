import { h } from 'preact';
import { describe, expect, it } from 'vitest';
import { renderPage } from './typescript-templates.ts';

const page = (outputPath: string) => ({ page: { inputPath: './templates/x.11ty.tsx', outputPath } });

describe('renderPage', () => {
  it('escapes text, so markup in a translation shows as text', () => {
    const html = renderPage(h('p', null, '<script>alert(1)</script> & "quotes"'), page('x/index.html'));
    expect(html).toBe('<p>&lt;script>alert(1)&lt;/script> &amp; &quot;quotes&quot;</p>');
  });

  it('escapes attribute values', () => {
    expect(renderPage(h('a', { href: '"><img onerror=x>' }, 'x'), page('x/index.html'))).toBe('<a href="&quot;>&lt;img onerror=x>">x</a>');
  });

  it('starts a whole page with the doctype, also when a component renders the <html>', () => {
    const Layout = () => h('html', { lang: 'nl' });
    expect(renderPage(h(Layout, null), page('index.html'))).toBe('<!DOCTYPE html>\n<html lang="nl"></html>\n');
    expect(renderPage(h('main', null), page('part.html'))).toBe('<main></main>');
  });

  it('refuses a raw string for an HTML page, naming the template', () => {
    expect(() => renderPage('<p>unescaped</p>', page('x/index.html'))).toThrow(/templates\/x\.11ty\.tsx: render\(\) returned string/);
  });

  it('passes a string through for files that are not HTML', () => {
    expect(renderPage('{"a":1}', page('data.json'))).toBe('{"a":1}');
  });
});
