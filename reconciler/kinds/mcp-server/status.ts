/**
 * A server's status from its facts: Ready when synced; Error for a failed sync (reason from the error
 * details) or a `stale` OAuth credential (ReauthenticationRequired); Waiting for a first sync or for an
 * admin's OAuth authorisation (AuthenticationRequired).
 */
import type { ResourceStatus } from '../../status-types.js';
import type { Observed } from '../model.js';

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
        message: 'the admin OAuth credential could not be refreshed; re-authenticate the server',
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
      if (f?.authenticationStatus === 'required') {
        return {
          ...base,
          phase: 'Waiting',
          reason: 'AuthenticationRequired',
          message: f.error ?? 'an admin must complete the OAuth login before the server can sync',
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
    Boolean(o.facts.errorDetails?.retryable));
