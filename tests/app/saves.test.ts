import { describe, expect, it } from 'vitest';
import { listSaves, readSave, writeSave, contentHash, type Save } from '../../src/session/saves';
import { golden } from '../helpers/golden';

/** An in-memory Storage, so the save rules are tested without a browser. */
function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() { return data.size; },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
  };
}

const save = (over: Partial<Save> = {}): Save => ({
  format: 1, scenarioId: 'golden', title: 'Golden', mode: 'candidate', contentHash: 'abc', steps: 's1-ok',
  updatedAt: 1, finished: false, outcome: null, seat: null, ...over,
});

describe('saved sessions', () => {
  it('keeps one save per scenario and mode, newest first', () => {
    const s = memoryStorage();
    writeSave(save({ updatedAt: 1 }), s);
    writeSave(save({ updatedAt: 2, steps: 's1-ok.t1-ok' }), s);
    writeSave(save({ mode: 'committee', seat: 'hank', updatedAt: 3 }), s);
    const { saves, problems } = listSaves(s);
    expect(problems).toEqual([]);
    expect(saves.map((x) => x.mode)).toEqual(['committee', 'candidate']);
    expect(readSave('golden', 'candidate', s)?.steps).toBe('s1-ok.t1-ok');
  });

  it('sets a corrupt or future-format save aside with a plain message, and keeps the rest', () => {
    const s = memoryStorage();
    writeSave(save(), s);
    s.setItem('debrief.save.candidate.broken', '{"format": 1, "steps": ');
    s.setItem('debrief.save.candidate.future', JSON.stringify({ ...save(), format: 7 }));
    const { saves, problems } = listSaves(s);
    expect(saves).toHaveLength(1);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/could not be opened because it is not readable data/),
      expect.stringMatching(/format 7, and this version of Debrief reads format 1/),
    ]);
    expect(s.getItem('debrief.set-aside.candidate.broken')).toBe('{"format": 1, "steps": ');
    expect(listSaves(s).problems).toEqual([]);
  });

  it("notices when a scenario's content changed since the save", () => {
    const before = contentHash(golden().scenario);
    const edited = golden({ scenario: (x) => ({ ...x, title: 'Edited' }) }).scenario;
    expect(contentHash(edited)).not.toBe(before);
    expect(contentHash(golden().scenario)).toBe(before);
  });
});
