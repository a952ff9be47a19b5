#!/usr/bin/env node
// The CLI is TypeScript shared with the app and tests; tsx runs it without a build step.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../src/cli/main.ts');
process.exitCode = run(process.argv.slice(2));
