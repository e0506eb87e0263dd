// `renderPlan` dispatches to each format, and no format ever prints a secret: every fixture in every
// format is searched for a known secret value (held in the environment variables the fixtures'
// credential references name, so a renderer that resolved a reference would leak it).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planFixtures, rotationPlan } from './fixtures.js';
import { PLAN_FORMATS, renderPlan } from './plan.js';
import { PLAN_MARKER } from './plan-markdown.js';

const SECRET = 'sk-live-5ecr3t-DO-NOT-PRINT-9f8e7d';
const REFERENCED = ['TICKETS_TOKEN', 'GITHUB_CLIENT_SECRET', 'WIKI_KEY'];

describe('renderPlan', () => {
  it.each([
    {
      format: 'text' as const,
      reason: 'text ends with the API-call line',
      check: (s: string) => s.includes('API calls:'),
    },
    {
      format: 'markdown' as const,
      reason: 'markdown starts with the marker',
      check: (s: string) => s.startsWith(PLAN_MARKER),
    },
    {
      format: 'json' as const,
      reason: 'json is the plan value',
      check: (s: string) => JSON.parse(s).format_version === '2.0',
    },
    {
      format: 'github' as const,
      reason: 'github is workflow commands',
      check: (s: string) => s.startsWith('::notice '),
    },
  ])('renders $format', ({ format, check }) => {
    expect(check(renderPlan(format, rotationPlan))).toBe(true);
  });

  it('refuses an unknown format', () => {
    expect(() => renderPlan('yaml' as never, rotationPlan)).toThrow(TypeError);
  });

  it('passes maxChars to markdown and colour to text', () => {
    expect(
      renderPlan('markdown', planFixtures.mixed as never, { maxChars: 2_000 }).length,
    ).toBeLessThanOrEqual(2_000);
    expect(renderPlan('text', rotationPlan, { color: true })).toContain('\u001b[');
    expect(renderPlan('text', rotationPlan)).not.toContain('\u001b[');
  });
});

describe('secrets', () => {
  const saved: Record<string, string | undefined> = {};
  beforeEach(() => {
    for (const name of REFERENCED) {
      saved[name] = process.env[name];
      process.env[name] = SECRET;
    }
  });
  afterEach(() => {
    for (const name of REFERENCED) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  it('the secret is in no fixture, so any occurrence in an output is a leak', () => {
    expect(JSON.stringify(planFixtures)).not.toContain(SECRET);
  });

  const cases = Object.keys(planFixtures).flatMap((fixture) =>
    PLAN_FORMATS.map((format) => ({ fixture, format })),
  );
  it.each(cases)('$format output of $fixture never contains the secret', ({ fixture, format }) => {
    const plan = planFixtures[fixture];
    if (!plan) throw new Error(`no fixture ${fixture}`);
    for (const color of [false, true]) expect(renderPlan(format, plan, { color })).not.toContain(SECRET);
  });

  it.each(PLAN_FORMATS)('%s shows the rotation as (sensitive)', (format) => {
    expect(renderPlan(format, rotationPlan)).toContain('(sensitive)');
  });
});
