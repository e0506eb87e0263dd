#!/usr/bin/env node
// Entry point for the `portalctl` CLI. Runs the bundled CLI (dist/cli, scripts/bundle-cli.ts) when it is at
// least as new as the compiled one, else the compiled modules themselves (dist/reconciler/cli): a full `tsc`
// run without the bundling step (it rewrites every file) never leaves an older bundle in charge; `tsc
// --watch` rewrites only what changed, so after it run `npm run build`. Both come from `npm run build` (and
// `npm ci`, through the prepare script); the CLI imports a command's implementation only when it runs.
// Node's on-disk compile cache (`module.enableCompileCache()`) exists from Node 22.1 only: none here.
// First, V8 settings made for the kind of process the command is (v8-tuning.ts): one that runs once and
// exits, or one that serves a portal.
import { statSync } from 'node:fs';
import { tuneV8ForCommand } from '../dist/reconciler/cli/v8-tuning.js';

tuneV8ForCommand(process.argv.slice(2));

const bundled = new URL('../dist/cli/main.js', import.meta.url);
const compiled = new URL('../dist/reconciler/cli/main.js', import.meta.url);
const mtime = (url) => statSync(url, { throwIfNoEntry: false })?.mtimeMs ?? Number.NaN;
const current = mtime(bundled) >= mtime(compiled);
const { main } = await import(current ? bundled.href : compiled.href);

process.exitCode = await main(process.argv.slice(2));
