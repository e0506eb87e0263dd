/**
 * Generates schemas/generated/validators.ts: ajv standalone code (precompiled validators) for every
 * manifest kind (scripts/gen/standalone.ts), so that no command compiles a schema at start-up. The module
 * also declares the validator type the other generated validators (wire-validators.ts) use; `npm run gen
 * -- --check` and a test keep it in step with the schemas.
 */
import { kindSchemas } from '../../schemas/catalog.js';
import { standaloneValidators } from './standalone.js';

export const VALIDATORS_FILE = 'schemas/generated/validators.ts';

/**
 * The references to precompile: each kind's document, what every command that reads manifests checks
 * (the wire definitions are scripts/gen/wire-validators.ts's).
 */
export function precompiledRefs(): string[] {
  return Object.values(kindSchemas);
}

/** Returns `{ 'schemas/generated/validators.ts': source }`. */
export function generateValidators(root: string): Record<string, string> {
  return {
    [VALIDATORS_FILE]: standaloneValidators(root, {
      refs: precompiledRefs(),
      exportName: 'precompiled',
      description: 'Precompiled validators for every manifest kind, keyed by schema reference.',
      declaresType: true,
    }),
  };
}
