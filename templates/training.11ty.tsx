// The basic training on the site: the lessons, then a self-check that keeps nothing.
import type { TrainingPageView } from '../src/views/training.ts';
import { Layout } from './_components/layout.tsx';
import { onePagePer } from './_components/paginate.ts';
import { Check, Lessons } from './_components/training.tsx';

export const data = onePagePer('trainings');

export function render({ view }: { view: TrainingPageView }) {
  const { training } = view;
  return (
    <Layout chrome={view.chrome} {...(view.script ? { script: view.script } : {})}>
      <h1>{view.part === 'lessons' ? training.title : training.headings.check}</h1>
      {view.part === 'lessons' ? (
        <>
          <p class="kr-lead">{training.intro}</p>
          <Lessons training={training} />
          {training.checkLink && (
            <p class="kr-training__next">
              <a class="kr-walk__start" href={training.checkLink.href}>
                {training.checkLink.label}
              </a>
            </p>
          )}
        </>
      ) : (
        <Check training={training} track={false} heading={false} />
      )}
    </Layout>
  );
}
