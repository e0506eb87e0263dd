/**
 * Diff: old inputs against new inputs through the reconciler's own normalisation (`toDesired`) and
 * structural diff (`diff` with `KEYED` sets), so defaults, key order and set order never cause a
 * change and `pulumi preview` agrees with `portalctl plan`. Unknown values (preview) count as
 * changed; under a replace-on field they force replacement, the conservative answer.
 */

import { handlerOf } from '../../reconciler/kinds/registry.js';
import type { Json } from '../../reconciler/plan/diff.js';
import { diff } from '../../reconciler/plan/diff.js';
import { getAt, isObject, type Path, type Props, propertyPath, reveal, UNKNOWN } from '../wire.js';
import type { KindAdapter } from './adapter.js';
import { isPinned, withoutDefaults } from './autoname.js';

export type ChangeKind = 'add' | 'update' | 'delete';

export interface PropertyChange {
  path: Path;
  kind: ChangeKind;
  replace: boolean;
}

export interface InputDiff {
  changes: PropertyChange[];
  /** Top-level input keys whose change replaces the object. */
  replaces: string[];
  deleteBeforeReplace: boolean;
}

/** Replaces unknowns with the old value at the same place, recording where (whole arrays at a time). */
function substitute(n: unknown, o: unknown, at: Path, out: Path[]): unknown {
  if (n === UNKNOWN) {
    out.push(at);
    return o;
  }
  if (Array.isArray(n)) {
    if (JSON.stringify(n).includes(UNKNOWN)) {
      out.push(at);
      return o;
    }
    return n;
  }
  if (isObject(n)) {
    const res: Props = {};
    for (const [k, v] of Object.entries(n)) {
      const x = substitute(v, isObject(o) ? o[k] : undefined, [...at, k], out);
      if (x !== undefined) res[k] = x;
    }
    return res;
  }
  return n;
}

/** `spec.tools[search].alias` -> `['tools', 2, 'alias']`, indexing keyed sets by where the item is. */
function inputPathOf(adapter: KindAdapter, specPath: string, olds: Props, news: Props): Path {
  const tokens = [...specPath.replace(/^spec/, '').matchAll(/\.([A-Za-z_][A-Za-z0-9_]*)|\[([^\]]*)\]/g)];
  const path: Path = [];
  let field = '';
  for (const t of tokens) {
    if (t[1] !== undefined) {
      if (path.length === 0 && t[1] === 'credentials') return ['auth'];
      path.push(t[1]);
      field = t[1];
      continue;
    }
    const keyField = handlerOf(adapter.kind).keyed[field];
    const find = (root: Props) => {
      const list = getAt(root, path);
      return Array.isArray(list)
        ? list.findIndex((x) => isObject(x) && String(x[keyField ?? '']) === t[2])
        : -1;
    };
    const i = find(news) >= 0 ? find(news) : find(olds);
    if (i < 0) break;
    path.push(i);
  }
  return path;
}

const startsWith = (path: Path, prefix: Path) =>
  prefix.length <= path.length && prefix.every((seg, i) => seg === path[i]);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Fills the id input from the resource name when absent. */
export function withId(adapter: KindAdapter, name: string, inputs: Props): Props {
  const v = inputs[adapter.idKey];
  return v === undefined || v === null ? { ...inputs, [adapter.idKey]: name } : inputs;
}

/**
 * Whether a replacement must delete the old object first. A portal's hostname is unique, so a replaced
 * portal always goes first. A server whose id is pinned and unchanged keeps its id, which the API keeps
 * unique: delete first. An autonamed server gets a new id, because for a replacement the engine runs
 * Check again without the old inputs (pulumi/pulumi v3.248.0 pkg/resource/deploy/step_generator.go,
 * "we need to recompute the default values"), so create-first works. The answer is given for any change,
 * not only the provider's own replacements: the engine also reads it when `replaceOnChanges` turns an
 * update into a replacement (`applyReplaceOnChanges` keeps `DeleteBeforeReplace`, same file).
 * Policies and groups have API-assigned ids and are never replaced by the provider.
 */
function deleteFirst(adapter: KindAdapter, news: Props, idChanged: boolean): boolean {
  if (adapter.kind === 'McpPortal') return true;
  if (adapter.kind !== 'McpServer') return false;
  return isPinned(adapter, news) && !idChanged;
}

