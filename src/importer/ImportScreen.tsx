import { useEffect, useRef, useState } from 'react';
import { checkInWorker } from './checkInWorker';
import { readImported, writeImported, type ImportedFile } from './imported';
import type { ImportResult } from './importCheck';
import { hrefFor } from '../shared/router';
import { formatCount } from '../../machines/format';
import { DraftList } from '../studio/DraftList';

/** Problem rows shown at once; a 10,000-file zip must not render 130,000 of them. */
const MAX_PROBLEM_ROWS = 200;

const listOf = (names: string[]) =>
  names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} other files`;

/** Bring your own scenario: drop or pick YAML/JSON files; they are checked in a worker and kept in this browser only. */
export function ImportScreen() {
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(true);
  const [failure, setFailure] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const files = result?.files ?? [];

  // Checks run one after another, each from the files the one before left: a file picked while the
  // stored files are still being checked must neither be overwritten by that check's older result
  // nor be checked against an empty list (which would drop the stored files from this browser).
  const queue = useRef<Promise<ImportedFile[]>>(Promise.resolve([]));
  const enqueue = (
    plan: (current: ImportedFile[]) => { stored: ImportedFile[]; dropped: File[]; persist: boolean },
  ) => {
    queue.current = queue.current.then(async (current) => {
      const { stored, dropped, persist } = plan(current);
      setBusy(true);
      setFailure(null);
      try {
        if (persist) writeImported(stored);
        const next = await checkInWorker(stored, dropped);
        if (next.added.length) writeImported(next.files);
        setResult(next);
        return next.files;
      } catch (err) {
        setFailure(
          `The files could not be checked: ${err instanceof Error ? err.message : String(err)}. Nothing was imported.`,
        );
        return stored;
      } finally {
        setBusy(false);
      }
    });
  };
  useEffect(() => {
    queue.current = readImported();
    enqueue((stored) => ({ stored, dropped: [], persist: false }));
  }, []);

  const add = (list: FileList | null) => {
    const dropped = Array.from(list ?? []);
    if (dropped.length) enqueue((current) => ({ stored: current, dropped, persist: false }));
  };
  const remove = (name: string) =>
    enqueue((current) => ({ stored: current.filter((f) => f.name !== name), dropped: [], persist: true }));

  const problems = result ? [...result.unread, ...result.checked.problems] : [];
  const withProblems = [...new Set(problems.map((p) => p.file))];
  const ready = result ? result.added.filter((name) => !withProblems.includes(name)) : [];
  const readyText = ready.map((name) => {
    const s = result!.checked.scenarios.find((x) => x.file === name);
    return s ? `“${s.title}” is ready to play` : `${name} is imported as a pack`;
  });
  return (
    <main className="page">
      <a href="#/" className="back">
        ← Library
      </a>
      <h1>Import a scenario</h1>
      <p className="lede">
        Drop a scenario or pack file (YAML or JSON), or a pack folder as a zip, here, or choose one. It is checked as{' '}
        <code>npx debrief validate</code> checks it (schema, references, every branch and named path), kept in this
        browser, and never uploaded.
      </p>
      <label
        className={dragging ? 'dropzone over' : 'dropzone'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          add(e.dataTransfer.files);
        }}
      >
        <span>Drop .yaml, .yml or .json files, or a zipped pack folder, here, or</span>
        <input
          type="file"
          accept=".yaml,.yml,.json,.zip"
          multiple
          onChange={(e) => add(e.target.files)}
          aria-label="Choose scenario files"
        />
      </label>
      <section aria-live="polite">
        {busy && <p role="status">Checking…</p>}
        {failure && (
          <p className="notice" role="alert">
            {failure}
          </p>
        )}
        {!busy && !!readyText.length && (
          <p className="notice success" role="status">
            Imported: {readyText.join('; ')}.
          </p>
        )}
        {!!problems.length && (
          <div className="problems" role="alert">
            <h2>Problems in {listOf(withProblems)}</h2>
            <ul className="import-problems">
              {problems.slice(0, MAX_PROBLEM_ROWS).map((p, i) => {
                // One form for every problem: the file, its line, then the field (a syntax error has none).
                const lineOnly = /^line \d+$/.test(p.path);
                return (
                  <li key={i}>
                    <code>{p.file}</code>
                    {p.line ? <span className="line"> · line {p.line}</span> : null}
                    {lineOnly ? null : (
                      <>
                        {' '}
                        · <code>{p.path}</code>
                      </>
                    )}
                    : {p.message}
                  </li>
                );
              })}
            </ul>
            {problems.length > MAX_PROBLEM_ROWS && (
              <p className="more">and {formatCount(problems.length - MAX_PROBLEM_ROWS)} more problems</p>
            )}
          </div>
        )}
        <h2>Imported</h2>
        {!busy && !files.length && <p className="muted">Nothing imported yet.</p>}
        <ul className="imported">
          {files.map((f) => {
            const s = result?.checked.scenarios.find((x) => x.file === f.name);
            const pack = !s && !withProblems.includes(f.name);
            return (
              <li key={f.name}>
                <strong>{s ? s.title : f.name}</strong>{' '}
                <span className="muted">{s ? `${f.name} · ${s.packTitle}` : pack ? 'a pack' : 'has problems'}</span>
                {s && (
                  <a
                    className="button primary"
                    href={hrefFor({ name: 'play', mode: 'candidate', id: s.id, steps: null })}
                  >
                    Play
                  </a>
                )}
                <button type="button" onClick={() => remove(f.name)}>
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      </section>
      <DraftList />
    </main>
  );
}
