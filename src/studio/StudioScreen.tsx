import { useEffect, useState } from 'react';
import { cards } from 'virtual:debrief-index';
import { replaceRoute } from '../shared/router';
import { deleteDraft, listDrafts, newDraftId, readDraft, writeDraft, type Draft } from './drafts';
import { NewScenarioForm } from './NewScenarioForm';
import { decodeDraft } from './shareLink';
import { bundledFile, packList } from './sources';
import { Workspace } from './Workspace';
import './studio.css';

type Opening =
  | { state: 'new'; name: string; text: string }
  | { state: 'loading' }
  | { state: 'start'; drafts: Draft[] }
  | { state: 'open'; draft: Draft }
  | { state: 'error'; message: string };

/** Keep a new draft and show its own address, so a reload opens it again. */
function begin(name: string, text: string): Draft {
  const draft = { id: newDraftId(), name, text, updatedAt: Date.now() };
  writeDraft(draft);
  replaceRoute({ name: 'studio', id: null, query: `draft=${draft.id}` });
  return draft;
}

/** What a studio address opens: a shared link's draft, a kept draft, a copy of a bundled file, or the start page. */
async function open(id: string | null, query: string): Promise<Opening> {
  const params = new URLSearchParams(query);
  const payload = params.get('d');
  if (payload) {
    const decoded = decodeDraft(payload);
    if (!decoded.ok) return { state: 'error', message: `This share link could not be opened: ${decoded.message}.` };
    return { state: 'new', name: decoded.draft.name, text: decoded.draft.text };
  }
  const draftId = params.get('draft');
  if (draftId) {
    const draft = await readDraft(draftId);
    return draft
      ? { state: 'open', draft }
      : {
          state: 'error',
          message: 'This draft is not in this browser (drafts are kept per browser; share a link instead).',
        };
  }
  if (id) {
    const file = await bundledFile(id);
    if (!file) return { state: 'error', message: `There is no scenario or pack called “${id}” to open.` };
    return { state: 'new', name: file.name, text: file.text };
  }
  return { state: 'start', drafts: await listDrafts() };
}

/** The authoring studio (#/studio): write a scenario or a pack and play it in the same window. */
export function StudioScreen({ id, query }: { id: string | null; query: string }) {
  const [opening, setOpening] = useState<Opening>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setOpening({ state: 'loading' });
    open(id, query).then(
      // A new draft is kept (and its address shown) only by the opening still wanted: never twice.
      (o) => live && setOpening(o.state === 'new' ? { state: 'open', draft: begin(o.name, o.text) } : o),
      (err: unknown) =>
        live && setOpening({ state: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [id, query]);

  if (opening.state === 'loading' || opening.state === 'new')
    return (
      <p className="page" role="status">
        Opening the studio…
      </p>
    );
  return (
    <main className="studio-page">
      <p className="studio-crumbs">
        <a href="#/" className="back">
          ← Library
        </a>{' '}
        <a href="#/studio" className="back">
          Studio
        </a>
      </p>
      {opening.state === 'error' ? (
        <p className="notice" role="alert">
          {opening.message}
        </p>
      ) : opening.state === 'open' ? (
        <Workspace key={opening.draft.id} draft={opening.draft} />
      ) : (
        <StudioStart
          drafts={opening.drafts}
          onCreate={(name, text) => setOpening({ state: 'open', draft: begin(name, text) })}
          onDelete={(d) => {
            deleteDraft(d.id);
            setOpening({ state: 'start', drafts: opening.drafts.filter((x) => x.id !== d.id) });
          }}
        />
      )}
    </main>
  );
}

function StudioStart({
  drafts,
  onCreate,
  onDelete,
}: {
  drafts: Draft[];
  onCreate: (name: string, text: string) => void;
  onDelete: (d: Draft) => void;
}) {
  return (
    <div className="page studio-start">
      <h1>Studio</h1>
      <p className="lede">
        Write a scenario in YAML and play it beside the text: problems show at their lines as you type, the branch map
        shows where every answer leads and how its paths end, and the play pane replays your path after each edit.
        Drafts stay in this browser until you download or share them.
      </p>
      <div className="studio-start-grid">
        <NewScenarioForm onCreate={onCreate} />
        <section>
          <h2>Your drafts</h2>
          {drafts.length ? (
            <ul className="studio-drafts">
              {drafts.map((d) => (
                <li key={d.id}>
                  <a href={`#/studio?draft=${d.id}`}>{d.name}</a>{' '}
                  <span className="muted">{new Date(d.updatedAt).toLocaleString()}</span>{' '}
                  <button type="button" className="link" onClick={() => onDelete(d)}>
                    Delete
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No drafts yet.</p>
          )}
          <h2>Start from a shipped file</h2>
          <p className="muted">Opens an editable copy; the shipped file is never changed.</p>
          <ul className="studio-drafts">
            {cards.map((c) => (
              <li key={c.id}>
                <a href={`#/studio/${c.id}`}>{c.title}</a> <span className="muted">{c.id}</span>
              </li>
            ))}
            {packList().map((p) => (
              <li key={p.id}>
                <a href={`#/studio/${p.id}`}>{p.title}</a> <span className="muted">pack · {p.id}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
