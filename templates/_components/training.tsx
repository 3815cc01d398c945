import type { CheckQuestionView, TrainingView } from '../../src/views/training.ts';
import { PhasedSteps } from './step.tsx';

/** The lessons: who the plan is for, then every step by phase, with its checklist and decision. */
export function Lessons({ training }: { training: TrainingView }) {
  const { plan, headings } = training;
  return (
    <section aria-labelledby="lessons">
      <h2 id="lessons">{headings.lessons}</h2>
      <h3 id="who">{headings.who}</h3>
      {plan.introduction.map((paragraph) => (
        <p>{paragraph}</p>
      ))}
      <PhasedSteps phases={plan.phases} labels={plan.labels} after={(step) => <StepPlace training={training} current={step.id} />} />
      {training.practice && (
        <>
          <h3 id="practice">{headings.practice}</h3>
          <p>
            <a href={training.practice.href}>{training.practice.label}</a>
          </p>
        </>
      )}
    </section>
  );
}

/** Where a step stands in the plan: every step in order, this one marked, each a link to its lesson. */
function StepPlace({ training, current }: { training: TrainingView; current: string }) {
  const steps = training.plan.phases.flatMap((phase) => phase.steps);
  return (
    <>
      <h5 class="kr-step__subheading">{training.headings.where}</h5>
      <ol class="kr-training__place">
        {steps.map((step) => (
          <li>
            <a href={`#${step.id}`} aria-current={step.id === current ? 'step' : undefined}>
              {step.heading}
            </a>
            {step.id === current && ` ${training.headings.current}`}
          </li>
        ))}
      </ol>
    </>
  );
}

/**
 * The knowledge check: a form per question, a fieldset with its legend and
 * native inputs. Without script, each answer is behind a disclosure; the
 * script (templates/js/training.js) shows the check button, says right or
 * wrong in a live region and moves on to the next question. `heading`: the
 * check is a section of a page with its own heading (the package), not a
 * page of its own (the site).
 */
export function Check({ training, track, heading }: { training: TrainingView; track: boolean; heading: boolean }) {
  const { check } = training;
  const { labels } = check;
  return (
    <section
      class="kr-check"
      {...(heading ? { 'aria-labelledby': 'check' } : {})}
      data-pass-mark={String(check.passMark)}
      data-right={labels.right}
      data-wrong={labels.wrong}
      data-answer={labels.answer}
      data-result={labels.result}
      data-passed={labels.passed}
      data-failed={labels.failed}
      {...(track ? { 'data-track': '' } : {})}
    >
      {heading && <h2 id="check">{training.headings.check}</h2>}
      <p>{check.intro}</p>
      <p class="kr-check__note">{training.note}</p>
      {check.questions.map((question) => (
        <Question question={question} labels={labels} />
      ))}
      <p class="kr-check__result" aria-live="polite"></p>
    </section>
  );
}

/**
 * One question, in few bytes (23 questions weigh on the page): its ids are
 * its short key (q1, q1a, …), and its parts go without classes (the style
 * sheet and the script find them under .kr-question). The script adds what
 * only it uses: the live region it answers in, and the legend's tabindex.
 */
function Question({ question, labels }: { question: CheckQuestionView; labels: TrainingView['check']['labels'] }) {
  const correct = question.options.filter((o) => o.correct).map((o) => o.id).join(',');
  const { key } = question;
  return (
    <form class="kr-question" id={key} data-question={question.id} data-correct={correct}>
      <fieldset>
        <legend>
          <span>{question.number}</span> {question.prompt}
        </legend>
        <p>{question.how}</p>
        <ul>
          {question.options.map((option) => (
            <li>
              {/* A radio group shares its name; a check box needs none (the form is never sent). */}
              <input type={question.multiple ? 'checkbox' : 'radio'} {...(question.multiple ? {} : { name: key })} id={`${key}${option.id}`} value={option.id} />
              <label for={`${key}${option.id}`}>{option.label}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="submit" hidden>
        {labels.submit}
      </button>
      <details>
        <summary>{labels.showAnswer}</summary>
        <p>
          {labels.answer} {question.answers.join(' · ')}
        </p>
        <p>
          <a href={question.readMore.href}>{question.readMore.label}</a>
        </p>
      </details>
    </form>
  );
}
