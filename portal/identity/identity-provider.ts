/**
 * The embedded portal's one identity provider, described the way Cloudflare describes an OIDC one: a stable
 * id (for `login_method` and the IdP selectors' `identity_provider_id`) and the claims it issues. A user's
 * groups are the values of its `groups` claim, so `oidc {claim_name: "groups", claim_value}` matches them.
 */
import type { IdentityProviderObject } from '../../schemas/generated/wire.js';

/** The built-in identity provider's id: the same in every data directory, so manifests can name it. */
export const LOCAL_IDP_ID = '6f1c2f4e-8a3b-4c5d-9e7f-0a1b2c3d4e5f';

/** The claims an embedded-IdP identity carries, as `oidc` rules name them. */
export const LOCAL_IDP_CLAIMS = ['email', 'groups', 'sub'] as const;

export const localIdentityProvider: IdentityProviderObject = {
  id: LOCAL_IDP_ID,
  name: 'Embedded portal users',
  type: 'oidc',
  config: {
    claims: [...LOCAL_IDP_CLAIMS],
    scopes: ['openid', 'email', 'profile', 'groups'],
    email_claim_name: 'email',
  },
  scim_config: { enabled: false },
};

/** The values of one claim for a user of the embedded IdP (empty for a claim it does not issue). */
export function claimValues(
  user: { userId: string; email: string; groups: readonly string[] },
  claim: string,
): readonly string[] {
  switch (claim) {
    case 'email':
      return [user.email.toLowerCase()];
    case 'groups':
      return user.groups;
    case 'sub':
      return [user.userId];
    default:
      return [];
  }
}
