// The training's knowledge check (templates/_components/training.tsx). Without
// this script every answer is behind a "Show the answer" disclosure; with it,
// each question gets its check button, says right or wrong in a live region,
// and moves the focus on to the next question's legend.
//
// In a SCORM package (`data-track` on the check) it looks for the learning
// platform's SCORM 1.2 API the way the standard describes (up the parent
// windows, then the opener's) and records the status, the score, one
// interaction per question, where the learner is and what was answered, so
// that a learner who closes the window resumes where they left. Without a
// platform, and always on the site, it stores and sends nothing.
(() => {
  /**
   * The SCORM 1.2 API a platform offers as `window.API`.
   * @typedef {{ LMSInitialize(s: string): string; LMSFinish(s: string): string; LMSGetValue(e: string): string; LMSSetValue(e: string, v: string): string; LMSCommit(s: string): string }} ScormApi
   */
  const check = /** @type {HTMLElement | null} */ (document.querySelector('.kr-check'));
  if (!check) return;
  const box = check;
  /** @type {HTMLFormElement[]} */
  const forms = [...box.querySelectorAll('form.kr-question')].map((el) => /** @type {HTMLFormElement} */ (el));
  /** @param {string} name */
  const text = (name) => box.getAttribute(`data-${name}`) ?? '';
  const passMark = Number(text('pass-mark'));
  /** Each question's response (option letters, "a,c"), or null while unanswered. @type {(string | null)[]} */
  const responses = forms.map(() => null);
  const started = Date.now();

  /**
   * The API in `win` or one of its parents, at most seven levels up.
   * @param {Window | null} win
   * @returns {ScormApi | null}
   */
  const apiIn = (win) => {
    for (let level = 0; win && level <= 7; level++) {
      try {
        const api = /** @type {Window & { API?: ScormApi }} */ (win).API;
        if (api) return api;
      } catch {
        return null; // another origin's window: no platform of ours
      }
      if (!win.parent || win.parent === win) return null;
      win = win.parent;
    }
    return null;
  };

  /** @returns {ScormApi | null} */
  const connect = () => {
    const api = apiIn(window) ?? (window.opener ? apiIn(/** @type {Window} */ (window.opener)) : null);
    if (!api || String(api.LMSInitialize('')) !== 'true') return null;
    return api;
  };
  const lms = box.hasAttribute('data-track') ? connect() : null;

  /** @param {string} element @param {string | number} value */
  const set = (element, value) => {
    if (lms) lms.LMSSetValue(element, String(value));
  };

  /** @param {HTMLFormElement} form */
  const correctOf = (form) => form.dataset['correct'] ?? '';
  /** @param {HTMLFormElement} form */
  const idOf = (form) => form.dataset['question'] ?? '';

  /** @param {HTMLFormElement} form */
  const checkedLetters = (form) =>
    [...form.querySelectorAll('input')].filter((input) => input.checked).map((input) => input.value).join(',');

  /** @param {HTMLFormElement} form @param {string} letters */
  const labelsOf = (form, letters) =>
    letters.split(',').map((letter) => form.querySelector(`label[for="${form.id}${letter}"]`)?.textContent ?? letter).join(' · ');

  /**
   * Shows right or wrong, the right answer and the link to its step; locks the question.
   * @param {HTMLFormElement} form @param {string} response
   */
  const showFeedback = (form, response) => {
    const right = response === correctOf(form);
    const feedback = form.querySelector('div[aria-live]');
    const readMore = form.querySelector('details a');
    const answer = form.querySelector('details');
    const submit = form.querySelector('button');
    if (!feedback || !readMore || !answer || !submit) return;
    const verdict = document.createElement('p');
    verdict.className = `kr-question__verdict kr-question__verdict--${right ? 'right' : 'wrong'}`;
    verdict.textContent = `${text(right ? 'right' : 'wrong')} ${text('answer')} ${labelsOf(form, correctOf(form))}`;
    const link = document.createElement('p');
    link.append(readMore.cloneNode(true));
    feedback.replaceChildren(verdict, link);
    answer.hidden = true;
    const chosen = response.split(',');
    for (const input of form.querySelectorAll('input')) {
      input.checked = chosen.includes(input.value);
      input.disabled = true;
    }
    submit.hidden = true;
  };

  /** Once every question is answered: the score, passed or failed, in the page and to the platform. */
  const showResult = () => {
    if (responses.includes(null)) return;
    const count = forms.length;
    const right = forms.filter((form, i) => responses[i] === correctOf(form)).length;
    const percent = Math.round((right / count) * 100);
    const passed = percent >= passMark;
    const result = box.querySelector('.kr-check__result');
    if (result) {
      const score = text('result').replace('{score}', String(right)).replace('{count}', String(count)).replace('{percent}', String(percent));
      result.textContent = `${score} ${text(passed ? 'passed' : 'failed')}`;
    }
    set('cmi.core.score.min', 0);
    set('cmi.core.score.max', 100);
    set('cmi.core.score.raw', percent);
    set('cmi.core.lesson_status', passed ? 'passed' : 'failed');
  };

  /** The answer to question `index` as an interaction, and where the learner is. @param {number} index @param {string} response */
  const record = (index, response) => {
    if (!lms) return;
    const form = forms[index];
    if (!form) return;
    const n = Number(lms.LMSGetValue('cmi.interactions._count')) || 0;
    const prefix = `cmi.interactions.${n}.`;
    set(`${prefix}id`, idOf(form));
    set(`${prefix}type`, 'choice');
    set(`${prefix}correct_responses.0.pattern`, correctOf(form));
    set(`${prefix}student_response`, response);
    set(`${prefix}result`, response === correctOf(form) ? 'correct' : 'wrong');
    set('cmi.core.lesson_location', idOf(forms[index + 1] ?? form));
    set('cmi.suspend_data', responses.map((r) => r ?? '').join(';'));
  };

  /** @param {HTMLFormElement | undefined} form */
  const focusLegend = (form) => {
    const legend = /** @type {HTMLElement | null | undefined} */ (form?.querySelector('legend'));
    legend?.focus();
  };

  forms.forEach((form, index) => {
    const submit = form.querySelector('button');
    if (submit) submit.hidden = false;
    // Where the answer is said, announced as it changes; the legend the focus moves to.
    const live = document.createElement('div');
    live.setAttribute('aria-live', 'polite');
    form.querySelector('details')?.before(live);
    form.querySelector('legend')?.setAttribute('tabindex', '-1');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const response = checkedLetters(form);
      if (!response || responses[index] !== null) return;
      responses[index] = response;
      showFeedback(form, response);
      record(index, response);
      showResult();
      lms?.LMSCommit('');
      focusLegend(forms[index + 1]);
    });
  });

  /** A returning learner's answers and place, from the platform. */
  const resume = () => {
    if (!lms) return;
    const status = lms.LMSGetValue('cmi.core.lesson_status');
    if (status === 'not attempted' || status === '') set('cmi.core.lesson_status', 'incomplete');
    const saved = String(lms.LMSGetValue('cmi.suspend_data') || '').split(';');
    forms.forEach((form, i) => {
      const response = saved[i];
      if (response) {
        responses[i] = response;
        showFeedback(form, response);
      }
    });
    showResult();
    const location = lms.LMSGetValue('cmi.core.lesson_location');
    const at = forms.find((form) => idOf(form) === location);
    if (at) {
      at.scrollIntoView();
      focusLegend(at);
    }
  };

  /** HH:MM:SS since the page opened: SCORM 1.2's CMITimespan. */
  const sessionTime = () => {
    const seconds = Math.floor((Date.now() - started) / 1000);
    /** @param {number} n */
    const pad = (n) => String(n).padStart(2, '0');
    return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  };

  let finished = false;
  const finish = () => {
    if (!lms || finished) return;
    finished = true;
    set('cmi.core.session_time', sessionTime());
    set('cmi.core.exit', responses.includes(null) ? 'suspend' : '');
    lms.LMSCommit('');
    lms.LMSFinish('');
  };
  window.addEventListener('pagehide', finish);
  window.addEventListener('beforeunload', finish);

  resume();
})();
