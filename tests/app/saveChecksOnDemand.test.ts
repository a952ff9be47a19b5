import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Save } from '../../src/session/saves';

// The checks are loaded once per module, and these tests need them not loaded yet: the unit project
// shares modules between the files a worker runs (isolate: false), so this file imports its own copy.
let listSaves: typeof import('../../src/session/saves').listSaves;
let prepareSaveReads: typeof import('../../src/session/saves').prepareSaveReads;
let readSave: typeof import('../../src/session/saves').readSave;
let writeSave: typeof import('../../src/session/saves').writeSave;
beforeAll(async () => {
  vi.resetModules();
  ({ listSaves, prepareSaveReads, readSave, writeSave } = await import('../../src/session/saves'));
});

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

const save: Save = {
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
};

describe('save checks load only when there is a save to read', () => {
  it('a first visit (no saves) reads an empty list, and the save it then writes reads back', async () => {
    const storage = memoryStorage();
    await prepareSaveReads(storage);
    expect(listSaves(storage)).toEqual({ saves: [], problems: [] });
    writeSave(save, storage);
    expect(readSave('golden', 'candidate', storage)).toEqual(save);
  });

  it('a save this tab did not write is never read unchecked', () => {
    const storage = memoryStorage();
    storage.setItem('debrief.save.candidate.golden', JSON.stringify(save));
    expect(() => listSaves(storage)).toThrow(/prepareSaveReads/);
  });

  it('a stored save loads the checks, which set a broken one aside with a message', async () => {
    const storage = memoryStorage();
    storage.setItem('debrief.save.candidate.golden', JSON.stringify(save));
    storage.setItem('debrief.save.candidate.other', '{"format": 1, "scenarioId": ');
    await prepareSaveReads(storage);
    const { saves, problems } = listSaves(storage);
    expect(saves).toEqual([save]);
    expect(problems.map((p) => p.key)).toEqual(['candidate.other']);
    expect(storage.getItem('debrief.set-aside.candidate.other')).toBe('{"format": 1, "scenarioId": ');
  });
});
