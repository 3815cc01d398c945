import { expect, it } from 'vitest';
import { escapeMermaidText } from '../views/mermaid.ts';
import { cleanSvg } from './render-diagrams.ts';

it('makes the private-use stand-in of a no-break space in a label a no-break space again in the SVG', () => {
  const escaped = escapeMermaidText('s’améliore-t-elle\u00A0?');
  expect(cleanSvg(`<svg ><text>${escaped}</text></svg>`)).toBe('<svg ><text>s’améliore-t-elle&#160;?</text></svg>');
});
