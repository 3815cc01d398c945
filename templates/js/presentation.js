// The trainers' presentation mode (templates/presentation.11ty.tsx): the keys
// step through the flowchart like slides. Each step highlights its node and
// the branches leaving it in the SVG, and shows its checklist beside it.
// Next: →, ↓, space, Page Down. Back: ←, ↑, Page Up. Esc: the whole chart.
// Without this script the page shows the chart with every step listed below.
(() => {
  const root = document.documentElement;
  const svg = document.querySelector('.kr-presentation__diagram svg');
  /** @type {HTMLElement[]} */
  const steps = [...document.querySelectorAll('.kr-presentation__step[data-step]')].map((el) => /** @type {HTMLElement} */ (el));
  if (!svg || steps.length === 0) return;

  // Mermaid names a node `<svg id>-flowchart-<node id>-<n>`; the node id is the step id.
  const nodePattern = new RegExp(`^${svg.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-flowchart-(.+)-\\d+$`);
  /** @type {Map<string, Element>} */
  const nodes = new Map();
  for (const node of svg.querySelectorAll('g.node')) {
    const match = nodePattern.exec(node.id);
    if (match && match[1]) nodes.set(match[1], node);
  }
  /** Edges and their labels carry `data-id="L_<from>_<to>_<n>"`; step ids hold no underscore. */
  const branchesOf = (/** @type {string} */ id) => [
    ...svg.querySelectorAll(`path[data-id^="L_${id}_"]`),
    ...[...svg.querySelectorAll(`.edgeLabel > .label[data-id^="L_${id}_"]`)].map((label) => label.parentElement),
  ];

  let current = -1;
  const show = (/** @type {number} */ index) => {
    current = Math.max(-1, Math.min(index, steps.length - 1));
    const step = current >= 0 ? steps[current] : undefined;
    const id = step?.dataset['step'];
    root.classList.toggle('kr-presentation--step', Boolean(step));
    svg.classList.toggle('kr-has-current', Boolean(step));
    for (const el of svg.querySelectorAll('.kr-is-current, .kr-is-branch')) el.classList.remove('kr-is-current', 'kr-is-branch');
    for (const s of steps) s.classList.toggle('kr-presentation__step--current', s === step);
    if (!id) return;
    nodes.get(id)?.classList.add('kr-is-current');
    for (const el of branchesOf(id)) el?.classList.add('kr-is-branch');
  };

  root.classList.add('kr-presentation--enhanced');
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = /** @type {HTMLElement | null} */ (event.target);
    if (target && target.closest('a, button, input, textarea, select') && (event.key === ' ' || event.key === 'Enter')) return;
    switch (event.key) {
      case 'ArrowRight': case 'ArrowDown': case ' ': case 'PageDown':
        show(current + 1);
        break;
      case 'ArrowLeft': case 'ArrowUp': case 'PageUp':
        show(current - 1);
        break;
      case 'Home':
        show(0);
        break;
      case 'End':
        show(steps.length - 1);
        break;
      case 'Escape':
        show(-1);
        break;
      default:
        return;
    }
    event.preventDefault();
  });
})();
