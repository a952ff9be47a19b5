import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { build } from 'vite';
import { loadLibrary, REPO_SCENARIOS } from '../../src/content/library';

const root = join(import.meta.dirname, '../..');

describe('the built library screen', () => {
  it("carries the first screen's cards in index.html, so the first paint shows them before any script runs", {
    timeout: 600_000,
  }, async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'debrief-prerender-'));
    try {
      await build({ root, configLoader: 'runner', logLevel: 'error', build: { outDir, emptyOutDir: true } });
      const html = readFileSync(join(outDir, 'index.html'), 'utf8');
      const ids = loadLibrary([REPO_SCENARIOS])
        .scenarios.map((s) => s.scenario.id)
        .sort();
      expect(ids.length).toBeGreaterThan(20);
      const prerendered = [...html.matchAll(/id="title-([^"]+)"/g)].map((m) => m[1]!);
      // Three rows of three: the first screen at any width. The app renders the rest when it mounts.
      expect(prerendered).toHaveLength(9);
      for (const id of prerendered) expect(ids).toContain(id);
      expect(html).toContain(`${ids.length}<!-- --> of <!-- -->${ids.length}<!-- --> scenarios`);
      // A deep link still clears the prerendered library before the app mounts.
      expect(html).toContain("if (location.hash.length > 2) document.getElementById('root').innerHTML = '';");
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
