/**
 * The warning for a secret reference that cannot be resolved while its server already exists: the plan
 * sends no credential (the server keeps the one it stores), so a rotation of that secret cannot be found.
 * One warning per missing reference (`env:NAME`, `file:PATH`), naming every server that uses it.
 */
import type { Diagnostic } from '../../diagnostics.js';
import type { Resolved } from '../../secrets.js';

/** The code of that warning; CI filters may match on it. */
export const UNCHECKED_CODE = 'secret/rotation-unchecked';

interface Entry {
  diagnostic: Diagnostic;
  reason: string;
  servers: string[];
}

/** Per plan (its diagnostics list), the warnings already added, by secret key. */
const byPlan = new WeakMap<Diagnostic[], Map<string, Entry>>();

const message = (e: Entry) =>
  `${e.reason}: rotation cannot be checked for McpServer ${e.servers.join(', ')}, ` +
  `which ${e.servers.length === 1 ? 'keeps its' : 'keep their'} stored credential (none is sent)`;

/** Adds `server` to the warning about the missing reference `r`, creating the warning the first time. */
export function noteUncheckedSecret(
  diagnostics: Diagnostic[],
  r: Extract<Resolved, { ok: false }>,
  server: string,
): void {
  let entries = byPlan.get(diagnostics);
  if (!entries) {
    entries = new Map();
    byPlan.set(diagnostics, entries);
  }
  const known = entries.get(r.key);
  if (known) {
    if (!known.servers.includes(server)) known.servers.push(server);
    known.servers.sort();
    known.diagnostic.message = message(known);
    return;
  }
  const entry: Entry = {
    diagnostic: { severity: 'warning', code: UNCHECKED_CODE, message: '' },
    reason: r.reason,
    servers: [server],
  };
  entry.diagnostic.message = message(entry);
  entries.set(r.key, entry);
  diagnostics.push(entry.diagnostic);
}
