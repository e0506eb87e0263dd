/**
 * Who is making a request to a portal: a user of the local identity provider (signed in through OAuth), a
 * service token, or nobody (anonymous). With the client's IP address this is everything Access rules can
 * look at. `principalKey` identifies the principal stably, to bind an MCP session to the one who opened it.
 */

export type Principal =
  | { kind: 'user'; userId: string; email: string; groups: readonly string[]; loginMethod: string }
  | { kind: 'service'; tokenId: string; clientId: string; name: string }
  | { kind: 'anonymous' };

export interface AccessContext {
  principal: Principal;
  /** The client's IP address as seen by the portal. */
  ip: string;
}

export function principalKey(p: Principal): string {
  switch (p.kind) {
    case 'user':
      return `user:${p.userId}`;
    case 'service':
      return `service:${p.tokenId}`;
    default:
      return 'anonymous';
  }
}

/** What a log row records as `user`: the email, the service token's client id, or null. */
export function principalLabel(p: Principal): string | null {
  if (p.kind === 'user') return p.email;
  if (p.kind === 'service') return p.clientId;
  return null;
}
