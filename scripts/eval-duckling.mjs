#!/usr/bin/env node
// Scores arqam's extractors on Duckling's own Arabic test corpus (../shared/benchmarks/duckling/).
// Rule (Duckling's makeCorpusTest): a case passes when exactly one mention spans the WHOLE
// input (trimmed) and its value equals the expected one.
//
// Usage: node scripts/eval-duckling.mjs [--verbose] [--dir PATH] [suite …]
// Imports the compiled code from dist/ (`npm run eval:duckling` builds first).
//
// Each suite is one function: (case) → { pass, got } or null when the suite is not
// implemented yet (it is then reported as skipped). Numbers own numeral, numeral_ar_eg and
// ordinal; the dates extractor fills the time, time_negative and duration hooks.

import { existsSync, readFileSync } from 'node:fs';
import { TextContext } from '../dist/core/context.js';
import { extractNumbers } from '../dist/extract/numbers/index.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dirFlag = args.indexOf('--dir');
const dir = dirFlag >= 0 ? args[dirFlag + 1] : new URL('../../shared/benchmarks/duckling/', import.meta.url).pathname;
const only = args.filter((a, k) => !a.startsWith('--') && args[k - 1] !== '--dir');

const sameNumber = (a, b) => a !== null && b !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** Mentions whose span is the whole (trimmed) input. */
function whole(mentions, text) {
  return mentions.filter((m) => m.start === 0 && m.end === text.length);
}

/** Numbers suites: one whole-input number mention with the expected value (`kinds`: allowed kinds). */
function numberSuite(kinds) {
  return (c) => {
    const text = c.text.trim();
    const mentions = extractNumbers(new TextContext(text), {});
    const spanning = whole(mentions, text).filter((m) => !kinds || kinds.includes(m.kind));
    const pass = spanning.length === 1 && sameNumber(spanning[0].value, c.value);
    return { pass, got: mentions.map((m) => `${m.text}=${m.value}(${m.kind})`).join(' | ') || '(nothing)' };
  };
}

// ---- Dates hooks (owned by the dates extractor). Each returns a suite function
// (case → {pass, got}) or null while not implemented (the suite is then reported as skipped).
// time: c.value is an ISO date-time (interval cases carry from/to), c.grain, c.refTime;
// time_negative: pass when no date mention is found; duration: c.duckling.{value, unit}.
const DUCKLING_REF = '2013-02-12T04:30:00';

/** Local date-time of a Duckling value ("2013-02-12T00:00:00.000-02:00" → "2013-02-12T00:00:00"). */
function ducklingLocal(value) {
  return typeof value === 'string' ? value.slice(0, 19) : null;
}

/** arqam's ISO value at full precision ("2019-03" → "2019-03-01T00:00:00"); a zoned time in Duckling's -02:00. */
function expandIso(value) {
  if (!value) return null;
  const zoned = /(Z|[+-]\d{2}:\d{2})$/.exec(value);
  if (zoned) value = new Date(new Date(value).getTime() - 2 * 3600_000).toISOString().slice(0, 19);
  const [date, time = ''] = value.split('T');
  const [y, m = '01', d = '01'] = date.split('-');
  const [hh = '00', mi = '00', ss = '00'] = time ? time.split(':') : [];
  return `${y}-${m}-${d}T${hh}:${mi}:${ss}`;
}

async function loadDates() {
  const { extractDates } = await import('../dist/extract/dates/index.js');
  // Duckling resolves a bare weekday or month to the next one: the 'future' orientation.
  return (text) => extractDates(new TextContext(text), { reference: { value: DUCKLING_REF, from: 'ref-date' }, orientation: 'future' });
}
const datesOf = await loadDates();

function timeSuite() {
  const byGroup = new Map();
  process.on('exit', () => {
    const rows = [...byGroup].sort((a, b) => b[1].total - a[1].total);
    console.log(`time by grain: ${rows.map(([g, r]) => `${g} ${r.pass}/${r.total}`).join(' · ')}`);
    const main = rows.filter(([g]) => /^value (day|month|year)$/.test(g)).reduce((a, [, r]) => ({ pass: a.pass + r.pass, total: a.total + r.total }), { pass: 0, total: 0 });
    console.log(`time, values of grain day/month/year: ${main.pass}/${main.total} (${((100 * main.pass) / Math.max(1, main.total)).toFixed(1)}%)`);
  });
  return (c) => {
    const text = c.text.trim();
    const mentions = datesOf(text);
    const spanning = whole(mentions, text);
    let pass = false;
    if (spanning.length === 1) {
      const m = spanning[0];
      if (c.type === 'interval') pass = expandIso(m.value) === ducklingLocal(c.value.from) && expandIso(m.endValue) === ducklingLocal(c.value.to);
      else pass = m.endValue === undefined && expandIso(m.value) === ducklingLocal(c.value);
    }
    const group = `${c.type} ${c.grain}`;
    const r = byGroup.get(group) ?? { pass: 0, total: 0 };
    r.total++;
    if (pass) r.pass++;
    byGroup.set(group, r);
    return { pass, got: mentions.map((m) => `${m.text}=${m.value}${m.endValue !== undefined ? '..' + m.endValue : ''}(${m.grain})`).join(' | ') || '(nothing)' };
  };
}
function timeNegativeSuite() {
  return (c) => {
    const mentions = datesOf(c.text.trim());
    return { pass: mentions.length === 0, got: mentions.map((m) => `${m.text}=${m.value}`).join(' | ') || '(nothing)' };
  };
}
function durationSuite() {
  // Durations are read by extractDurations (not part of extract's date mentions).
  return (c) => {
    const text = c.text.trim();
    const found = durationsOf(text);
    const spanning = whole(found, text);
    const pass = spanning.length === 1 && spanning[0].value === c.duckling.value && spanning[0].unit === c.duckling.unit;
    return { pass, got: found.map((d) => `${d.text}=${d.value} ${d.unit}`).join(' | ') || '(nothing)' };
  };
}
const { extractDurations } = await import('../dist/extract/dates/durations.js');
const durationsOf = (text) => extractDurations(new TextContext(text));
// ---- end of dates hooks

const suites = {
  numeral: numberSuite(null),
  numeral_ar_eg: numberSuite(null),
  ordinal: numberSuite(['ordinal']),
  duration: durationSuite(),
  time: timeSuite(),
  time_negative: timeNegativeSuite(),
};

let failed = false;
for (const [name, run] of Object.entries(suites)) {
  if (only.length && !only.includes(name)) continue;
  const file = `${dir}/${name}.json`;
  if (!existsSync(file)) {
    console.log(`${name}: no ${file}`);
    continue;
  }
  if (!run) {
    console.log(`${name}: skipped (not implemented)`);
    continue;
  }
  const cases = JSON.parse(readFileSync(file, 'utf8'));
  let pass = 0;
  const failures = [];
  for (const c of cases) {
    let r;
    try {
      r = run(c);
    } catch (err) {
      r = { pass: false, got: `threw ${err.message}` };
    }
    if (r.pass) pass++;
    else failures.push({ c, got: r.got });
  }
  const pct = ((100 * pass) / cases.length).toFixed(1);
  console.log(`${name}: ${pass}/${cases.length} (${pct}%)`);
  if (pass < cases.length) failed = true;
  if (verbose) for (const f of failures) console.log(`  ✗ ${JSON.stringify(f.c.text)} expected ${JSON.stringify(f.c.value)} got ${f.got}`);
}
process.exitCode = failed && args.includes('--strict') ? 1 : 0;
