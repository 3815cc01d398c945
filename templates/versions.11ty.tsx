// The change history of a sector or edition, and the page of each release:
// the page a printed product's QR code opens (src/views/versions.ts).
import type { ChangeView, VersionPageView } from '../src/views/versions.ts';
import { Layout } from './_components/layout.tsx';
import { onePagePer } from './_components/paginate.ts';

export const data = onePagePer('versions');

function Changes({ changes }: { changes: ChangeView[] }) {
  return (
    <ul class="kr-changes">
      {changes.map((change) => (
        <li>
          <p>{change.summary}</p>
          {change.before && (
            <p>
              {change.before.label} <del>{change.before.text}</del>
            </p>
          )}
          {change.after && (
            <p>
              {change.after.label} <ins>{change.after.text}</ins>
            </p>
          )}
          {change.offProducts && <p>{change.offProducts}</p>}
        </li>
      ))}
    </ul>
  );
}

export function render({ view }: { view: VersionPageView }) {
  return (
    <Layout chrome={view.chrome}>
      <h1>{view.title}</h1>
      {view.youHold && <p class="kr-lead">{view.youHold}</p>}
      {view.status && <p class={view.current ? 'kr-version kr-version--current' : 'kr-version kr-version--old'}>{view.status}</p>}
      {view.changesHeading && <h2>{view.changesHeading}</h2>}
      {view.changes.length > 0 && <Changes changes={view.changes} />}
      {view.products.map((group) => (
        <>
          <h2>{group.heading}</h2>
          <ul>
            {group.names.map((name) => (
              <li>{name}</li>
            ))}
          </ul>
        </>
      ))}
      {view.links.length > 0 && (
        <ul class="kr-version-links">
          {view.links.map((link) => (
            <li>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
      )}
      {view.entries.map((entry) => (
        <section>
          <h2>
            <a href={entry.href}>{entry.heading}</a>
          </h2>
          {entry.note && <p>{entry.note}</p>}
          {entry.empty && <p>{entry.empty}</p>}
          {entry.changes.length > 0 && <Changes changes={entry.changes} />}
        </section>
      ))}
    </Layout>
  );
}
