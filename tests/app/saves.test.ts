import { beforeAll, describe, expect, it } from 'vitest';
import {
  listSaves,
  loadSaveChecks,
  readSave,
  writeSave,
  contentHash,
  setAsideOrphans,
  type Save,
} from '../../src/session/saves';
import { storageNotices, resetStoreForTests } from '../../src/session/store';
import { readPresenterState } from '../../src/present/presenterState';
import { START } from '../../src/present/deck';
import { golden } from '../helpers/golden';

// The save checks load on demand in the app; the tests load them once, as the app does before its first read.
beforeAll(loadSaveChecks);

/** An in-memory Storage, so the save rules are tested without a browser; `quota` makes it full. */
function memoryStorage(quota = Infinity): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      const used = [...data].reduce((n, [key, val]) => n + (key === k ? 0 : key.length + val.length), 0);
      if (used + k.length + v.length > quota)
        throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
  };
}

const save = (over: Partial<Save> = {}): Save => ({
  format: 1,
  scenarioId: 'golden',
  title: 'Golden',
  mode: 'candidate',
  contentHash: 'abc',
  steps: 's1-ok',
  updatedAt: 1,
  finished: false,
  outcome: null,
  seat: null,
  ...over,
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

  it('a full storage is said aloud and the last save is kept, not lost silently', () => {
    resetStoreForTests();
    const s = memoryStorage(600);
    writeSave(save({ steps: 's1-ok' }), s);
    writeSave(save({ steps: `s1-ok.${'t1-ok.'.repeat(200)}` }), s);
    expect(storageNotices().map((n) => n.message)).toEqual([
      "Debrief could not store your progress in this session in this browser: the browser's storage for this site is full. What was stored before is kept; this change lives only until the tab is closed.",
    ]);
    expect(readSave('golden', 'candidate', s)?.steps).toBe('s1-ok');
  });

  it('a save for a scenario the library no longer has is set aside and listed, not hidden', () => {
    const s = memoryStorage();
    writeSave(save({ scenarioId: 'golden' }), s);
    writeSave(save({ scenarioId: 'deleted-one', title: 'A deleted scenario' }), s);
    const { saves, problems } = setAsideOrphans(listSaves(s).saves, new Set(['golden']), s);
    expect(saves.map((x) => x.scenarioId)).toEqual(['golden']);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(
        /^A saved session of “A deleted scenario” \(candidate mode\) is for a scenario this library no longer has \(deleted-one\)\. It has been set aside/,
      ),
    ]);
    expect(JSON.parse(s.getItem('debrief.set-aside.candidate.deleted-one') ?? 'null')).toMatchObject({
      title: 'A deleted scenario',
    });
    expect(listSaves(s).saves.map((x) => x.scenarioId)).toEqual(['golden']);
  });

  it("notices when a scenario's content changed since the save", () => {
    const before = contentHash(golden().scenario);
    const edited = golden({ scenario: (x) => ({ ...x, title: 'Edited' }) }).scenario;
    expect(contentHash(edited)).not.toBe(before);
    expect(contentHash(golden().scenario)).toBe(before);
  });
});

describe("the presenter's saved place", () => {
  it.each([
    '{"revealed":5}',
    '{"index":"x"}',
    '{"tally":null}',
    '{"index":-1}',
    '{"tally":{"s":{"a":"many"}}}',
    '[1,2]',
    '{"index": 2,',
  ])('%s is set aside with a notice, and the deck starts from the first slide', (raw) => {
    resetStoreForTests();
    const s = memoryStorage();
    s.setItem('debrief.present.golden', raw);
    expect(readPresenterState('debrief.present.golden', s)).toEqual(START);
    expect(s.getItem('debrief.present.golden')).toBeNull();
    expect(s.getItem('debrief.set-aside.present.golden')).toBe(raw);
    expect(storageNotices().map((n) => n.message)).toEqual([
      expect.stringMatching(
        /^The presenter's saved place could not be read because .*It has been set aside, and the session starts from the first slide\.$/,
      ),
    ]);
  });

  it('a good state is read back as it was, filled in from the start where a field is missing', () => {
    const s = memoryStorage();
    s.setItem('debrief.present.golden', JSON.stringify({ index: 3, revealed: ['p1'], tally: { p1: { a: 4 } } }));
    expect(readPresenterState('debrief.present.golden', s)).toEqual({
      index: 3,
      revealed: ['p1'],
      blank: false,
      tally: { p1: { a: 4 } },
    });
  });
});
