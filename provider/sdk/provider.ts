/**
 * `Provider` (`pulumi:providers:mcpportal`): an explicit provider, for a second account or API. Without
 * one, the default provider reads stack config (`mcpportal:apiUrl`, ...) or CLOUDFLARE_* variables.
 */
import * as pulumi from '@pulumi/pulumi';
import type { ProviderArgs } from './types.js';

export type { ProviderArgs };

export class Provider extends pulumi.ProviderResource {
  static readonly __pulumiType = 'mcpportal';

  static override isInstance(obj: unknown): obj is Provider {
    return (
      (obj as { __pulumiType?: string } | undefined)?.__pulumiType ===
      `pulumi:providers:${Provider.__pulumiType}`
    );
  }

  constructor(name: string, args: ProviderArgs = {}, opts?: pulumi.ResourceOptions) {
    super(
      Provider.__pulumiType,
      name,
      {
        apiUrl: args.apiUrl,
        accountId: args.accountId,
        apiToken: args.apiToken === undefined ? undefined : pulumi.secret(args.apiToken),
        waitForReady: args.waitForReady,
        syncTimeout: args.syncTimeout,
        owner: args.owner,
      },
      opts,
    );
  }
}
