/**
 * `portalctl status [-f PATH...] [-o table|json|yaml]`: Waiting/Ready/Error per resource with reason,
 * message, tool and prompt counts and last sync, and per portal the token cost of its tool list in each
 * context mode. With -f, only those resources; `-o yaml` prints the manifests with a `status:` block.
 * Exit 0, or 5 when any listed server is in Error. With `--controller URL`, what a running controller
 * reports instead (../controller-status.ts, loaded only then). Loaded only when the command runs (its
 * options: ./status-command.ts).
 */
import { loadTokenCounter } from '../../../schemas/token-cost.js';
import { ExitCode } from '../../exit-codes.js';
import { handlerOf } from '../../kinds/registry.js';
import type { loadManifests } from '../../load/index.js';
import { observe } from '../../observe.js';
import { renderStatusJson, renderStatusTable, renderStatusYaml } from '../../render/status.js';
import { statuses } from '../../status.js';
import type { CliIo } from '../main.js';
import type { TargetFlags } from '../options.js';
import { loadOrReport, withTarget } from '../session.js';

export type StatusFlags = TargetFlags & {
  filename: string[];
  output: 'table' | 'json' | 'yaml';
  controller?: string;
};

/** Runs `status`; returns the exit code. */
export async function runStatus(io: CliIo, flags: StatusFlags): Promise<number> {
  let loaded: Awaited<ReturnType<typeof loadManifests>> | undefined;
  if (flags.filename.length) {
    // A partial set of files is fine: what they reference is looked up live.
    loaded = await loadOrReport(io, flags.filename, flags.output === 'json' ? 'json' : 'text', {
      partial: true,
      secrets: flags,
    });
    if (!loaded) return ExitCode.InvalidInput;
  }
  if (flags.controller) {
    const only = loaded ? new Set(loaded.manifests.map((m) => `${m.kind}/${m.name}`)) : undefined;
    const { controllerStatus } = await import('../controller-status.js');
    return controllerStatus(io, flags.controller, { output: flags.output, ...(only ? { only } : {}) });
  }
  return withTarget(io, flags, async (target) => {
    // The tokenizer loads while the live state is read.
    const counter = loadTokenCounter();
    counter.catch(() => undefined); // awaited below, after the live state (whose failure comes first)
    const snapshot = await observe(target.api, { owner: flags.owner });
    const wanted = loaded ? new Set(loaded.manifests.map((m) => `${m.kind}/${m.name}`)) : undefined;
    const only = wanted ? (kind: string, name: string) => wanted.has(`${kind}/${name}`) : undefined;
    // Portals report the token cost of their tool list per context mode (from observed server tools).
    const rows = statuses(snapshot, only, { countTokens: await counter });
    if (flags.output === 'json') io.stdout(renderStatusJson(rows));
    else if (flags.output === 'yaml') {
      const byKey = new Map(rows.map((r) => [`${r.kind}/${r.name}`, r]));
      const docs = loaded
        ? loaded.manifests.map((m) => ({
            manifest: m.manifest,
            status: byKey.get(`${m.kind}/${m.name}`),
          }))
        : rows.map((r) => ({ manifest: { kind: r.kind, metadata: { name: r.name } }, status: r }));
      io.stdout(renderStatusYaml(docs));
    } else io.stdout(renderStatusTable(rows, io.isTty && !io.env.NO_COLOR));
    return rows.some((r) => handlerOf(r.kind).ownStatus && r.phase === 'Error')
      ? ExitCode.NotConverged
      : ExitCode.Ok;
  });
}
