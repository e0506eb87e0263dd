/**
 * Validation against the management API's wire definitions with their precompiled validators
 * (generated/wire-validators.ts), for the two sides of the API only: the reconciler's answer checks and the
 * embedded portal's body checks. Kept apart from the registry, so that commands that never talk to an API
 * (`validate`) do not load half a megabyte of validators; any other reference falls back to the registry.
 */
import { precompiledWire } from './generated/wire-validators.js';
import { type ValidationResult, type Validator, validatorFor } from './registry.js';

/** The validator for a schema reference: the precompiled wire one when there is one. */
export function wireValidatorFor(ref: string): Validator {
  return precompiledWire[ref] ?? validatorFor(ref);
}

/** Validates a value against a (wire) schema reference and returns a discriminated result. */
export function validateWire(ref: string, value: unknown): ValidationResult {
  const fn = wireValidatorFor(ref);
  return fn(value) ? { ok: true } : { ok: false, errors: [...(fn.errors ?? [])] };
}
