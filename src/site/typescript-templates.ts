// Lets Eleventy render `.11ty.ts` / `.11ty.tsx` templates: TypeScript modules
// that export `data` and a `render(data)` returning Preact JSX. JSX escapes
// every text it prints, so templates are safe by default; a template that
// returns a raw string for an HTML page is refused, because that string
// would bypass the escaping. The modules themselves are loaded by tsx, which
// `npm run dev` and `node --import tsx` register; in the compiled build
// (`npm run build`, src/pipeline/code.ts) they are the compiled modules,
// loaded here rather than by Eleventy, which would import the .tsx file.
import { isValidElement, type VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { compiledCode, compiledModuleUrl, type CompiledCode } from '../pipeline/code.ts';

type Render = (this: TemplateContext, data: TemplateData) => Promise<string>;

/** The part of Eleventy's config API this plugin uses. */
export interface ExtensionConfig {
  addExtension(
    extensions: string[],
    options:
      | { key: string; compile: () => Render }
      | {
          key: string;
          read: false;
          getData: true;
          getInstanceFromInputPath: (inputPath: string) => Promise<TemplateModule>;
          compile: (content: unknown, inputPath: string) => (data: TemplateData) => Promise<string>;
        },
  ): void;
}

/** What a template module exports. */
interface TemplateModule {
  data?: unknown;
  render(data: TemplateData): unknown;
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

/**
 * A template's compiled module, by the path Eleventy knows it under: its
 * `data` and `render` in a plain object (Eleventy turns it into a string for
 * a cache key, which a module namespace cannot be).
 */
async function compiledTemplate(code: CompiledCode, inputPath: string): Promise<TemplateModule> {
  const { data, render } = (await import(compiledModuleUrl(code, inputPath))) as TemplateModule;
  return { data, render };
}

export function typescriptTemplates(eleventyConfig: ExtensionConfig): void {
  const code = compiledCode();
  if (code) {
    eleventyConfig.addExtension(['11ty.ts', '11ty.tsx'], {
      key: '11ty.js',
      read: false,
      getData: true,
      getInstanceFromInputPath: (inputPath) => compiledTemplate(code, inputPath),
      // The module once per template, not once per page it renders.
      compile: (_content, inputPath) => {
        const template = compiledTemplate(code, inputPath);
        return async (data) => renderPage(await (await template).render(data), data);
      },
    });
    return;
  }
  eleventyConfig.addExtension(['11ty.ts', '11ty.tsx'], {
    key: '11ty.js',
    compile: () =>
      async function (this: TemplateContext, data: TemplateData) {
        return renderPage(await this.defaultRenderer(data), data);
      },
  });
}
