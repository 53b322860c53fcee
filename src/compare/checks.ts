// Checks over the figures: every stated breakdown adds up to its total, and a running
// total from one claimant never goes down over time.

import { figuresLexicon } from '../figures/lexicon.js';
import type { Figure } from '../figures/types.js';
import type { Check, Group } from './types.js';

export function checksOf(figures: readonly Figure[], groups: readonly Group[]): Check[] {
  const checks: Check[] = [];
  const parts = new Map<string, Figure[]>();
  for (const f of figures) {
    if (!f.partOf) continue;
    const list = parts.get(f.partOf) ?? [];
    list.push(f);
    parts.set(f.partOf, list);
  }
  for (const total of figures) {
    const list = parts.get(total.id);
    if (!list) continue;
    const sum = list.reduce((s, p) => s + (p.value ?? 0), 0);
    const exact = total.value !== null && list.every((p) => p.value !== null);
    // One part alone ("بينهم 1404 في حالة حرجة") or parts named among the total (بينهم 5 أطفال
    // و3 نساء: among) are a subset of it, never all of it.
    const subset = list.length === 1 || list.some((p) => p.among === true);
    const ok = exact && !subset ? sum === total.value : total.value === null || sum <= (total.max ?? Infinity);
    const relation = subset ? 'includes' : '=';
    checks.push({
      kind: 'breakdown',
      status: ok ? 'ok' : 'mismatch',
      message: `${total.measure} ${total.value ?? '?'} ${relation} ${list.map((p) => p.value ?? '?').join(' + ')}${ok ? '' : ` (the parts add up to ${sum})`}`,
      document: total.document,
      total: total.id,
      parts: list.map((p) => p.id),
      expected: total.value,
      sum,
    });
  }
  for (const g of groups) {
    if (!figuresLexicon().measures.get(g.measure)?.cumulative) continue;
    for (const { claimant, points } of g.summary.series) {
      const dated = points.filter((p) => p.asOf !== null && p.value !== null);
      for (let k = 1; k < dated.length; k++) {
        const before = dated[k - 1]!;
        const after = dated[k]!;
        if (after.asOf! > before.asOf! && after.value! < before.value!) {
          checks.push({
            kind: 'series-down',
            status: 'fail',
            message: `${claimant}: ${g.measure} went down from ${before.value} (${before.asOf}) to ${after.value} (${after.asOf})`,
            claimant,
            claims: [before.claim, after.claim],
          });
        }
      }
    }
  }
  return checks;
}
