/**
 * The status every resource reports, the way a controller reports conditions: a phase (Waiting | Ready |
 * Error), a CamelCase reason for machines and a one-line message for people, deterministic so it never flaps.
 */
import type { KindName, ServerFacts } from './kinds/model.js';
import type { ContextCost } from './plan/types.js';

export type Phase = 'Waiting' | 'Ready' | 'Error';

export interface ResourceStatus {
  kind: KindName;
  name: string;
  phase: Phase;
  reason: string;
  message: string;
  tools?: number;
  prompts?: number;
  lastSynced?: string;
  lastSuccessfulSync?: string;
  error?: string;
  errorDetails?: ServerFacts['errorDetails'];
  /** Portals: what their tool list costs a connection per context mode (when status was asked to count). */
  context?: ContextCost;
}
