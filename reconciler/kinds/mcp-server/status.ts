/**
 * A server's status from its facts: Ready when synced; Error for a failed sync (reason from the error
 * details) or a `stale` OAuth credential (ReauthenticationRequired); Waiting for a first sync or for an
 * admin's OAuth authorisation (AuthenticationRequired). Both OAuth messages say what to run.
 */
import type { ResourceStatus } from '../../status-types.js';
import type { Observed } from '../model.js';

/** What an admin runs (embedded portal) or clicks (Cloudflare) to authorise server `name`. */
export const authorizeHint = (name: string) =>
  `embedded portal: portalctl server authorize ${name}; Cloudflare: the dashboard's Authenticate button on the server`;

function errorReason(o: Observed<'McpServer'>): string {
  const d = o.facts?.errorDetails;
  if (!d) return 'SyncFailed';
  if (d.status_code === 401 || d.status_code === 403) return 'UpstreamUnauthorized';
  if (!d.is_upstream) return 'UpstreamUnreachable';
  return 'UpstreamError';
}

export function serverStatus(o: Observed<'McpServer'>): ResourceStatus {
  const f = o.facts;
  const base = {
    kind: 'McpServer' as const,
    name: o.name,
    tools: f?.tools.length ?? 0,
    prompts: f?.prompts.length ?? 0,
    ...(f?.lastSynced ? { lastSynced: f.lastSynced } : {}),
    ...(f?.lastSuccessfulSync ? { lastSuccessfulSync: f.lastSuccessfulSync } : {}),
  };
  switch (f?.status) {
    case 'ready':
      return {
        ...base,
        phase: 'Ready',
        reason: 'Synced',
        message: `${base.tools} tools, ${base.prompts} prompts`,
      };
    case 'stale':
      return {
        ...base,
        phase: 'Error',
        reason: 'ReauthenticationRequired',
        message: `the admin OAuth credential could not be refreshed; authorise the server again (${authorizeHint(o.name)})`,
        ...(f.error ? { error: f.error } : {}),
      };
    case 'error':
      return {
        ...base,
        phase: 'Error',
        reason: errorReason(o),
        message: f.error ?? 'sync failed',
        ...(f.error ? { error: f.error } : {}),
        ...(f.errorDetails ? { errorDetails: f.errorDetails } : {}),
      };
    default:
      if (f?.authenticationStatus === 'required' || f?.authenticationStatus === 'manual') {
        return {
          ...base,
          phase: 'Waiting',
          reason: 'AuthenticationRequired',
          message: `an admin must authorise its upstream OAuth connection before it can sync (${authorizeHint(o.name)})`,
        };
      }
      return {
        ...base,
        phase: 'Waiting',
        reason: 'SyncPending',
        message: 'waiting for the first capability sync',
      };
  }
}

/** Whether apply should sync the server again: it failed, or it waits on a failure that may pass. */
export const needsResync = (o: Observed<'McpServer'>): boolean =>
  o.facts?.status === 'error' ||
  (o.facts?.status === 'waiting' &&
    o.facts.authenticationStatus !== 'required' &&
    o.facts.authenticationStatus !== 'manual' &&
    Boolean(o.facts.errorDetails?.retryable));
