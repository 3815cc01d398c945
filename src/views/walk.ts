// The decision walk: a start page, then one page per step with its question
// answered by plain links, ending at the step that applies.
import { edgesOf } from '../protocol/graph.ts';
import { stepTitleKey } from '../protocol/keys.ts';
import { describe } from './chrome.ts';
import { sectorPageTools, type PageBase, type SectorContext } from './sector-page.ts';
import { href, sitePaths } from './urls.ts';

export interface WalkPageView extends PageBase {
  intro?: string;
  start?: { label: string; href: string };
  readStep?: { label: string; href: string };
  question?: string;
  options: { label: string; href: string }[];
  then?: { label: string; href: string };
  end?: string;
  restart?: { label: string; href: string };
}

export function toWalkPages(context: SectorContext): WalkPageView[] {
  const { lang, t, protocol, plan } = context;
  const s = plan.sector.id;
  const { stepById, chrome } = sectorPageTools(context);
  const walkTitle = t('ui:walk.title');
  const walkStart = sitePaths.walk(lang, s);
  const restart = (from: string) => ({ label: t('ui:walk.restart'), href: href(from, walkStart) });
  return [
    {
      chrome: chrome(walkStart, walkTitle, describe([plan.title, t('ui:walk.intro')]), (l, x) => sitePaths.walk(l, x), 'walk'),
      path: walkStart,
      title: walkTitle,
      intro: t('ui:walk.intro'),
      start: { label: t('ui:walk.start'), href: href(walkStart, sitePaths.walk(lang, s, protocol.start)) },
      options: [],
    },
    ...protocol.steps.map((modelStep): WalkPageView => {
      const step = stepById.get(modelStep.id)!;
      const path = sitePaths.walk(lang, s, step.id);
      const title = t('ui:walk.applies', { number: step.number });
      const edges = edgesOf(modelStep);
      const toWalk = (to: string) => href(path, sitePaths.walk(lang, s, to));
      const onlyNext = edges.length === 1 && edges[0]!.branch === undefined ? edges[0] : undefined;
      return {
        chrome: chrome(path, `${title} – ${walkTitle}`, describe([title, step.heading, ...step.items.map((item) => item.text)]), (l, x) => sitePaths.walk(l, x, step.id), 'walk'),
        path,
        title,
        readStep: { label: t('ui:walk.read-step', { number: step.number, title: step.title }), href: href(path, sitePaths.step(lang, s, step.id)) },
        ...(modelStep.decision ? { question: t('ui:walk.question') } : {}),
        options: modelStep.decision ? step.exits.map((exit) => ({ label: exit.condition!, href: toWalk(exit.to) })) : [],
        ...(onlyNext
          ? { then: { label: t('ui:walk.then', { number: stepById.get(onlyNext.to)!.number, title: t(stepTitleKey(onlyNext.to)) }), href: toWalk(onlyNext.to) } }
          : {}),
        ...(edges.length === 0 ? { end: t('ui:walk.end') } : {}),
        restart: restart(path),
      };
    }),
  ];
}
