// Plain tests start no browser: a stand-in SVG per diagram
// (tests/flowchart.browser.test.ts renders the real ones).
export const stubDiagrams = async (sources: readonly { id: string }[]) =>
  sources.map((s) => ({ id: s.id, svg: `<svg id="${s.id}" role="img" xmlns="http://www.w3.org/2000/svg"></svg>`, ms: 0 }));
