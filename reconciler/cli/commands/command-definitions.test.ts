// The command definitions (`*-command.ts`) write out a few values of the modules they must not load (the
// kind registry, the embedded portal, the controller's lease) so that `--help` stays cheap: these stay equal to the originals.
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOST, DEFAULT_PORT } from '../../../portal/index.js';
import { DATA_DIR_ENV } from '../../../portal/store/data-dir.js';
import { DEFAULT_LEASE_TTL_MS } from '../../controller/lease.js';
import { KIND_NAMES } from '../../kinds/registry.js';
import { CONTROLLER_DEFAULT_LEASE_TTL_MS } from './controller-command.js';
import { IMPORT_KINDS } from './import-command.js';
import * as portalCommand from './portal-command.js';

describe('command definitions', () => {
  it('import --kind takes the registry kinds, in its order', () => {
    expect(IMPORT_KINDS).toEqual(KIND_NAMES);
  });

  it('portal serve and users show the portal defaults', () => {
    const { PORTAL_DEFAULT_HOST, PORTAL_DEFAULT_PORT } = portalCommand;
    expect([PORTAL_DEFAULT_HOST, PORTAL_DEFAULT_PORT]).toEqual([DEFAULT_HOST, DEFAULT_PORT]);
    expect(portalCommand.DATA_DIR_ENV).toBe(DATA_DIR_ENV);
  });

  it('controller --lease-ttl defaults to the lease default', () => {
    expect(CONTROLLER_DEFAULT_LEASE_TTL_MS).toBe(DEFAULT_LEASE_TTL_MS);
  });
});
