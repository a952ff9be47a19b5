import { useState } from 'react';
import { bundledPacks } from './sources';
import { writeSkeleton } from './skeleton';

/** "New scenario": a pack, a level and the rounds to include make a skeleton that already passes the check. */
export function NewScenarioForm({ onCreate }: { onCreate: (name: string, text: string) => void }) {
  const [packId, setPackId] = useState(bundledPacks[0]?.id ?? '');
  const pack = bundledPacks.find((p) => p.id === packId);
  const [level, setLevel] = useState(pack?.comp.levels[0] ?? '');
  const [rounds, setRounds] = useState<string[]>(pack?.loop.rounds.map((r) => r.id) ?? []);
  const [id, setId] = useState('x01-my-scenario');
  const [title, setTitle] = useState('My scenario');
  const validId = /^[a-z0-9][a-z0-9-]*$/.test(id);
  const pick = (next: string) => {
    const p = bundledPacks.find((x) => x.id === next);
    setPackId(next);
    setLevel(p?.comp.levels[0] ?? '');
    setRounds(p?.loop.rounds.map((r) => r.id) ?? []);
  };
  return (
    <form
      className="studio-new"
      onSubmit={(e) => {
        e.preventDefault();
        if (!pack || !validId || !rounds.length) return;
        onCreate(`${id}.yaml`, writeSkeleton({ pack, level, rounds, id, title: title.trim() || id }));
      }}
    >
      <h2>New scenario</h2>
      <label>
        Id <input value={id} onChange={(e) => setId(e.target.value)} aria-invalid={!validId} />
      </label>
      {!validId && <p className="notice">An id is lowercase letters, digits and dashes, such as x01-my-scenario.</p>}
      <label>
        Title <input value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        Pack{' '}
        <select value={packId} onChange={(e) => pick(e.target.value)}>
          {bundledPacks.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        Level{' '}
        <select value={level} onChange={(e) => setLevel(e.target.value)}>
          {pack?.comp.levels.map((l) => (
            <option key={l}>{l}</option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Rounds to include</legend>
        {pack?.loop.rounds.map((r) => (
          <label key={r.id} className="check">
            <input
              type="checkbox"
              checked={rounds.includes(r.id)}
              onChange={(e) =>
                setRounds(
                  pack.loop.rounds.map((x) => x.id).filter((x) => (x === r.id ? e.target.checked : rounds.includes(x))),
                )
              }
            />{' '}
            {r.title} <span className="muted">(day {r.day})</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button primary" disabled={!pack || !validId || !rounds.length}>
        Write the skeleton
      </button>
    </form>
  );
}
