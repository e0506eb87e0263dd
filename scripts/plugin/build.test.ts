// The plugin build's naming and version rules (the artefacts themselves are tested unpacked and run, in
// scripts/packaging/plugin.test.ts).
import { describe, expect, it } from 'vitest';
import { minimumNode, PluginBuildError, pluginDirName, tarballName } from './build.js';

describe('names Pulumi expects', () => {
  it('names a tarball pulumi-resource-<name>-v<version>-<os>-<arch>.tar.gz', () => {
    expect(tarballName('1.2.3', 'darwin', 'arm64')).toBe(
      'pulumi-resource-mcpportal-v1.2.3-darwin-arm64.tar.gz',
    );
  });

  it('names the folder as the installed plugin folder, resource-<name>-v<version>', () => {
    expect(pluginDirName('1.2.3')).toBe('resource-mcpportal-v1.2.3');
  });
});

describe('minimumNode', () => {
  it.each([
    { engines: '>=20.19', want: [20, 19] },
    { engines: '>= 22.1.0', want: [22, 1] },
  ])('reads $engines', ({ engines, want }) => {
    expect(minimumNode(engines)).toEqual(want);
  });

  it.each([undefined, '^20.19', '20', '>=20'])('refuses %s', (engines) => {
    expect(() => minimumNode(engines)).toThrow(PluginBuildError);
  });
});
