// Duckling's Arabic numeral and ordinal corpus (../shared), when it is there.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { numbers } from './helpers.js';

const DIR = new URL('../../../../shared/benchmarks/duckling/', import.meta.url);

function score(file: string, kind?: string): { pass: number; total: number; failures: string[] } {
  const cases = JSON.parse(readFileSync(new URL(file, DIR), 'utf8')) as Array<{ text: string; value: number }>;
  const failures: string[] = [];
  for (const c of cases) {
    const text = c.text.trim();
    const spanning = numbers(text).filter((m) => m.start === 0 && m.end === text.length && (!kind || m.kind === kind));
    const ok = spanning.length === 1 && spanning[0]!.value !== null && Math.abs(spanning[0]!.value - c.value) < 1e-9;
    if (!ok) failures.push(text);
  }
  return { pass: cases.length - failures.length, total: cases.length, failures };
}

describe.runIf(existsSync(DIR))('Duckling corpus', () => {
  it('numeral.json ≥ 99%', () => {
    const r = score('numeral.json');
    expect(r.pass / r.total, r.failures.join(' | ')).toBeGreaterThanOrEqual(0.99);
  });
  it('numeral_ar_eg.json ≥ 95%', () => {
    const r = score('numeral_ar_eg.json');
    expect(r.pass / r.total, r.failures.join(' | ')).toBeGreaterThanOrEqual(0.95);
  });
  it('ordinal.json ≥ 95%', () => {
    const r = score('ordinal.json', 'ordinal');
    expect(r.pass / r.total, r.failures.join(' | ')).toBeGreaterThanOrEqual(0.95);
  });
});
