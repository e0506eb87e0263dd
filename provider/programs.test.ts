// The example programs against schema.json, statically (no Pulumi CLI here): Pulumi.yaml's resource
// types, properties (nested, with required ones and enum values), `${resource.property}` references and
// plugin path; examples/pulumi-ts type-checked against the SDK and read for the classes, arguments and
// outputs it uses.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { checkYamlProgram, type Resource, resources, type YamlProgram } from './testing/yaml-check.js';

const root = join(import.meta.dirname, '..');
const ref = (expr: string) => `\${${expr}}`;

describe('Pulumi.yaml', () => {
  const program = yaml.load(readFileSync(join(root, 'Pulumi.yaml'), 'utf8')) as YamlProgram;

  it('is a YAML program using the local plugin', () => {
    expect(program.runtime).toBe('yaml');
    const plugin = program.plugins?.providers?.find((p) => p.name === 'mcpportal');
    expect(plugin).toBeDefined();
    accessSync(join(root, plugin?.path ?? '', 'pulumi-resource-mcpportal'), constants.X_OK);
  });

  it('declares the example policies, servers and portals', () => {
    const byType = (t: string) => Object.values(program.resources).filter((r) => r.type === t).length;
    expect(byType('mcpportal:AccessPolicy')).toBe(4);
    expect(byType('mcpportal:McpServer')).toBe(5);
    expect(byType('mcpportal:McpPortal')).toBe(2);
    expect(Object.keys(program.outputs ?? {})).toEqual(
      expect.arrayContaining(['engineeringUrl', 'docsStatus']),
    );
  });

  it('uses only types and properties schema.json declares', () => {
    expect(checkYamlProgram(program)).toEqual([]);
  });

  it('would catch an undeclared property, a bad enum value and a bad reference', () => {
    const bad: YamlProgram = {
      runtime: 'yaml',
      config: { token: {} },
      resources: {
        s: {
          type: 'mcpportal:McpServer',
          properties: { url: 'https://x', auth: { type: 'basic', tokn: 'x' } },
        },
        p: { type: 'mcpportal:index:McpPortal', properties: { servers: [{ server: ref('s.serverIdd') }] } },
        q: { type: 'mcpportal:Nope' },
      },
      outputs: { u: ref('p.url'), t: ref('tokn') },
    };
    expect(checkYamlProgram(bad)).toEqual([
      's.auth.type: "basic" is not one of the enum',
      's.auth.tokn: not a property of #/types/mcpportal:index:ServerAuth',
      'p: missing required hostname',
      'q: unknown type mcpportal:Nope',
      `${ref('s.serverIdd')}: not an output of mcpportal:McpServer`,
      `${ref('p.url')}: not an output of mcpportal:index:McpPortal`,
      `${ref('tokn')}: no such config key`,
    ]);
  });
});

describe('examples/pulumi-ts', () => {
  const dir = join(root, 'examples', 'pulumi-ts');

  it('type-checks against the SDK (whose classes mirror schema.json)', () => {
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    expect(() =>
      execFileSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { stdio: 'pipe' }),
    ).not.toThrow();
  }, 60_000);

  it('uses only resources, arguments and outputs schema.json declares', () => {
    const src = ts.createSourceFile(
      'index.ts',
      readFileSync(join(dir, 'index.ts'), 'utf8'),
      ts.ScriptTarget.ES2022,
      true,
    );
    const problems: string[] = [];
    const variables = new Map<string, Resource>();
    const visit = (n: ts.Node) => {
      if (
        ts.isVariableDeclaration(n) &&
        n.initializer &&
        ts.isNewExpression(n.initializer) &&
        ts.isPropertyAccessExpression(n.initializer.expression) &&
        n.initializer.expression.expression.getText() === 'mcp'
      ) {
        const cls = n.initializer.expression.name.text;
        const res = resources[`mcpportal:index:${cls}`];
        if (!res) problems.push(`new ${cls}: not a schema resource`);
        else {
          variables.set((n.name as ts.Identifier).text, res);
          const args = n.initializer.arguments?.[1];
          if (args && ts.isObjectLiteralExpression(args))
            for (const p of args.properties)
              if (p.name && !((p.name as ts.Identifier).text in res.inputProperties))
                problems.push(`${cls}: ${(p.name as ts.Identifier).text} is not an input`);
        }
      }
      if (ts.isPropertyAccessExpression(n) && ts.isIdentifier(n.expression)) {
        const res = variables.get(n.expression.text);
        if (res && !(n.name.text in res.properties))
          problems.push(`${n.expression.text}.${n.name.text}: not an output`);
      }
      n.forEachChild(visit);
    };
    visit(src);
    expect(problems).toEqual([]);
    expect([...variables.keys()]).toHaveLength(11);
  });

  it('uses the local plugin and references the local package', () => {
    const program = yaml.load(readFileSync(join(dir, 'Pulumi.yaml'), 'utf8')) as YamlProgram;
    expect(program.runtime).toBe('nodejs');
    const plugin = program.plugins?.providers?.find((p) => p.name === 'mcpportal');
    accessSync(join(dir, plugin?.path ?? '', 'pulumi-resource-mcpportal'), constants.X_OK);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    expect(pkg.dependencies['mcp-portals']).toBe('file:../..');
  });
});
