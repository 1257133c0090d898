#!/usr/bin/env node
// Entry point of the `civicgraph` command: runs the compiled CLI from dist/.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/app/cli/run.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('civicgraph: the compiled CLI is missing (dist/). Run "npm run build" (npm install does it too).');
  process.exit(1);
}
await import(entry.href);
