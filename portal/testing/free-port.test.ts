// freePort: ports below the ephemeral range, distinct within the process, and free to bind.
import { createServer, type Server } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { ephemeralLow, freePort, PORT_FLOOR } from './free-port.js';

describe('freePort', () => {
  it('hands out distinct ports below the ephemeral range that can be bound', async () => {
    const ports: number[] = [];
    for (let i = 0; i < 40; i++) ports.push(await freePort());
    expect(new Set(ports).size).toBe(ports.length);
    for (const port of ports) {
      expect(port).toBeGreaterThanOrEqual(PORT_FLOOR);
      expect(port).toBeLessThan(ephemeralLow());
    }
    const srv = createServer();
    await new Promise<void>((resolve, reject) => {
      srv.once('error', reject);
      srv.listen(ports[0], '127.0.0.1', resolve);
    });
    await new Promise((resolve) => srv.close(resolve));
  });

  it('skips a port that something is listening on', async () => {
    // Something listens on a port of the picked range, and the first pick lands on it.
    const span = ephemeralLow() - PORT_FLOOR;
    let busy: Server | undefined;
    let taken = 0;
    while (!busy) {
      const port = PORT_FLOOR + Math.floor(Math.random() * span);
      const srv = createServer();
      busy = await new Promise<Server | undefined>((resolve) => {
        srv.once('error', () => resolve(undefined));
        srv.listen(port, '127.0.0.1', () => resolve(srv));
      });
      taken = port;
    }
    const picks = [(taken - PORT_FLOOR + 0.5) / span];
    const real = Math.random;
    const random = vi.spyOn(Math, 'random').mockImplementation(() => picks.shift() ?? real());
    try {
      expect(await freePort()).not.toBe(taken);
      expect(random.mock.calls.length).toBeGreaterThanOrEqual(2);
    } finally {
      random.mockRestore();
      await new Promise((resolve) => busy?.close(resolve));
    }
  });
});
