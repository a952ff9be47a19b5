import type { TestProject } from 'vitest/node';
import { browserAvailable, launchServer, serve } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The dev server and Chromium every browser test file shares; null when there is no Chromium. */
    e2e: { url: string; wsEndpoint: string } | null;
  }
}

/**
 * One dev server and one Chromium for the whole browser suite, started once before its first file
 * and closed after its last: each file used to start its own, and the dev server transformed the
 * whole app again for each. Files still get pages of their own in browser contexts of their own.
 */
export default async function setup(project: TestProject) {
  if (!browserAvailable()) {
    project.provide('e2e', null);
    return;
  }
  const [{ server, url }, chromium] = await Promise.all([serve(), launchServer()]);
  project.provide('e2e', { url, wsEndpoint: chromium.wsEndpoint() });
  return async () => {
    await chromium.close();
    await server.close();
  };
}
