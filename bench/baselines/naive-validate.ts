/**
 * Baseline for `portalctl validate`: what a short script would do with the same documents. js-yaml
 * `loadAll` per file (no source positions), one ajv compile of the bundled manifest schema (with the
 * project's custom formats accepted by name), and a validation of each document. Prints the count; exit 1
 * on an invalid document. `node dist/bench/baselines/naive-validate.js <folder>`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule, { type FormatsPlugin } from 'ajv-formats';
import { loadAll } from 'js-yaml';

const addFormats = addFormatsModule as unknown as FormatsPlugin;
const root = join(import.meta.dirname, '..', '..', '..');
const schema = JSON.parse(readFileSync(join(root, 'schemas', 'manifest.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false, discriminator: true });
addFormats(ajv);
for (const name of ['domain', 'cidr', 'country-code']) ajv.addFormat(name, true);
const check = ajv.compile(schema);

const dir = process.argv[2] ?? '.';
let documents = 0;
let invalid = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()) {
  for (const doc of loadAll(readFileSync(join(dir, file), 'utf8'))) {
    documents++;
    if (!check(doc)) invalid++;
  }
}
console.log(`${documents} documents, ${invalid} invalid`);
process.exitCode = invalid ? 1 : 0;
