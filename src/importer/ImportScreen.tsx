import { useState } from 'react';
import { checkImports } from './check';
import { readImported, writeImported, type ImportedFile } from './imported';
import { hrefFor } from '../app/router';

/** The scenario and pack files inside a zip (a pack folder zipped with its scenarios), read in the browser. */
async function filesInZip(file: File): Promise<ImportedFile[]> {
  const { unzipSync, strFromU8 } = await import('fflate');
  const entries = unzipSync(new Uint8Array(await file.arrayBuffer()));
  return Object.entries(entries)
    .filter(([path]) => /\.(ya?ml|json)$/i.test(path) && !path.split('/').some((part) => part.startsWith('.') || part.startsWith('_')))
    .map(([path, bytes]) => ({ name: `${file.name}/${path}`, text: strFromU8(bytes), addedAt: Date.now() }));
}

/** Bring your own scenario: drop or pick YAML/JSON files; they are checked here and kept in this browser only. */
export function ImportScreen() {
  const [files, setFiles] = useState<ImportedFile[]>(() => readImported());
  const [last, setLast] = useState<string[]>([]);
  const [dragging, setDragging] = useState(false);
  const checked = checkImports(files);
  const add = async (list: FileList | null) => {
    if (!list?.length) return;
    const added: ImportedFile[] = [];
    for (const f of Array.from(list)) {
      if (/\.zip$/i.test(f.name)) added.push(...(await filesInZip(f)));
      else if (/\.(ya?ml|json)$/i.test(f.name)) added.push({ name: f.name, text: await f.text(), addedAt: Date.now() });
    }
    const next = [...files.filter((f) => !added.some((a) => a.name === f.name)), ...added];
    writeImported(next);
    setFiles(next);
    setLast(added.map((a) => a.name));
  };
  const remove = (name: string) => {
    const next = files.filter((f) => f.name !== name);
    writeImported(next);
    setFiles(next);
  };
  return (
    <div className="page">
      <a href="#/" className="back">← Library</a>
      <h1>Import a scenario</h1>
      <p className="lede">Drop a scenario or pack file (YAML or JSON), or a pack folder as a zip, here, or choose one. It is checked with the same schema as <code>npx debrief validate</code>, kept in this browser, and never uploaded.</p>
      <label
        className={dragging ? 'dropzone over' : 'dropzone'}
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => { e.preventDefault(); setDragging(false); void add(e.dataTransfer.files); }}
      >
        <span>Drop .yaml, .yml or .json files, or a zipped pack folder, here, or</span>
        <input type="file" accept=".yaml,.yml,.json,.zip" multiple onChange={(e) => void add(e.target.files)} aria-label="Choose scenario files" />
      </label>
      <section aria-live="polite">
        {!!checked.problems.length && (
          <div className="problems" role="alert">
            <h2>Problems{last.length ? ` in ${last.join(', ')}` : ''}</h2>
            <ul className="import-problems">
              {checked.problems.map((p, i) => (
                <li key={i}><code>{p.file}</code>{p.line ? <span className="line"> line {p.line}</span> : null} · <code>{p.path}</code>: {p.message}</li>
              ))}
            </ul>
          </div>
        )}
        <h2>Imported</h2>
        {!files.length && <p className="muted">Nothing imported yet.</p>}
        <ul className="imported">
          {files.map((f) => {
            const s = checked.scenarios.find((x) => x.file.name === f.name);
            const pack = checked.packs.find(() => !s && !checked.problems.some((p) => p.file === f.name));
            return (
              <li key={f.name}>
                <strong>{s ? s.resolved.scenario.title : f.name}</strong>{' '}
                <span className="muted">{s ? `${f.name} · ${s.resolved.pack.title}` : pack ? 'a pack' : 'has problems'}</span>
                {s && <a className="button primary" href={hrefFor({ name: 'play', mode: 'candidate', id: s.resolved.scenario.id, steps: null })}>Play</a>}
                <button type="button" onClick={() => remove(f.name)}>Remove</button>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
