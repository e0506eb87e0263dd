/**
 * The Chromium the browser tests drive with playwright-core: `CHROMIUM_PATH` when set (any machine), else the
 * binary shipped inside the `@sparticuz/chromium` registry package (Linux x64, unpacked to the temp dir on first
 * use, so `npm ci && npm test` needs no system browser), else a system chromium. Version 153.0.0 is pinned:
 * it runs on Node 20 here although its `engines` asks for 22; 143.0.4 and 147.0.0 crash at launch (SIGTRAP).
 */
import { existsSync } from 'node:fs';

export interface ChromiumLaunch {
  executablePath: string;
  /** Flags the binary needs (the packaged build's own, or none for a system browser). */
  args: string[];
  source: 'CHROMIUM_PATH' | '@sparticuz/chromium' | 'system';
}

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export async function chromiumForTests(env: NodeJS.ProcessEnv = process.env): Promise<ChromiumLaunch> {
  if (env.CHROMIUM_PATH) {
    if (!existsSync(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist`);
    return { executablePath: env.CHROMIUM_PATH, args: [], source: 'CHROMIUM_PATH' };
  }
  let packaged: unknown;
  if (process.platform === 'linux' && process.arch === 'x64') {
    try {
      const { default: chromium } = await import('@sparticuz/chromium');
      // The packaged flags include --single-process and --headless='shell'; keep them, drop none.
      return {
        executablePath: await chromium.executablePath(),
        args: chromium.args,
        source: '@sparticuz/chromium',
      };
    } catch (err) {
      packaged = err;
    }
  }
  const system = SYSTEM.find((p) => existsSync(p));
  if (system) return { executablePath: system, args: [], source: 'system' };
  throw new Error(
    `no Chromium for the browser tests: set CHROMIUM_PATH, or install a system chromium${
      packaged ? ` (@sparticuz/chromium failed: ${(packaged as Error).message})` : ''
    }`,
  );
}
