/**
 * The controller's structured log: one JSON line per ControllerEvent (`ts`, `level`, `event`, `cycle`,
 * `resource`, `message`, then the event's other fields), every known secret masked in the line as written
 * (reconciler/render/mask.ts). Errors become `{name, message}`; a value that cannot be serialised is
 * written as a string, so a log line never throws.
 */
import { maskSecrets } from '../render/mask.js';
import type { ControllerEvent, ControllerObserver } from './types.js';

export interface JsonLogOptions {
  /** Epoch ms (default Date.now). */
  clock?: () => number;
  /** Events below this level are not written (default `info`: everything). */
  level?: ControllerEvent['level'];
}

const RANK: Record<ControllerEvent['level'], number> = { info: 0, warn: 1, error: 2 };

function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message };
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Map) return Object.fromEntries(value);
  if (value instanceof Set) return [...value];
  return value;
}

/** One event as its log line (without the newline). */
export function formatEvent(e: ControllerEvent, ts: number): string {
  const { level, event, cycle, resource, message, ...extra } = e;
  const line = {
    ts: new Date(ts).toISOString(),
    level,
    event,
    ...(cycle !== undefined ? { cycle } : {}),
    ...(resource !== undefined ? { resource } : {}),
    message,
    ...extra,
  };
  let text: string;
  try {
    text = JSON.stringify(line, replacer);
  } catch (err) {
    // A circular value among the extra fields: keep the known ones and say what happened.
    const { ts: t, level: l, event: ev } = line;
    text = JSON.stringify({
      ts: t,
      level: l,
      event: ev,
      ...(cycle !== undefined ? { cycle } : {}),
      ...(resource !== undefined ? { resource } : {}),
      message: String(message),
      logError: `extra fields not serialisable: ${(err as Error).message}`,
    });
  }
  return maskSecrets(text);
}

export function jsonLogObserver(
  write: (line: string) => void,
  opts: JsonLogOptions = {},
): ControllerObserver {
  const clock = opts.clock ?? Date.now;
  const min = RANK[opts.level ?? 'info'];
  return {
    event(e) {
      if ((RANK[e.level] ?? RANK.error) < min) return;
      write(formatEvent(e, clock()));
    },
  };
}

/** Several observers as one (metrics, logs, traces): each callback goes to every one that has it. */
export function combineObservers(...observers: ControllerObserver[]): ControllerObserver {
  return {
    cycleStarted: (id, trigger) => {
      for (const o of observers) o.cycleStarted?.(id, trigger);
    },
    cycleFinished: (report, state) => {
      for (const o of observers) o.cycleFinished?.(report, state);
    },
    event: (e) => {
      for (const o of observers) o.event?.(e);
    },
  };
}
