// Parsing of fault-injection specs (table of good and bad specs) and the seeded picker's determinism.
import { describe, expect, it } from 'vitest';
import { createFaultPicker, FaultSpecError, parseFaults } from './faults.js';

describe('parseFaults', () => {
  it.each([
    {
      spec: '429=0.1,500=0.05,latency=50ms',
      want: {
        failures: [
          { status: 429, probability: 0.1 },
          { status: 500, probability: 0.05 },
        ],
        latencyMs: 50,
      },
    },
    {
      spec: ' 503 = 1 , seed = 7 ',
      want: { failures: [{ status: 503, probability: 1 }], latencyMs: 0, seed: 7 },
    },
    { spec: 'latency=0.5s', want: { failures: [], latencyMs: 500 } },
    { spec: 'latency=20', want: { failures: [], latencyMs: 20 } },
    { spec: '', want: { failures: [], latencyMs: 0 } },
  ])('parses "$spec"', ({ spec, want }) => {
    expect(parseFaults(spec)).toEqual(want);
  });

  it.each([
    { spec: '429', reason: 'not key=value' },
    { spec: '429=abc', reason: 'probability not a number' },
    { spec: '500=1.5', reason: 'probability above 1' },
    { spec: '429=0.6,500=0.6', reason: 'probabilities sum above 1' },
    { spec: '200=0.1', reason: 'only 4xx/5xx can be injected' },
    { spec: 'latency=fast', reason: 'latency needs a duration' },
    { spec: 'seed=-1', reason: 'seed is a non-negative integer' },
    { spec: 'chaos=1', reason: 'unknown key' },
    { spec: '500=0.1,500=0.2', reason: 'a status given twice' },
  ])('refuses "$spec" ($reason)', ({ spec }) => {
    expect(() => parseFaults(spec)).toThrow(FaultSpecError);
  });
});

describe('createFaultPicker', () => {
  it('picks the same sequence for the same seed and roughly honours probabilities', () => {
    const config = parseFaults('429=0.25,500=0.25,seed=3');
    const run = () => {
      const pick = createFaultPicker(config);
      return Array.from({ length: 400 }, () => pick());
    };
    const a = run();
    expect(run()).toEqual(a);
    const count = (s: number | undefined) => a.filter((x) => x === s).length;
    expect(count(429)).toBeGreaterThan(50);
    expect(count(500)).toBeGreaterThan(50);
    expect(count(undefined)).toBeGreaterThan(100);
  });

  it('never fails without failures configured', () => {
    const pick = createFaultPicker(parseFaults('latency=5ms'));
    expect(Array.from({ length: 50 }, () => pick()).every((x) => x === undefined)).toBe(true);
  });
});
