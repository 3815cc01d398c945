// The guided decision walk: one question per page, answered by plain links.
import type { WalkPageView } from '../src/views/walk.ts';
import { Layout } from './_components/layout.tsx';
import { onePagePer } from './_components/paginate.ts';

export const data = onePagePer('walks');

export function render({ view }: { view: WalkPageView }) {
  return (
    <Layout chrome={view.chrome}>
      <h1>{view.title}</h1>
      {view.intro && <p class="kr-lead">{view.intro}</p>}
      {view.start && (
        <p>
          <a class="kr-walk__start" href={view.start.href}>
            {view.start.label}
          </a>
        </p>
      )}
      {view.readStep && (
        <p>
          <a href={view.readStep.href}>{view.readStep.label}</a>
        </p>
      )}
      {view.question && <h2>{view.question}</h2>}
      {view.options.length > 0 && (
        <ul class="kr-walk__options">
          {view.options.map((option) => (
            <li>
              <a class="kr-walk__option" href={option.href}>
                {option.label}
              </a>
            </li>
          ))}
        </ul>
      )}
      {view.then && (
        <p>
          <a class="kr-walk__option" href={view.then.href}>
            {view.then.label}
          </a>
        </p>
      )}
      {view.end && <p>{view.end}</p>}
      {view.restart && (
        <p class="kr-walk__restart">
          <a href={view.restart.href}>{view.restart.label}</a>
        </p>
      )}
    </Layout>
  );
}
