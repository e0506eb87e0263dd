/**
 * Everything generated from the schemas (the bundled manifest schema, TypeScript types, the README's
 * manifest reference, the Pulumi package schema and the TypeScript SDK), as `{path: content}` relative to the
 * repository root; shared by `npm run gen` and the staleness test so both compute exactly the same thing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleManifestSchema } from './bundle.js';
import { generatePulumiSchema } from './pulumi-schema.js';
import { generateSdk, sdkBanner } from './pulumi-sdk.js';
import { manifestReference, spliceReference } from './reference.js';
import { generateTypes } from './types.js';

export async function generated(root: string): Promise<Record<string, string>> {
  const schemasDir = join(root, 'schemas');
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const pulumi = generatePulumiSchema(root);
  return {
    'schemas/manifest.schema.json': `${JSON.stringify(bundleManifestSchema(schemasDir), null, 2)}\n`,
    ...(await generateTypes(schemasDir)),
    'README.md': spliceReference(readme, manifestReference(schemasDir)),
    [pulumi.file]: pulumi.text,
    ...generateSdk(pulumi.schema, sdkBanner(root)),
  };
}
