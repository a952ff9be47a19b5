import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM, LAUNCH } from './chromium';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The app built once for the browser tests (mode e2e), as `debrief serve --dist` serves it. */
    e2eDist: string;
    /** The one Chromium the browser files connect to (empty when there is none: they skip, or fail under CI). */
    chromiumEndpoint: string;
  }
}

const ROOT = join(import.meta.dirname, '../..');

/**
 * The e2e project's one build: `vite build --mode e2e` (the library with tests/fixtures/browser) into
 * a temporary folder, made before the first browser file starts and removed after the last. Every
 * browser file serves it on a server of its own, so files run side by side without sharing a dev
 * server's on-demand transforms and dependency optimisation (which made pages time out when one dev
 * server was shared), and no file pays for a dev server's start and its first page's transforms.
 * Vitest runs with NODE_ENV=test, so this build keeps React's development build, as the dev server
 * did: its warnings still reach the console the tests watch, and StrictMode still renders twice.
 *
 * And one Chromium, started beside the build, that every browser file connects to with contexts of
 * its own: a Chromium's start and close cost about 4 s of CPU, paid once instead of once a file.
 */
export default async function setup(project: TestProject) {
  const dist = mkdtempSync(join(tmpdir(), 'debrief-e2e-dist-'));
  const [server] = await Promise.all([
    existsSync(CHROMIUM) ? chromium.launchServer(LAUNCH) : null,
    build({ root: ROOT, mode: 'e2e', configLoader: 'runner', logLevel: 'error', build: { outDir: dist } }),
  ]);
  project.provide('e2eDist', dist);
  project.provide('chromiumEndpoint', server?.wsEndpoint() ?? '');
  return async () => {
    await server?.close();
    rmSync(dist, { recursive: true, force: true });
  };
}
