import { useEffect, useMemo, useRef, useState } from 'react';
import { formatCount } from '../../machines/format';
import { BranchMap, endsText } from './BranchMap';
import { writeDraft, type Draft } from './drafts';
import { createEditor, type StudioEditor } from './editor';
import { PlayPane } from './PlayPane';
import { choicesTo } from './playState';
import { shareUrl } from './shareLink';
import { bundledPacks, contentJsonSchema, ruleKinds } from './sources';
import { useStudioChecks } from './useStudioChecks';
import { lineFinder, type FieldPath } from './yamlPath';

const SAVE_DEBOUNCE_MS = 200;

/** Hand the draft's text to the browser as a file. */
function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/yaml' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** One draft open in the studio: the editor and its problems, the play pane and the branch map beside it. */
export function Workspace({ draft }: { draft: Draft }) {
  const [text, setText] = useState(draft.text);
  const [name, setName] = useState(draft.name);
  const [cursorLine, setCursorLine] = useState(1);
  const [tab, setTab] = useState<'play' | 'map'>('play');
  const [choices, setChoices] = useState<string[]>([]);
  const [shared, setShared] = useState<string | null>(null);
  const [saved, setSaved] = useState(true);
  const edited = useRef(false);
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<StudioEditor | null>(null);
  const [mapShown, setMapShown] = useState(false);
  const checks = useStudioChecks(name, text, mapShown);
  const { check } = checks;

  // One editor for the draft's life: its own state (text, history, selection) is the source of truth after this.
  // biome-ignore lint/correctness/useExhaustiveDependencies: made once per draft, from its first text
  useEffect(() => {
    editor.current = createEditor({
      parent: host.current!,
      text: draft.text,
      schema: contentJsonSchema(),
      packs: () => bundledPacks,
      ruleKinds,
      onChange: (t) => {
        setText(t);
        setSaved(false);
      },
      onCursorLine: setCursorLine,
    });
    return () => editor.current?.destroy();
  }, [draft.id]);

  // The draft is kept as it is typed (and renamed): a reload or a closed tab loses nothing.
  // biome-ignore lint/correctness/useExhaustiveDependencies: written when the text or the name changes, not when saved flips
  useEffect(() => {
    // Not on opening (the draft is stored as it is); after that every change, an undo back to it included.
    if (!edited.current) {
      edited.current = true;
      return;
    }
    const timer = setTimeout(() => {
      writeDraft({ ...draft, name, text, updatedAt: Date.now() });
      setSaved(true);
    }, SAVE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, name]);

  useEffect(() => {
    if (check) editor.current?.showProblems(check.problems, name);
  }, [check, name]);

  const lines = check?.lines ?? [];
  const active = useMemo(() => {
    let found: (typeof lines)[number] | null = null;
    for (const l of lines) if (l.line <= cursorLine) found = l;
    return found && { prompt: found.prompt, option: found.option };
  }, [lines, cursorLine]);

  const jump = (path: FieldPath) => {
    const line = lineFinder(editor.current!.text())(path);
    if (line) editor.current!.goToLine(line);
  };
  const resolved = checks.playable?.resolved ?? null;
  const playFrom = (option: string) => {
    if (!resolved) return;
    const to = choicesTo(resolved, option, choices);
    if (to) {
      setChoices(to);
      setTab('play');
    }
  };
  const share = async () => {
    const url = shareUrl(window.location.href, { name, text });
    if (!url) {
      setShared('This draft is too large for a link; download it as YAML and send the file instead.');
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      setShared('Link copied. It holds the whole draft; whoever opens it gets their own copy.');
    } catch {
      setShared('Copy this link (the clipboard was not available):');
    }
    setSharedUrl(url);
  };
  const [sharedUrl, setSharedUrl] = useState<string | null>(null);
  const problems = check?.problems ?? [];
  const stale = !!check && !check.playable && !!resolved;
  const counts = checks.counts;

  return (
    <div className="studio">
      <div className="studio-bar" role="toolbar" aria-label="Draft">
        <label className="studio-name">
          <span className="visually-hidden">File name</span>
          <input
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setSaved(false);
            }}
            aria-label="File name"
          />
        </label>
        <button type="button" onClick={() => editor.current?.undo()}>
          Undo
        </button>
        <button type="button" onClick={() => editor.current?.redo()}>
          Redo
        </button>
        <button type="button" onClick={() => download(name, text)}>
          Download YAML
        </button>
        <button type="button" onClick={share}>
          Copy share link
        </button>
        <span className="muted studio-saved" role="status">
          {saved ? 'Saved in this browser' : 'Saving…'}
        </span>
      </div>
      {shared && (
        <p className="notice" role="status">
          {shared}{' '}
          {sharedUrl && (
            <input
              className="studio-link"
              readOnly
              value={sharedUrl}
              aria-label="Share link"
              onFocus={(e) => e.target.select()}
            />
          )}
        </p>
      )}
      <div className="studio-panes">
        <section className="studio-edit" aria-label="Editor">
          <div ref={host} className="studio-editor" />
          <section className="studio-problems" aria-labelledby="studio-problems-head" aria-live="polite">
            <h2 id="studio-problems-head">
              {checks.checking && !check
                ? 'Checking…'
                : problems.length
                  ? `${formatCount(problems.length)} problem${problems.length === 1 ? '' : 's'}`
                  : 'No problems'}
              {check?.rechecked.length ? (
                <span className="muted"> · {check.rechecked.length} scenarios of this pack re-checked</span>
              ) : null}
            </h2>
            {checks.failure && (
              <p className="notice" role="alert">
                {checks.failure}
              </p>
            )}
            <ul>
              {problems.slice(0, 200).map((p, i) => (
                <li key={i}>
                  {p.file === name && p.line ? (
                    <button type="button" className="link" onClick={() => editor.current?.goToLine(p.line!)}>
                      line {p.line}
                    </button>
                  ) : (
                    <code>{p.file}</code>
                  )}{' '}
                  · <code>{p.path}</code>: {p.message}
                </li>
              ))}
            </ul>
          </section>
        </section>
        <section className="studio-side" aria-label="Play and map">
          <div className="studio-tabs" role="tablist">
            <button type="button" role="tab" aria-selected={tab === 'play'} onClick={() => setTab('play')}>
              Play
            </button>
            <button
              type="button"
              role="tab"
              aria-selected={tab === 'map'}
              onClick={() => {
                setTab('map');
                setMapShown(true);
              }}
            >
              Map
            </button>
          </div>
          <p className="studio-counts" aria-live="polite">
            {counts ? (
              <>
                <strong>{formatCount(counts.paths)} paths</strong>: {endsText(counts)}
              </>
            ) : resolved ? (
              'Counting the paths…'
            ) : null}
            {checks.countProgress && checks.countProgress.done < checks.countProgress.of && (
              <span className="muted">
                {' '}
                · counting each option ({checks.countProgress.done} of {checks.countProgress.of})
              </span>
            )}
          </p>
          <div role="tabpanel" className="studio-tabpanel">
            {check?.kind === 'pack' ? (
              <p className="muted">
                A pack has no play or map of its own: its scenarios are re-checked against it as you type, and their
                problems are listed beside the editor.
              </p>
            ) : tab === 'play' ? (
              <PlayPane resolved={resolved} stale={stale} choices={choices} setChoices={setChoices} />
            ) : (
              <BranchMap
                prompts={checks.prompts}
                layout={checks.layout}
                counts={counts}
                active={active}
                onJump={jump}
                onPlayFrom={playFrom}
              />
            )}
          </div>
        </section>
      </div>
    </div>
  );
}
