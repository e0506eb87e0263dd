/**
 * Generates schemas/generated/wire-validators.ts: precompiled validators for every definition of the
 * management API's wire schemas (schemas/wire/*), what the reconciler checks each answer against and the
 * embedded portal each request body, so that neither compiles a schema when it starts. References are not
 * inlined (each shared definition is one function): inlined, the Access rule union alone would make ~2 MB.
 */
import { schemaFiles } from '../../schemas/catalog.js';
import { standaloneValidators } from './standalone.js';

export const WIRE_VALIDATORS_FILE = 'schemas/generated/wire-validators.ts';

/** `wire/<file>#/definitions/<Name>` for every definition of every wire schema file, in file order. */
export function wireRefs(): string[] {
  return Object.entries(schemaFiles)
    .filter(([file]) => file.startsWith('wire/'))
    .flatMap(([file, doc]) =>
      Object.keys((doc as { definitions?: object }).definitions ?? {}).map(
        (d) => `${file}#/definitions/${d}`,
      ),
    );
}

/** The ajv options the wire validators are compiled with (the test compiles its reference alike). */
export const WIRE_OPTIONS = { inlineRefs: false } as const;

/** Returns `{ 'schemas/generated/wire-validators.ts': source }`. */
export function generateWireValidators(root: string): Record<string, string> {
  return {
    [WIRE_VALIDATORS_FILE]: standaloneValidators(root, {
      refs: wireRefs(),
      options: WIRE_OPTIONS,
      exportName: 'precompiledWire',
      description: 'Precompiled validators for every wire definition, keyed by schema reference.',
    }),
  };
}
