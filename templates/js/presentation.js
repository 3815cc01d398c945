// The trainers' presentation mode (templates/presentation.11ty.tsx): the
// page becomes slides. The first is the whole chart with the key list; then
// each step, highlighted in the chart with the branches leaving it, its
// checklist and ways on beside it. A step whose text does not fit the screen
// at the smallest legible size (STEP_MIN, 2.2 % of the screen height and a
// margin) continues on follow-on slides, "Stap 4 van 6 (2/2)"; it is never
// shrunk further and never cut. The slides are measured here, in the browser,
// for the screen at hand, and again whenever it changes size: the projector's
// resolution is only known in the room.
// Without this script the page shows the chart with every step listed below.
(() => {
  const root = document.documentElement;
  const main = /** @type {HTMLElement | null} */ (document.querySelector('.kr-presentation__main'));
  const svg = document.querySelector('.kr-presentation__diagram svg');
  const intro = /** @type {HTMLElement | null} */ (document.querySelector('.kr-presentation__intro'));
  const stepsBox = /** @type {HTMLElement | null} */ (document.querySelector('.kr-presentation__steps'));
  const live = document.querySelector('.kr-presentation__live');
  const black = /** @type {HTMLElement | null} */ (document.querySelector('.kr-presentation__black'));
  /** @type {HTMLElement[]} */
  const steps = [...document.querySelectorAll('.kr-presentation__step[data-step]')].map((el) => /** @type {HTMLElement} */ (el));
  if (!main || !svg || !intro || !stepsBox || !live || !black || steps.length === 0) return;

  // Text sizes in % of the screen height (vh).
  const STEP_MIN = 2.25;
  const STEP_MAX = 3.6;
  const INTRO_MIN = 1.6;
  const INTRO_MAX = 2.8;
  // Below this the screen is a phone or a 400 % zoom: the page scrolls, one step at a time.
  const slideScreen = matchMedia('(min-width: 40em) and (min-height: 25em)');

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
  const viewBox = /** @type {SVGSVGElement} */ (svg).viewBox?.baseVal;
  if (viewBox && viewBox.width > 0 && viewBox.height > 0) root.style.setProperty('--kr-chart-ratio', (viewBox.width / viewBox.height).toFixed(4));

  /** The pieces a step can be split between slides at: its checklist items and its ways on. */
  const unitsOf = (/** @type {HTMLElement} */ step) =>
    [...step.querySelectorAll('.kr-presentation__item, .kr-presentation__exit')].map((el) => /** @type {HTMLElement} */ (el));
  /** Shows units [from, to) of a step, and the lists and headings only when they hold one. */
  const showUnits = (/** @type {HTMLElement} */ step, /** @type {number} */ from, /** @type {number} */ to) => {
    unitsOf(step).forEach((unit, i) => { unit.hidden = i < from || i >= to; });
    for (const list of step.querySelectorAll('.kr-presentation__checklist, .kr-presentation__ways')) {
      /** @type {HTMLElement} */ (list).hidden = ![...list.querySelectorAll('li')].some((li) => !li.hidden);
    }
  };
  const fits = (/** @type {HTMLElement} */ box) => box.scrollHeight <= box.clientHeight && box.scrollWidth <= box.clientWidth;
  const setSize = (/** @type {HTMLElement} */ el, /** @type {string} */ name, /** @type {number} */ size) => el.style.setProperty(name, size.toFixed(3));

  /**
   * The step's units split greedily into slides at text size `size`: as many per slide as fit.
   * One layout per slide: with every unit from `from` on shown, the slide ends before the
   * first unit that reaches below the box (hiding the ones after it moves nothing above).
   */
  const partsAt = (/** @type {HTMLElement} */ step, /** @type {number} */ size) => {
    setSize(step, '--kr-s', size);
    const units = unitsOf(step);
    const count = units.length;
    /** @type {[number, number][]} */
    const parts = [];
    let from = 0;
    do {
      showUnits(step, from, count);
      const bottom = stepsBox.getBoundingClientRect().top + stepsBox.clientHeight;
      // A unit that does not fit even alone gets a slide of its own; the test reports it.
      let to = Math.min(from + 1, count);
      while (to < count && (units[to]?.getBoundingClientRect().bottom ?? Infinity) <= bottom) to += 1;
      parts.push([from, to]);
      from = to;
    } while (from < count);
    return parts;
  };

  /**
   * The fewest slides the step needs at the smallest size, then the largest size that keeps that many.
   * @returns {{ size: number, parts: [number, number][] }}
   */
  const paginate = (/** @type {HTMLElement} */ step) => {
    const count = unitsOf(step).length;
    showUnits(step, 0, count);
    setSize(step, '--kr-s', STEP_MAX);
    if (fits(stepsBox)) return { size: STEP_MAX, parts: [[0, count]] };
    const fewest = partsAt(step, STEP_MIN).length;
    let low = STEP_MIN;
    let high = STEP_MAX;
    while (high - low > 0.05) {
      const middle = (low + high) / 2;
      if (partsAt(step, middle).length <= fewest) low = middle;
      else high = middle;
    }
    return { size: low, parts: partsAt(step, low) };
  };

  /** The largest size (vh) in [min, max] at which `box` shows all it holds. */
  const largestFitting = (/** @type {HTMLElement} */ box, /** @type {string} */ name, /** @type {number} */ min, /** @type {number} */ max) => {
    setSize(box, name, max);
    if (fits(box)) return max;
    let low = min;
    let high = max;
    while (high - low > 0.05) {
      const middle = (low + high) / 2;
      setSize(box, name, middle);
      if (fits(box)) low = middle;
      else high = middle;
    }
    setSize(box, name, low);
    return low;
  };

  /** @typedef {{ step: number, from: number, to: number, part: number, parts: number, size: number }} Slide */
  /** @type {Slide[]} */
  let slides = [];
  let current = 0;
  const partText = main.dataset['part'] ?? '({part}/{parts})';

  const setKind = (/** @type {boolean} */ step) => {
    root.classList.toggle('kr-presentation--step', step);
    root.classList.toggle('kr-presentation--overview', !step);
  };

  /** Measures every step on this screen and lays the slides out again, staying on the same text. */
  const layOut = () => {
    const started = performance.now();
    const was = slides[current];
    const slideLayout = slideScreen.matches;
    root.classList.toggle('kr-presentation--slides', slideLayout);
    /** @type {Slide[]} */
    const next = [{ step: -1, from: 0, to: 0, part: 1, parts: 1, size: 0 }];
    if (slideLayout) {
      setKind(false);
      largestFitting(intro, '--kr-intro', INTRO_MIN, INTRO_MAX);
      setKind(true);
    }
    steps.forEach((step, index) => {
      for (const other of steps) other.classList.toggle('kr-presentation__step--current', other === step);
      const count = unitsOf(step).length;
      /** @type {{ size: number, parts: [number, number][] }} */
      const { size, parts } = slideLayout ? paginate(step) : { size: STEP_MAX, parts: [[0, count]] };
      parts.forEach(([from, to], part) => next.push({ step: index, from, to, part: part + 1, parts: parts.length, size }));
    });
    slides = next;
    const again = was ? slides.findIndex((s) => s.step === was.step && s.from <= was.from && was.from < Math.max(s.to, s.from + 1)) : 0;
    show(Math.max(0, again));
    // Tells a test (and anyone curious) which screen the slides were measured for, once the font is in.
    main.dataset['layout'] = document.fonts.status === 'loaded' ? `${innerWidth}x${innerHeight}` : '';
    // How long measuring took, in the browser's performance timeline (devtools, the bench).
    performance.measure('kr-presentation layout', { start: started });
  };

  const show = (/** @type {number} */ index) => {
    current = Math.max(0, Math.min(index, slides.length - 1));
    const slide = slides[current];
    if (!slide) return;
    const step = slide.step >= 0 ? steps[slide.step] : undefined;
    setKind(Boolean(step));
    for (const s of steps) s.classList.toggle('kr-presentation__step--current', s === step);
    svg.classList.toggle('kr-has-current', Boolean(step));
    for (const el of svg.querySelectorAll('.kr-is-current, .kr-is-branch')) el.classList.remove('kr-is-current', 'kr-is-branch');
    main.dataset['slide'] = String(current);
    main.dataset['slides'] = String(slides.length);
    if (!step) {
      live.textContent = main.dataset['overview'] ?? '';
      return;
    }
    setSize(step, '--kr-s', slide.size);
    showUnits(step, slide.from, slide.to);
    const part = step.querySelector('.kr-presentation__part');
    if (part) part.textContent = slide.parts > 1 ? ` ${partText.replace('{part}', String(slide.part)).replace('{parts}', String(slide.parts))}` : '';
    const id = step.dataset['step'] ?? '';
    nodes.get(id)?.classList.add('kr-is-current');
    for (const el of branchesOf(id)) el?.classList.add('kr-is-branch');
    const position = step.querySelector('.kr-presentation__position')?.textContent ?? '';
    const title = step.querySelector('.kr-presentation__step-title')?.textContent ?? '';
    live.textContent = `${position}: ${title}`;
  };
  const firstSlideOf = (/** @type {number} */ stepIndex) => slides.findIndex((s) => s.step === stepIndex);

  const setBlack = (/** @type {boolean} */ on) => {
    black.hidden = !on;
    live.textContent = on ? (main.dataset['black'] ?? '') : live.textContent;
    if (!on) show(current);
  };
  const toggleFullScreen = () => {
    // Refused without a user gesture or in a kiosk; the slides work either way.
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    else root.requestFullscreen?.().catch(() => {});
  };

  root.classList.add('kr-presentation--enhanced');
  // The whole chart at once; the steps are measured when the font they are shown in is there.
  root.classList.toggle('kr-presentation--slides', slideScreen.matches);
  slides = [{ step: -1, from: 0, to: 0, part: 1, parts: 1, size: 0 }];
  show(0);
  document.fonts.ready.then(layOut);
  let pending = 0;
  addEventListener('resize', () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(layOut);
  });

  // A way on is a link to the step it leads to: show that step's first slide.
  main.addEventListener('click', (event) => {
    const link = /** @type {HTMLElement | null} */ (event.target)?.closest?.('a[href^="#present-"]');
    const target = link ? steps.findIndex((s) => `#${s.id}` === link.getAttribute('href')) : -1;
    if (target < 0) return;
    event.preventDefault();
    show(firstSlideOf(target));
  });

  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = /** @type {HTMLElement | null} */ (event.target);
    if (target && target.closest('a, button, input, textarea, select') && (event.key === ' ' || event.key === 'Enter')) return;
    const key = event.key;
    if (key === '.' || key === 'b' || key === 'B') {
      setBlack(black.hidden === true);
    } else if (key === 'f' || key === 'F') {
      toggleFullScreen();
    } else if (black.hidden !== true && /^(Arrow|Page|Home|End|Escape|F5| |[1-9])/.test(key)) {
      // From a black screen, the first key only brings the slide back.
      setBlack(false);
    } else if (['ArrowRight', 'ArrowDown', ' ', 'PageDown'].includes(key)) {
      show(current + 1);
    } else if (['ArrowLeft', 'ArrowUp', 'PageUp'].includes(key)) {
      show(current - 1);
    } else if (key === 'Home') {
      show(firstSlideOf(0));
    } else if (key === 'End') {
      show(slides.length - 1);
    } else if (key === 'Escape') {
      show(0);
    } else if (key === 'F5') {
      // A clicker's "start" button: from the beginning (Shift+F5: from here), in full screen.
      if (!event.shiftKey) show(0);
      if (!document.fullscreenElement) toggleFullScreen();
    } else if (/^[1-9]$/.test(key)) {
      const slide = firstSlideOf(Number(key) - 1);
      if (slide < 0) return;
      show(slide);
    } else {
      return;
    }
    event.preventDefault();
  });
})();
