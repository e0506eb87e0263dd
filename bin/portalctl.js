#!/usr/bin/env node
// Entry point for the `portalctl` CLI: runs the compiled CLI (built by `npm ci` via the prepare script).
import { main } from '../dist/reconciler/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
