#!/usr/bin/env node
// Entry point for the `portalctl` CLI: runs the compiled CLI (built by `npm ci` via the prepare script).
// Kept tiny: the CLI registers its commands from small modules and imports a command's implementation
// only when it runs (reconciler/cli/main.ts), so start-up is mostly Node's own. Node's on-disk compile
// cache (`module.enableCompileCache()`) exists from Node 22.1 only, so this package (Node 20) has none.
import { main } from '../dist/reconciler/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
