/**
 * What the functions return for each kind, built from observed objects the way the resources build their
 * outputs (the kind adapters' live inputs, status, synced facts, URLs), minus what a function omits
 * (provider options, counters, the DNS zone). Credentials are never returned: the API cannot reveal them,
 * and any placeholder for one is dropped.
 */
import { policySpecFromApi } from '../../reconciler/kinds/access-policy/index.js';
import type { Observed } from '../../reconciler/kinds/model.js';
import { liveOf, type Snapshot } from '../../reconciler/observe.js';
import { statusContext } from '../../reconciler/status.js';
import type { PolicyObject } from '../../schemas/generated/wire.js';
import { policyAdapter } from '../kinds/policy.js';
import { portalAdapter } from '../kinds/portal.js';
import { serverAdapter } from '../kinds/server.js';
import { urls } from '../resources/portal.js';
import { syncOutputs } from '../resources/server.js';
import { isObject, type Props } from '../wire.js';

/** The auth settings without any credential (token, header values, client secret). */
function withoutCredentials(auth: unknown): unknown {
  if (!isObject(auth)) return auth;
  const { token: _t, headers: _h, clientSecret: _c, ...rest } = auth;
  return rest;
}

export function serverInfo(o: Observed<'McpServer'>): Props {
  const { tolerateSyncErrors: _t, ...inputs } = serverAdapter.liveInputs(o, undefined);
  return { ...inputs, auth: withoutCredentials(inputs.auth), ...syncOutputs(o) };
}

export function portalInfo(apiUrl: string, o: Observed<'McpPortal'>, snapshot: Snapshot): Props {
  const status = statusContext(snapshot);
  const st = status.statusOf('McpPortal', o.name);
  if (!st) throw new Error(`McpPortal "${o.name}" is not in the snapshot`);
  const { dns: _d, ...inputs } = portalAdapter.liveInputs(o, undefined, status.live);
  return {
    ...inputs,
    status: st.phase,
    statusReason: st.reason,
    statusMessage: st.message,
    ...urls(apiUrl, o.name, o.spec.hostname),
    toolCount: st.tools ?? 0,
    promptCount: st.prompts ?? 0,
  };
}

export function policyInfo(p: PolicyObject, groupName: (id: string) => string): Props {
  const observed = {
    kind: 'AccessPolicy',
    name: p.name,
    id: p.id,
    spec: policySpecFromApi(p, groupName),
    owned: false,
  } as const;
  return { ...policyAdapter.liveInputs(observed, undefined), policyId: p.id };
}

export const serversOf = (s: Snapshot) => liveOf(s, 'McpServer');
export const portalsOf = (s: Snapshot) => liveOf(s, 'McpPortal');
