/**
 * `Provider` (`pulumi:providers:mcpportal`): an explicit provider, for a second account or API. Without
 * one, the default provider reads stack config (`mcpportal:apiUrl`, ...) or CLOUDFLARE_* variables.
 */
import * as pulumi from '@pulumi/pulumi';

export interface ProviderArgs {
  /** The management API base URL (default https://api.cloudflare.com/client/v4). */
  apiUrl?: pulumi.Input<string>;
  accountId?: pulumi.Input<string>;
  /** The API token (secret). */
  apiToken?: pulumi.Input<string>;
  /** Wait for servers to sync after create and update (default true). */
  waitForReady?: pulumi.Input<boolean>;
  /** Seconds to wait for a sync (default 120). */
  syncTimeout?: pulumi.Input<number>;
  /** Ownership tag on Access applications (default pulumi). */
  owner?: pulumi.Input<string>;
}

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
