// Lets Eleventy render `.11ty.ts` / `.11ty.tsx` templates: TypeScript modules
// that export `data` and a `render(data)` returning Preact JSX. JSX escapes
// every text it prints, so templates are safe by default; a template that
// returns a raw string for an HTML page is refused, because that string
// would bypass the escaping. The modules themselves are loaded by tsx, which
// the build and `npm run dev` register with `node --import tsx`.
import { isValidElement, type VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** The part of Eleventy's config API this plugin uses. */
export interface ExtensionConfig {
  addExtension(
    extensions: string[],
    options: { key: string; compile: () => (this: TemplateContext, data: TemplateData) => Promise<string> },
  ): void;
}

interface TemplateContext {
  defaultRenderer(data: TemplateData): Promise<unknown>;
}

interface TemplateData {
  page: { inputPath: string; outputPath: string | false };
}

export function renderPage(content: unknown, data: TemplateData): string {
  if (isValidElement(content)) {
    const html = renderToString(content as VNode);
    return html.startsWith('<html') ? `<!DOCTYPE html>\n${html}\n` : html;
  }
  const outputPath = data.page.outputPath;
  if (typeof content === 'string' && !(typeof outputPath === 'string' && outputPath.endsWith('.html'))) return content;
  throw new TypeError(
    `${data.page.inputPath}: render() returned ${typeof content} for an HTML page. ` +
      'Return JSX (e.g. <Page>…</Page>) so that every text is escaped.',
  );
}

export function typescriptTemplates(eleventyConfig: ExtensionConfig): void {
  eleventyConfig.addExtension(['11ty.ts', '11ty.tsx'], {
    key: '11ty.js',
    compile: () =>
      async function (this: TemplateContext, data: TemplateData) {
        return renderPage(await this.defaultRenderer(data), data);
      },
  });
}
