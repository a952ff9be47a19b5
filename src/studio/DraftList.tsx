import { useEffect, useState } from 'react';
import { deleteDraft, listDrafts, type Draft } from './drafts';

/** The studio's drafts in this browser, listed beside the imported files: each opens in the studio. */
export function DraftList() {
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  useEffect(() => {
    let live = true;
    listDrafts().then((d) => live && setDrafts(d));
    return () => {
      live = false;
    };
  }, []);
  return (
    <section aria-labelledby="drafts-head">
      <h2 id="drafts-head">Drafts in the studio</h2>
      {drafts && !drafts.length && (
        <p className="muted">
          No drafts. <a href="#/studio">Write a scenario in the studio</a>.
        </p>
      )}
      <ul className="imported">
        {drafts?.map((d) => (
          <li key={d.id}>
            <strong>{d.name}</strong> <span className="muted">edited {new Date(d.updatedAt).toLocaleString()}</span>
            <a className="button primary" href={`#/studio?draft=${d.id}`}>
              Open in studio
            </a>
            <button
              type="button"
              onClick={() => {
                deleteDraft(d.id);
                setDrafts(drafts.filter((x) => x.id !== d.id));
              }}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
