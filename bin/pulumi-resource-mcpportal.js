#!/usr/bin/env node
// Entry point of the Pulumi resource plugin `mcpportal` (the compiled provider, built by `npm ci` via the
// prepare script): prints its gRPC port on stdout for the engine and serves until the engine stops it.
import { main } from '../dist/provider/main.js';

await main();
