// Lets Eleventy render `.11ty.ts` / `.11ty.tsx` templates: TypeScript modules
// that export `data` and a `render(data)` returning Preact JSX. JSX escapes
// every text it prints, so templates are safe by default; a template that
// returns a raw string for an HTML page is refused, because that string
// would bypass the escaping. Which of the two plugins below Eleventy gets
// (the source through tsx, or the compiled modules) src/pipeline/code.ts
// decides.
import { isValidElement, type VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

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
export interface TemplateModule {
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
 * The plugin for templates whose modules `load` gives (the compiled build's,
 * src/pipeline/code.ts): loaded here rather than by Eleventy, which would
 * import the .tsx file. Eleventy gets each module's `data` and `render` in a
 * plain object (it turns it into a string for a cache key, which a module
 * namespace cannot be), once per template, not once per page it renders.
 */
export function loadedTemplates(load: (inputPath: string) => Promise<TemplateModule>) {
  const template = async (inputPath: string): Promise<TemplateModule> => {
    const { data, render } = await load(inputPath);
    return { data, render };
  };
  return (eleventyConfig: ExtensionConfig): void =>
    eleventyConfig.addExtension(['11ty.ts', '11ty.tsx'], {
      key: '11ty.js',
      read: false,
      getData: true,
      getInstanceFromInputPath: template,
      compile: (_content, inputPath) => {
        const module = template(inputPath);
        return async (data) => renderPage(await (await module).render(data), data);
      },
    });
}

/** The plugin for templates Eleventy imports itself: the source, through tsx. */
export function importedTemplates(eleventyConfig: ExtensionConfig): void {
  eleventyConfig.addExtension(['11ty.ts', '11ty.tsx'], {
    key: '11ty.js',
    compile: () =>
      async function (this: TemplateContext, data: TemplateData) {
        return renderPage(await this.defaultRenderer(data), data);
      },
  });
}
