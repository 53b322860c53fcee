// Acceptance on the five seed articles: `arqam compare fixtures/` as JSON, checked item by
// item and against a golden projection (test/golden/compare-fixtures.json; regenerate with
// UPDATE_GOLDEN=1 after a reviewed change).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Claim, Comparison, Group } from '../../src/compare/types.js';
import { REPO, runCli } from '../cli/helpers.js';

const GOLDEN = join(REPO, 'test/golden/compare-fixtures.json');
let c: Comparison;

beforeAll(async () => {
  const r = await runCli(['compare', '--format', 'json', '--jobs', '1', 'fixtures/'], { cwd: REPO });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  c = JSON.parse(r.stdout) as Comparison;
});

const doc = (n: string) => (claim: Claim) => claim.document.includes(`/${n}_`);
const values = (g: Group | undefined) => (g ? g.claims.map((x) => `${x.document.slice(9, 12)}:${x.value ?? 'vague'}`).sort() : []);
function group(measure: string, key: string): Group | undefined {
  return c.groups.find((g) => g.event === 'e1' && g.measure === measure && g.subject.key === key);
}

describe('arqam compare fixtures/', () => {
  it('puts the five articles in one event', () => {
    expect(c.schema).toBe('arqam.compare/1');
    expect(c.events[0]!.documents).toHaveLength(5);
  });

  it('1. prison population: about 5000 against about 3500 is a conflict, with the vague "thousands"', () => {
    const g = group('detained', 'side:isis');
    expect(values(g)).toEqual(['000:5000', '001:3500', '004:vague']);
    expect(g!.status).toBe('conflict');
  });

  it('2. total killed 67 → 89 → 123 is an update, and both breakdowns add up', () => {
    const g = group('killed', 'role:all');
    expect(values(g)).toEqual(['002:67', '003:123', '004:89']);
    expect(g!.status).toBe('update');
    const sums = c.checks.filter((k) => k.kind === 'breakdown').map((k) => `${k.expected}=${k.sum}:${k.status}`);
    expect(sums).toEqual(['67=67:ok', '89=89:ok']);
  });

  it('3. killed on the SDF side: a conflict, ISIS\'s claim against the SDF\'s, the Saturday evening count partial', () => {
    const g = group('killed', 'side:sdf')!;
    expect(values(g)).toEqual(['000:17', '000:200', '002:23', '002:7', '003:5', '004:28']);
    expect(g.status).toBe('conflict');
    const isis = g.claims.find((x) => x.claimant === 'isis')!;
    const sdf = g.claims.find((x) => x.claimant === 'sdf' && x.value === 17)!;
    expect(isis.source?.via?.canonical).toBe('furat-post');
    expect(g.summary.conflicts).toContainEqual({ a: sdf.id, b: isis.id });
    expect(g.claims.find(doc('003'))!.partial).toBe(true);
    expect(g.claims.find((x) => x.value === 7)!.source?.via?.canonical).toBe('reuters');
  });

  it('4. ISIS members killed: 39, 23 via Reuters, 56; Saturday evening\'s 16 partial', () => {
    const g = group('killed', 'side:isis')!;
    expect(values(g)).toEqual(['002:23', '002:39', '003:16', '004:56']);
    expect(g.claims.find((x) => x.value === 16)!.partial).toBe(true);
  });

  it('5. civilians killed: 5 and 5 agree', () => {
    const g = group('killed', 'role:civilians')!;
    expect(values(g)).toEqual(['002:5', '004:5']);
    expect(g.status).toBe('agree');
  });

  it('6. escaped and freed: more than 800 (ISIS), tens still at large, about a hundred recaptured', () => {
    const released = c.groups.find((g) => g.measure === 'released')!;
    expect(released.claims[0]).toMatchObject({ value: 800, qualifier: 'moreThan', claimant: 'isis' });
    expect(c.groups.find((g) => g.measure === 'escaped')!.claims[0]).toMatchObject({ value: null, qualifier: 'vague', claimant: 'sohr' });
    expect(c.groups.find((g) => g.measure === 'arrested')!.claims[0]).toMatchObject({ value: 100, qualifier: 'approx' });
  });

  it('7. the Iraqi soldiers in Diyala and the 8 million of 2014 join no Hasakah group', () => {
    const other = c.groups.filter((g) => g.event !== 'e1');
    expect(values(other.find((g) => g.claims.some((x) => x.value === 11)))).toEqual(['004:11']);
    expect(values(other.find((g) => g.claims.some((x) => x.value === 8_000_000)))).toEqual(['003:8000000']);
    for (const g of c.groups.filter((x) => x.event === 'e1')) expect(g.claims.every((x) => !x.otherEvent)).toBe(true);
  });

  it('matches the golden projection', () => {
    const projection = c.groups.map((g) => ({
      event: g.event,
      measure: g.measure,
      subject: g.subject.key,
      status: g.status,
      claims: g.claims.map((x) => ({ document: x.document, value: x.value, qualifier: x.qualifier, claimant: x.claimant, partial: x.partial })),
    }));
    if (process.env.UPDATE_GOLDEN || !existsSync(GOLDEN)) writeFileSync(GOLDEN, JSON.stringify(projection, null, 2) + '\n');
    expect(projection).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });
});
