/**
 * `portalctl import [--kind K] [-o DIR]`: writes manifests for the live objects (credentials as
 * `fromEnv` placeholders), one file per kind, such that `plan` on them shows no changes. Loaded only when
 * the command runs (its options: ./import-command.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { ExitCode } from '../../exit-codes.js';
import { importManifests } from '../../import.js';
import type { KindName } from '../../kinds/model.js';
import { observe } from '../../observe.js';
import type { CliIo } from '../main.js';
import type { TargetFlags } from '../options.js';
import { withTarget } from '../session.js';

const HEADER =
  '# Written by `portalctl import`. Point yaml-language-server at schemas/manifest.schema.json for editor checks.\n';

export type ImportFlags = TargetFlags & { kind: KindName[]; outputDir?: string };

/** Runs `import`; returns the exit code. */
export async function runImport(io: CliIo, flags: ImportFlags): Promise<number> {
  return withTarget(io, flags, async (target) => {
    const snapshot = await observe(target.api, { owner: flags.owner });
    const files = importManifests(snapshot, flags.kind);
    const text = (f: (typeof files)[number]) =>
      HEADER + f.manifests.map((m) => stringify(m, { lineWidth: 0 })).join('---\n');
    if (!flags.outputDir) {
      io.stdout(files.map(text).join('---\n'));
    } else {
      const dir = resolve(io.cwd, flags.outputDir);
      await mkdir(dir, { recursive: true });
      for (const f of files) await writeFile(join(dir, f.file), text(f));
      io.stderr(`wrote ${files.map((f) => join(flags.outputDir as string, f.file)).join(', ')}\n`);
    }
    const env = files.flatMap((f) => f.env);
    if (env.length) io.stderr(`credentials are placeholders; set: ${env.join(', ')}\n`);
    return ExitCode.Ok;
  });
}
