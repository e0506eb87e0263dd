/**
 * `portalctl status --controller URL`: what a running controller reports (its `/status`), instead of reading
 * the API: the controller's mode, revision, lease and last cycle, and each resource's `Ready` and `Synced`
 * conditions. A table for people, or the state as JSON or YAML. Exit 0; 5 when a resource is not Synced or not Ready
 * (False); 1 when the controller cannot be reached or answers something else.
 */
import Table from 'cli-table3';
import { createColors } from 'picocolors';
import { stringify } from 'yaml';
import { HttpTransport, type TransportResponse } from '../api/http-transport.js';
import type { Condition, ControllerState, ResourceState } from '../controller/types.js';
import { ExitCode } from '../exit-codes.js';
import type { CliIo } from './main.js';

export class ControllerUnreachableError extends Error {
  override readonly name = 'ControllerUnreachableError';
}

/** Reads `/status` of the controller at `base` (its `--listen` address; `http://` assumed when absent). */
export async function fetchControllerState(base: string, timeoutMs = 10_000): Promise<ControllerState> {
  const url = `${/^https?:\/\//.test(base) ? base : `http://${base}`}`.replace(/\/+$/, '');
  const transport = new HttpTransport({ connections: 1, keepAliveMs: 1_000 });
  let res: TransportResponse;
  try {
    res = await transport.send({ method: 'GET', url: new URL(`${url}/status`), headers: {}, timeoutMs });
  } catch (err) {
    throw new ControllerUnreachableError(`cannot reach the controller at ${url}: ${(err as Error).message}`);
  } finally {
    transport.close();
  }
  const { text } = res;
  if (res.statusCode !== 200)
    throw new ControllerUnreachableError(`${url}/status answered ${res.statusCode}: ${text.slice(0, 200)}`);
  try {
    const state = JSON.parse(text) as ControllerState;
    if (!Array.isArray(state.resources)) throw new Error('no resources');
    return state;
  } catch (err) {
    throw new ControllerUnreachableError(
      `${url}/status is not a controller's status: ${(err as Error).message}`,
    );
  }
}

const cond = (r: ResourceState, type: Condition['type']) => r.conditions.find((c) => c.type === type);

/** Resources not Synced, or whose Ready is False: what makes the command exit 5. */
export const unconverged = (s: ControllerState) =>
  s.resources.filter((r) => cond(r, 'Synced')?.status === 'False' || cond(r, 'Ready')?.status === 'False');

export function renderControllerState(s: ControllerState, color = false): string {
  const c = createColors(color);
  const paint = (x: Condition | undefined) =>
    !x
      ? ''
      : x.status === 'True'
        ? c.green(x.reason)
        : x.status === 'False'
          ? c.red(x.reason)
          : c.yellow(x.reason);
  const last = s.lastCycle;
  const head = [
    `mode ${s.mode}, revision ${s.revision ?? '(none)'}, lease ${s.leaseHeld ? 'held' : 'not held'}`,
    last
      ? `last cycle ${last.id} (${last.trigger}) ${last.completed ? 'completed' : `did not complete: ${last.error}`} at ${last.finishedAt}: ${last.changed} changed, ${last.failed} failed, ${last.skipped} skipped, ${last.apiCalls} API calls`
      : 'no cycle yet',
    ...(s.sourceError ? [c.red(`newest manifests refused: ${s.sourceError}`)] : []),
  ];
  if (!s.resources.length) return `${head.join('\n')}\nNo resources.\n`;
  const table = new Table({
    head: ['KIND', 'NAME', 'READY', 'SYNCED', 'GENERATION', 'MESSAGE'],
    style: { head: color ? ['bold'] : [], border: color ? ['grey'] : [] },
    wordWrap: true,
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    colWidths: [null, null, null, null, null, 60] as never,
  });
  for (const r of s.resources) {
    const ready = cond(r, 'Ready');
    const synced = cond(r, 'Synced');
    const message = synced?.status !== 'True' ? synced?.message : ready?.message;
    table.push([
      r.kind,
      r.name,
      paint(ready),
      paint(synced),
      synced?.observedGeneration ?? '',
      message ?? '',
    ]);
  }
  return `${head.join('\n')}\n${table.toString()}\n`;
}

export async function controllerStatus(
  io: CliIo,
  url: string,
  opts: { output: 'table' | 'json' | 'yaml'; only?: ReadonlySet<string> },
): Promise<number> {
  let state: ControllerState;
  try {
    state = await fetchControllerState(url);
  } catch (err) {
    if (!(err instanceof ControllerUnreachableError)) throw err;
    io.stderr(`portalctl: ${err.message}\n`);
    return ExitCode.OperationalError;
  }
  const only = opts.only;
  if (only) state = { ...state, resources: state.resources.filter((r) => only.has(`${r.kind}/${r.name}`)) };
  if (opts.output === 'table') io.stdout(renderControllerState(state, io.isTty && !io.env.NO_COLOR));
  else if (opts.output === 'yaml') io.stdout(stringify(state));
  else io.stdout(`${JSON.stringify(state, null, 2)}\n`);
  return unconverged(state).length ? ExitCode.NotConverged : ExitCode.Ok;
}
