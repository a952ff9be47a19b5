import { beforeAll, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { ContinueList } from '../../src/app/ContinueList';
import { listSaves, loadSaveChecks, writeSave, type Save } from '../../src/session/saves';

beforeAll(loadSaveChecks);

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
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
  updatedAt: Date.UTC(2026, 0, 2),
  finished: false,
  outcome: null,
  seat: null,
  ...over,
});

// A save edited by hand or written by a broken build: `updatedAt: 1e300` is a number, but no Date
// can hold it, and formatting it threw on every load of the library (the error page, and "Back to
// the library" led straight back to it).
describe('a save whose time no date can hold', () => {
  it('is set aside with a notice, the raw text kept, and the other saves listed', () => {
    const s = memoryStorage();
    writeSave(save(), s);
    const raw = JSON.stringify(save({ mode: 'committee', updatedAt: 1e300 }));
    s.setItem('debrief.save.committee.golden', raw);
    const { saves, problems } = listSaves(s);
    expect(saves.map((x) => x.mode)).toEqual(['candidate']);
    expect(problems).toEqual([
      { key: 'committee.golden', message: expect.stringMatching(/its updatedAt is not what a save holds.*set aside/) },
    ]);
    expect(s.getItem('debrief.set-aside.committee.golden')).toBe(raw);
    expect(listSaves(s).problems).toEqual([]);
  });

  it('listed anyway, the Continue list shows it without throwing', () => {
    const titles = new Map([['golden', 'Golden']]);
    for (const updatedAt of [1e300, -1e300, Number.NaN, 8.64e15 + 1]) {
      const html = renderToStaticMarkup(<ContinueList saves={[save({ updatedAt })]} titles={titles} />);
      expect(html).toContain('date unknown');
    }
    expect(renderToStaticMarkup(<ContinueList saves={[save()]} titles={titles} />)).toMatch(/2026/);
  });
});
