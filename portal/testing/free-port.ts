/**
 * Ports for tests that must name a port before whatever binds it starts (a child process, a URL written into
 * a manifest). A port from `listen(0)` is in the kernel's ephemeral range, which every outgoing connection of
 * the parallel test suite draws from too, so it could be taken between the check and the bind (EADDRINUSE in
 * CI). These are picked below that range, checked free, and never handed out twice by one process.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** Lowest port picked: above the fixed ports the examples use (3101-3104, 8787). */
export const PORT_FLOOR = 20_000;
const given = new Set<number>();
let low: number | undefined;

/**
 * The first port of the kernel's ephemeral range (Linux default 32768; the same where it cannot be read),
 * read once per process.
 */
export function ephemeralLow(): number {
  if (low === undefined) {
    try {
      const first = Number(
        readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0],
      );
      low = Number.isInteger(first) && first > 0 ? first : 32_768;
    } catch {
      low = 32_768;
    }
  }
  return low;
}

function bindable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/** A port nothing listened on a moment ago, outside the ephemeral range where that range leaves room. */
export async function freePort(): Promise<number> {
  const top = ephemeralLow();
  if (top - PORT_FLOOR >= 1_000) {
    for (let tries = 0; tries < 100; tries++) {
      const port = PORT_FLOOR + Math.floor(Math.random() * (top - PORT_FLOOR));
      if (given.has(port) || !(await bindable(port))) continue;
      given.add(port);
      return port;
    }
  }
  // No room below the ephemeral range (or all tries taken): the kernel's pick, as before.
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}
