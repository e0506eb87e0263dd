/**
 * Everything generated from the schemas, as `{path: content}` relative to the repository root; shared
 * by `npm run gen` and the staleness test so both compute exactly the same thing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleManifestSchema } from './bundle.js';
import { manifestReference, spliceReference } from './reference.js';
import { generateTypes } from './types.js';

export async function generated(root: string): Promise<Record<string, string>> {
  const schemasDir = join(root, 'schemas');
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  return {
    'schemas/manifest.schema.json': `${JSON.stringify(bundleManifestSchema(schemasDir), null, 2)}\n`,
    ...(await generateTypes(schemasDir)),
    'README.md': spliceReference(readme, manifestReference(schemasDir)),
  };
}
