/**
 * Path ids in bodies: a PUT may repeat the object's `id` (clients that send back what they read); it is
 * dropped when it matches the path and refused when it differs, since ids are create-only.
 */
import { ImmutableFieldError } from './errors.js';

/** Removes create-only `fields` from `body` when equal to `current`; throws when they differ. */
export function dropUnchanged(
  body: Record<string, unknown>,
  current: Record<string, unknown>,
  fields: readonly string[],
  what: string,
): void {
  for (const field of fields) {
    if (!(field in body)) continue;
    if (body[field] !== current[field]) {
      throw new ImmutableFieldError([
        {
          message: `${field} of ${what} cannot be changed after creation; delete and recreate it instead`,
          path: [field],
        },
      ]);
    }
    delete body[field];
  }
}
