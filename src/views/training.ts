// The basic training: lessons (who the plan is for, then every step with its
// checklist and decision) and a knowledge check derived from the model
// (training-questions.ts). The same view fills the site's self-check page
// (`<lang>/<sector>/training/`) and the SCORM package's one page.
import { assetHref, assetPath, href, sitePaths } from './urls.ts';
import { describe } from './chrome.ts';
import { sectorPageTools, type PageBase, type SectorContext } from './sector-page.ts';
import type { PlanView } from './plan.ts';
import type { Translate } from '../i18n/translator.ts';
import type { Protocol } from '../protocol/types.ts';
import { deriveQuestions, type QuestionView, type TrainingSettings } from './training-questions.ts';

export interface CheckQuestionView extends QuestionView {
  /** Short and unique in the page, for the form's ids and names: q1, q2, … */
  key: string;
  /** "Vraag 3 van 23", before the question. */
  number: string;
  /** "Kies één antwoord." or "Kies alle juiste antwoorden." */
  how: string;
  /** The right options' labels, for the answer shown without script. */
  answers: string[];
  /** To the lesson of the step the answer comes from, on the same page. */
  readMore: { label: string; href: string };
}

export interface TrainingView {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  intro: string;
  /** What is kept: nothing on the site; by the platform, in a package. */
  note: string;
  plan: PlanView;
  headings: { lessons: string; who: string; check: string; practice: string; where: string; current: string };
  /** The decision walk to practise with (the site only: the package links nothing outside itself). */
  practice?: { label: string; href: string };
  /** On the site, the lessons and the check are two pages: the lessons link the check. */
  checkLink?: { label: string; href: string };
  check: {
    intro: string;
    passMark: number;
    questions: CheckQuestionView[];
    /** The texts the script shows; `{score}`, `{count}` and `{percent}` it fills in. */
    labels: { submit: string; showAnswer: string; right: string; wrong: string; answer: string; result: string; passed: string; failed: string };
  };
}

export interface TrainingInput {
  lang: string;
  protocol: Protocol;
  plan: PlanView;
  t: Translate;
  settings: TrainingSettings;
  /** The site page (a self-check: nothing kept) or the package (the platform keeps the answers). */
  target: 'site' | 'package';
  /** The texts' and the definition's files, named in an error. */
  textsFile: string;
  definitionFile: string;
  /** The site: the lessons page's path, to link the decision walk and the check from; none in a package. */
  path?: string;
}

export function toTrainingView(input: TrainingInput): TrainingView {
  const { lang, plan, t, settings, target, path } = input;
  const questions = deriveQuestions(input);
  const count = questions.length;
  const stepById = new Map(plan.phases.flatMap((phase) => phase.steps).map((step) => [step.id, step]));
  return {
    lang,
    dir: plan.dir,
    title: t('ui:training.title'),
    intro: t('ui:training.intro'),
    note: t(target === 'site' ? 'ui:training.site-note' : 'ui:training.package-note'),
    plan,
    headings: { lessons: t('ui:training.lessons'), who: t('ui:training.lesson-who'), check: t('ui:training.check'), practice: t('ui:training.practice'), where: t('ui:training.where'), current: t('ui:step.current') },
    ...(path
      ? {
          practice: { label: t('ui:nav.walk'), href: href(path, sitePaths.walk(lang, plan.sector.id)) },
          checkLink: { label: t('ui:training.check'), href: href(path, sitePaths.training(lang, plan.sector.id, 'check')) },
        }
      : {}),
    check: {
      intro: t('ui:training.check-intro', { count, passMark: settings.passMark }),
      passMark: settings.passMark,
      questions: questions.map((question, i) => ({
        ...question,
        key: `q${i + 1}`,
        number: t('ui:training.question-number', { number: i + 1, count }),
        how: t(question.multiple ? 'ui:training.choose-all' : 'ui:training.choose-one'),
        answers: question.options.filter((o) => o.correct).map((o) => o.label),
        readMore: {
          label: t('ui:training.read-more', { step: t('ui:print.goes-to', { number: stepById.get(question.step)?.number ?? 0 }) }),
          // On the site the lessons are the page before the check's.
          href: path ? href(sitePaths.training(lang, plan.sector.id, 'check'), path, question.step) : `#${question.step}`,
        },
      })),
      labels: {
        submit: t('ui:training.submit'),
        showAnswer: t('ui:training.show-answer'),
        right: t('ui:training.right'),
        wrong: t('ui:training.wrong'),
        answer: t('ui:training.answer'),
        result: t('ui:training.result', { score: '{score}', count: '{count}', percent: '{percent}' }),
        passed: t('ui:training.passed'),
        failed: t('ui:training.failed'),
      },
    },
  };
}

export interface TrainingPageView extends PageBase {
  /** The lessons, or the knowledge check. */
  part: 'lessons' | 'check';
  training: TrainingView;
  /** The check's script, as a relative link (the check page only). */
  script?: string;
}

/** The site's training pages of one sector: the lessons, and a self-check that keeps nothing. */
export function toTrainingPages(context: SectorContext): TrainingPageView[] {
  const { lang, t, plan, protocol } = context;
  const { chrome } = sectorPageTools(context);
  const s = plan.sector.id;
  const path = sitePaths.training(lang, s);
  const training = toTrainingView({ lang, protocol, plan, t, ...context.training, target: 'site', path });
  const checkPath = sitePaths.training(lang, s, 'check');
  const checkTitle = `${training.headings.check} – ${training.title}`;
  return [
    {
      chrome: chrome(path, training.title, describe([plan.title, training.intro]), (l, x) => sitePaths.training(l, x)),
      path,
      title: training.title,
      part: 'lessons',
      training,
    },
    {
      chrome: chrome(checkPath, checkTitle, describe([training.check.intro, training.note, plan.title]), (l, x) => sitePaths.training(l, x, 'check')),
      path: checkPath,
      title: checkTitle,
      part: 'check',
      training,
      script: assetHref(checkPath, assetPath(context.assets, 'js/training.js')),
    },
  ];
}
