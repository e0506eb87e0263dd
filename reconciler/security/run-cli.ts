/**
 * Runs `portalctl` from the TypeScript sources in a child process (the security tests' real process): the
 * same `main` the published bin runs, without needing a build.
 */
import { main } from '../cli/main.js';

process.exitCode = await main(process.argv.slice(2));
