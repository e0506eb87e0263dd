// The bundler's native-addon guard: it finds the addon packages of this repository's node_modules, and it
// refuses a bundle that reaches one, naming the import chain (here the reconciler's embedded-portal entry,
// the path by which better-sqlite3 would come in if the provider ever called it).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BundleError, bundleProvider, nativeAddonReason, packageDirOf } from './bundle.js';

const root = join(import.meta.dirname, '..', '..');

describe('packageDirOf', () => {
  it.each([
    { input: 'node_modules/yaml/dist/index.js', want: 'node_modules/yaml' },
    { input: 'node_modules/@grpc/grpc-js/build/src/index.js', want: 'node_modules/@grpc/grpc-js' },
    { input: 'node_modules/a/node_modules/@s/b/x.js', want: 'node_modules/a/node_modules/@s/b' },
    { input: 'provider/main.ts', want: undefined },
  ])('$input -> $want', ({ input, want }) => {
    expect(packageDirOf(input)).toBe(want);
  });
});

describe('nativeAddonReason', () => {
  it('names better-sqlite3 an addon and yaml not', () => {
    expect(nativeAddonReason(join(root, 'node_modules', 'better-sqlite3'))).toBeDefined();
    expect(nativeAddonReason(join(root, 'node_modules', 'yaml'))).toBeUndefined();
  });
});

describe('bundleProvider', () => {
  it('refuses a bundle that reaches better-sqlite3, naming the import chain', async () => {
    const entry =
      "import { resolveTarget } from './reconciler/target.ts';\nawait resolveTarget({ env: {}, notice() {} });\n";
    const err = await bundleProvider({ root, target: 'node20.19', banner: '', entry }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(BundleError);
    expect((err as Error).message).toMatch(
      /better-sqlite3 is a native addon .*reconciler\/target\.ts -> portal\/index\.ts/,
    );
  });
});
