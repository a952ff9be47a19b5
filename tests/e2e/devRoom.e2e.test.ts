import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserAvailable } from './browser';
import { WAIT, workshopRig } from './roomPages';
import { freePort, killServer, startDevServer } from './roomServer';

/** `npm start` on a free port, its rooms in a folder of their own. */
async function devServer() {
  const data = mkdtempSync(join(tmpdir(), 'debrief-devroom-e2e-'));
  const port = await freePort();
  const child = await startDevServer(port, data);
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: async () => {
      await killServer(child);
      rmSync(data, { recursive: true, force: true });
    },
  };
}

// room.e2e.test.ts runs its rooms under `debrief serve`; this holds that `npm start` (the dev
// server, with the room server attached by its plugin) hosts a room end to end as well.
describe.runIf(browserAvailable())('a room under npm start', () => {
  const { openRoom, phone } = workshopRig('devroom', devServer);

  it('a facilitator opens a room, a phone joins by its code and votes, and the projector counts it', async () => {
    const { fac, projector, code } = await openRoom('c03-who-sets-vision', /phones vote the answers/);
    const ann = await phone(code, 'Ann');
    await fac.getByRole('button', { name: /Start/ }).click();
    await ann.locator('.join-option').first().click();
    await ann.getByText('Vote counted').waitFor(WAIT);
    await expect.poll(() => projector.locator('.projector-count').textContent(), WAIT).toBe('1 of 1 voted');
  });
});
