/**
 * Child-process entry for security tests: starts the embedded portal from source with the options given as
 * JSON in argv[2] (real sync, real listener), prints one JSON line with its URLs, account and token, and
 * serves until SIGTERM. Tests measure this process's memory (RSS) while they attack it.
 */
import { type StartPortalOptions, startPortal } from '../index.js';

const options = JSON.parse(process.argv[2] ?? '{}') as StartPortalOptions;
const running = await startPortal({ ...options, log: (line) => process.stderr.write(`${line}\n`) });
process.stdout.write(
  `${JSON.stringify({
    url: running.url,
    baseUrl: running.baseUrl,
    accountId: running.accountId,
    apiToken: running.apiToken,
  })}\n`,
);
process.once('SIGTERM', () => {
  void running.close().then(() => process.exit(0));
});
