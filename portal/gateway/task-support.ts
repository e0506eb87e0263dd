/**
 * A tool's `execution.taskSupport` as the portal lists it (pure). The portal declares no `tasks` capability,
 * so a listed tool never carries task support other than "forbidden": "required" and "optional" are dropped
 * (and `execution` with them when nothing else is left), and the gateway runs a tool whose upstream requires
 * a task as a task itself (`tasks.ts`). Done once per catalog build.
 */
import type { ServerCapability } from '../../schemas/generated/wire.js';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether the upstream's definition says the tool can only be called as a task. */
export function requiresTask(def: ServerCapability): boolean {
  return isObject(def.execution) && def.execution.taskSupport === 'required';
}

/** `def` as the portal lists it: no task support other than "forbidden" (the same object when unchanged). */
export function withoutTaskSupport(def: ServerCapability): ServerCapability {
  const execution = def.execution;
  if (!isObject(execution) || !('taskSupport' in execution) || execution.taskSupport === 'forbidden') {
    return def;
  }
  const { taskSupport: _, ...rest } = execution;
  const { execution: __, ...listed } = def;
  return Object.keys(rest).length > 0 ? { ...listed, execution: rest } : listed;
}