/** Diffs two sets of inputs (wire form) of the resource `name`. */
export function diffInputs(adapter: KindAdapter, name: string, olds: Props, news: Props): InputDiff {
  const o = withId(adapter, name, withoutDefaults(reveal(olds) as Props));
  const unknown: Path[] = [];
  const n = substitute(
    withId(adapter, name, withoutDefaults(reveal(news) as Props)),
    o,
    [],
    unknown,
  ) as Props;
  const replacePaths = adapter.replaceOn.map((p) => inputPathOf(adapter, p, o, n));
  const idReplaces = adapter.idKey !== 'name';
  const changes: PropertyChange[] = [];
  const add = (c: PropertyChange) => {
    if (!changes.some((x) => same(x.path, c.path))) changes.push(c);
  };

  let specChanges: { path: string; before?: Json; after?: Json }[];
  try {
    const before = adapter.toDesired(o).spec as unknown as Json;
    const after = adapter.toDesired(n).spec as unknown as Json;
    specChanges = diff(before, after, 'spec', handlerOf(adapter.kind).keyed).filter(
      (c) => c.path !== 'spec.credentials.source',
    );
  } catch {
    // Inputs the kind cannot read (never after Check): compare them key by key.
    const keys = [...new Set([...Object.keys(o), ...Object.keys(n)])].filter((k) => k !== adapter.idKey);
    specChanges = keys
      .filter((k) => !(k in adapter.providerKeys) && !same(o[k], n[k]))
      .map((k) => ({ path: `spec.${k}`, before: o[k] as Json, after: n[k] as Json }));
  }
  for (const c of specChanges) {
    const path = inputPathOf(adapter, c.path, o, n);
    const kind: ChangeKind = c.before == null ? 'add' : c.after == null ? 'delete' : 'update';
    add({ path, kind, replace: adapter.replaceOn.includes(c.path) });
  }
  for (const p of adapter.secretPaths) {
    if (!same(getAt(o, p), getAt(n, p)) && !changes.some((c) => startsWith(p, c.path)))
      add({
        path: p,
        kind: getAt(o, p) === undefined ? 'add' : getAt(n, p) === undefined ? 'delete' : 'update',
        replace: false,
      });
  }
  if (!same(o[adapter.idKey], n[adapter.idKey]))
    add({ path: [adapter.idKey], kind: 'update', replace: idReplaces });
  for (const k of Object.keys(adapter.providerKeys))
    if (!same(o[k], n[k])) add({ path: [k], kind: o[k] === undefined ? 'add' : 'update', replace: false });
  for (const u of unknown) {
    const replace =
      (idReplaces && u[0] === adapter.idKey) ||
      replacePaths.some((r) => startsWith(r, u) || startsWith(u, r));
    const existing = changes.find((c) => same(c.path, u));
    if (existing) existing.replace ||= replace;
    else add({ path: u, kind: 'update', replace });
  }

  const replaces = [...new Set(changes.filter((c) => c.replace).map((c) => String(c.path[0])))].sort();
  const idChanged = !same(o[adapter.idKey], n[adapter.idKey]);
  return {
    changes,
    replaces,
    deleteBeforeReplace: changes.length > 0 && deleteFirst(adapter, news, idChanged),
  };
}

/**
 * Inputs for live state in the user's shape (refresh, import): the given `keys` plus every key whose
 * absence would make the desired state differ from `full` (the live state in full input form).
 */
export function shapeInputs(adapter: KindAdapter, full: Props, keys: readonly string[]): Props {
  const out: Props = { [adapter.idKey]: full[adapter.idKey] };
  for (const k of [...adapter.required, ...keys]) if (full[k] !== undefined) out[k] = full[k];
  const target = adapter.toDesired(reveal(full) as Props).spec as unknown as Json;
  for (let round = 0; round < 3; round++) {
    const spec = adapter.toDesired(reveal(out) as Props).spec as unknown as Json;
    const missing = diff(spec, target, 'spec', handlerOf(adapter.kind).keyed)
      .map((c) => String(inputPathOf(adapter, c.path, out, full)[0]))
      .filter((k) => full[k] !== undefined && out[k] === undefined);
    if (!missing.length) break;
    for (const k of missing) out[k] = full[k];
  }
  return out;
}

/** The detailed-diff key of a change. */
export const changeKey = (c: PropertyChange) => propertyPath(c.path);
