// The layer rules of src/ (docs/architecture.md, "Layers"), checked by
// tests/layers.test.ts, so `npm test` fails on an arrow pointing up.
//
// LAYERS lists the folders of src/ from the bottom: a module may import from
// its own folder and from folders listed before it, never from one listed
// after it. With one order for every folder, no two folders can import each
// other (no folder cycle). Test files are held to the same rules as the code
// beside them. A new folder of src/ must be put in the order to be allowed.
//
// Parsed with swc: dependency-cruiser cannot use TypeScript 7 (it has no
// JavaScript API).

/** From the bottom. */
const LAYERS = [
  'protocol', // the model: no I/O, no i18next
  'i18n', // reading locales, i18next
  'sectors', // the sectors and the Kindreflex publication
  'editions', // local editions
  'products', // the product registry
  'releases', // release snapshots and what changed between them (pure)
  'views', // pure view models
  'fonts', // every font concern
  'pdf', // the PDF/UA pass, form fields, compression
  'cache', // cache keys and storage, atomic writes, file walks
  'browser', // the one headless browser: diagrams and PDFs
  'site', // Eleventy's plugin, assets, hosting
  'pipeline', // build() as its stages, watch mode
  'bench', // the benchmarks' helpers
];

const above = (index) => LAYERS.slice(index + 1);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...LAYERS.slice(0, -1).map((layer, index) => ({
      name: `${layer}-imports-no-layer-above`,
      comment: `src/${layer}/ may import only from ${LAYERS.slice(0, index).map((l) => `src/${l}/`).join(', ') || 'no other folder of src/'}`,
      severity: 'error',
      from: { path: `^src/${layer}/` },
      to: { path: `^src/(${above(index).join('|')})/` },
    })),
    {
      name: 'no-folder-outside-the-layers',
      comment: `every folder of src/ has its place in LAYERS (.dependency-cruiser.cjs)`,
      severity: 'error',
      from: { path: '^src/[^/]+/', pathNot: `^src/(${LAYERS.join('|')})/` },
      to: {},
    },
    {
      name: 'no-folder-cycle',
      comment: 'no two folders of src/ import each other, directly or through others',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/' },
      to: { path: '^src/[^/]+/?$', circular: true },
    },
    {
      name: 'src-imports-no-scripts-or-tests',
      comment: 'src/ is imported by scripts/ and tests/, never the other way',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(scripts|tests)/' },
    },
  ],
  options: {
    parser: 'swc',
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/.*\\.d\\.ts$' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.mjs', '.cjs', '.js', '.json'] },
  },
};
