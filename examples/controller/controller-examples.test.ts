/**
 * The deployment examples agree with the code: probe paths, the metrics port and its name, the ServiceMonitor's
 * selector and path, the systemd unit's essentials, and that every flag they pass is one `portalctl controller`
 * accepts (read from the real command definition).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { registerController } from '../../reconciler/cli/commands/controller.js';
import type { CliIo } from '../../reconciler/cli/main.js';
import {
  DEFAULT_LISTEN,
  DEFAULT_METRICS_PORT,
  HEALTH_PATH,
  METRICS_PATH,
  parseListen,
  READY_PATH,
} from '../../reconciler/controller/http.js';
import { loadManifests } from '../../reconciler/load/index.js';

const dir = import.meta.dirname;
// biome-ignore lint/suspicious/noExplicitAny: Kubernetes objects are checked field by field below
type K8s = any;
const docs = (file: string): K8s[] =>
  parseAllDocuments(readFileSync(join(dir, 'kubernetes', file), 'utf8')).map((d) => {
    expect(d.errors).toEqual([]);
    return d.toJS();
  });

/** The long flags `portalctl controller` defines. */
function controllerFlags(): Set<string> {
  const program = new Command();
  registerController(program, {} as CliIo, { code: 0 });
  const cmd = program.commands.find((c) => c.name() === 'controller');
  if (!cmd) throw new Error('no controller command');
  return new Set(cmd.options.flatMap((o) => [o.long, o.short]).filter((f): f is string => f !== undefined));
}

function checkArgs(args: string[]) {
  expect(args[0]).toBe('controller');
  const known = controllerFlags();
  for (const a of args.slice(1).filter((x) => x.startsWith('-'))) expect(known, a).toContain(a);
  const listen = args[args.indexOf('--listen') + 1] as string;
  expect(parseListen(listen).port).toBe(DEFAULT_METRICS_PORT);
}

const deployments = ['deployment.yaml', 'deployment-git-sync.yaml'];

describe('Kubernetes examples', () => {
  it.each(deployments)('%s: probes, the metrics port and the flags match the code', (file) => {
    const deployment = docs(file).find((d) => d.kind === 'Deployment');
    expect(deployment.spec.replicas).toBeLessThanOrEqual(2);
    const c = deployment.spec.template.spec.containers.find((x: K8s) => x.name === 'controller');
    expect(c.ports).toContainEqual({ name: 'metrics', containerPort: DEFAULT_METRICS_PORT, protocol: 'TCP' });
    expect(c.livenessProbe.httpGet).toEqual({ path: HEALTH_PATH, port: 'metrics' });
    expect(c.readinessProbe.httpGet).toEqual({ path: READY_PATH, port: 'metrics' });
    expect(c.envFrom).toContainEqual({ secretRef: { name: 'portalctl-controller' } });
    expect(c.command).toEqual(['portalctl']);
    checkArgs(c.args);
    // The labels the Service and the ServiceMonitor select are the pods'.
    expect(deployment.spec.selector.matchLabels).toEqual(deployment.spec.template.metadata.labels);
  });

  it('the Secret carries the token, the Service a `metrics` port, and the ServiceMonitor scrapes it', () => {
    const all = docs('deployment.yaml');
    const secret = all.find((d) => d.kind === 'Secret');
    expect(Object.keys(secret.stringData)).toContain('CLOUDFLARE_API_TOKEN');
    const service = all.find((d) => d.kind === 'Service');
    const pods = all.find((d) => d.kind === 'Deployment').spec.template.metadata.labels;
    expect(service.spec.selector).toEqual(pods);
    expect(service.spec.ports).toContainEqual({
      name: 'metrics',
      port: DEFAULT_METRICS_PORT,
      targetPort: 'metrics',
      protocol: 'TCP',
    });
    const [monitor] = docs('servicemonitor.yaml');
    expect(monitor.kind).toBe('ServiceMonitor');
    expect(monitor.spec.selector.matchLabels).toEqual(service.metadata.labels);
    expect(monitor.spec.endpoints).toEqual([{ port: 'metrics', path: METRICS_PATH, interval: '30s' }]);
    const configMap = all.find((d) => d.kind === 'ConfigMap');
    const volume = all
      .find((d) => d.kind === 'Deployment')
      .spec.template.spec.volumes.find((v: K8s) => v.configMap);
    expect(volume.configMap.name).toBe(configMap.metadata.name);
  });

  it('the ConfigMap holds valid manifests', async () => {
    const configMap = docs('deployment.yaml').find((d) => d.kind === 'ConfigMap');
    const tmp = mkdtempSync(join(tmpdir(), 'controller-example-'));
    try {
      for (const [name, text] of Object.entries(configMap.data))
        writeFileSync(join(tmp, name), text as string);
      const loaded = await loadManifests([tmp], { cwd: tmp });
      expect(loaded.diagnostics).toEqual([]);
      expect(loaded.manifests.length).toBeGreaterThan(0);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('systemd unit', () => {
  const unit = readFileSync(join(dir, 'portalctl-controller.service'), 'utf8');
  /** `Key=value` lines of the unit (comments and sections aside). */
  const settings = new Map<string, string[]>();
  for (const line of unit.split('\n')) {
    const m = /^([A-Za-z]+)=(.*)$/.exec(line);
    if (m) settings.set(m[1] as string, [...(settings.get(m[1] as string) ?? []), m[2] as string]);
  }
  const one = (key: string) => settings.get(key)?.[0];

  it('restarts on failure, reads the token from an env file, and is hardened', () => {
    expect(one('Restart')).toBe('on-failure');
    expect(one('EnvironmentFile')).toMatch(/^\/etc\/portalctl\//);
    for (const key of ['NoNewPrivileges', 'DynamicUser', 'ProtectHome', 'PrivateTmp'])
      expect(one(key), key).toBe('yes');
    expect(one('ProtectSystem')).toBe('strict');
    // ProtectSystem=strict: the only writable place is the state directory, where the status file goes.
    expect(one('ExecStart')).toContain(`/var/lib/${one('StateDirectory')}/`);
    expect(unit).not.toMatch(/CLOUDFLARE_API_TOKEN=/);
  });

  it('runs `portalctl controller` with known flags, serving on the default loopback address', () => {
    const exec = (one('ExecStart') ?? '').split(/\s+/);
    expect(exec[0]).toMatch(/\/portalctl$/);
    checkArgs(exec.slice(1));
    expect(exec[exec.indexOf('--listen') + 1]).toBe(DEFAULT_LISTEN);
  });

  it('gives the controller its shutdown time before systemd kills it', () => {
    expect(one('KillSignal')).toBe('SIGTERM');
    expect(Number.parseInt(one('TimeoutStopSec') ?? '0', 10)).toBeGreaterThan(30);
  });
});
