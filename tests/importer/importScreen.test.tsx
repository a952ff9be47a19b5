// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { ImportedFile } from '../../src/importer/imported';
import type { ImportResult } from '../../src/importer/importCheck';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const stored: ImportedFile[] = [{ name: 'kept.yaml', text: 'id: kept', addedAt: 1 }];
const written: ImportedFile[][] = [];
const pending: { stored: ImportedFile[]; dropped: File[]; finish: () => void }[] = [];

vi.mock('../../src/importer/imported', () => ({
  readImported: async () => stored,
  writeImported: (files: ImportedFile[]) => written.push(files),
}));
// The check is held until the test lets it finish, so the test decides which one ends first.
vi.mock('../../src/importer/checkInWorker', () => ({
  checkInWorker: (have: ImportedFile[], dropped: File[] = []) =>
    new Promise<ImportResult>((resolve) => {
      const added = dropped.map((f) => ({ name: f.name, text: 'broken', addedAt: 2 }));
      const files = [...have, ...added];
      const problems = added.map((f) => ({
        file: f.name,
        path: 'level',
        line: 3,
        message: 'expected string, found number',
      }));
      pending.push({
        stored: have,
        dropped,
        finish: () =>
          resolve({
            files,
            added: added.map((a) => a.name),
            unread: [],
            checked: { problems, scenarios: [], packs: [] } as unknown as ImportResult['checked'],
          }),
      });
    }),
}));

const { ImportScreen } = await import('../../src/importer/ImportScreen');

const settle = () =>
  act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });

describe('import screen', () => {
  it('a file picked while the stored files are still being checked keeps them and shows its own problems', async () => {
    const el = document.createElement('div');
    document.body.append(el);
    const root = createRoot(el);
    await act(async () => root.render(<ImportScreen />));
    await settle();
    expect(pending).toHaveLength(1);

    const input = el.querySelector<HTMLInputElement>('input[type=file]')!;
    const file = new File(['level: 5'], 'broken.yaml', { type: 'text/yaml' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    // The picked file waits for the first check instead of racing it with an empty list.
    expect(pending).toHaveLength(1);

    await act(async () => pending[0]!.finish());
    await settle();
    expect(pending).toHaveLength(2);
    expect(pending[1]!.stored.map((f) => f.name)).toEqual(['kept.yaml']);
    await act(async () => pending[1]!.finish());
    await settle();

    expect(el.querySelectorAll('.import-problems li')).toHaveLength(1);
    expect(el.querySelector('.import-problems')!.textContent).toContain('broken.yaml');
    expect([...el.querySelectorAll('.imported strong')].map((s) => s.textContent)).toEqual([
      'kept.yaml',
      'broken.yaml',
    ]);
    expect(written.at(-1)!.map((f) => f.name)).toEqual(['kept.yaml', 'broken.yaml']);
    act(() => root.unmount());
  });
});
