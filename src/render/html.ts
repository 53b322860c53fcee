// `arqam compare --format html`: one self-contained report file for people.
// No scripts, no fonts, no images, no links out: inline CSS and inline SVG only, and
// a Content-Security-Policy that forbids scripts and every network request, so a
// hostile article cannot make the report do anything. Every piece of input text is
// escaped (escape.ts); Arabic is set right to left (dir="rtl"), labels are English.
//
// Per group: heading (measure, who was counted, event), the status in words, a
// summary, the sources side by side (one card per document, each claim with its
// quote and the number highlighted), and a timeline of the values per source.

import { comparisonCollector } from './collect.js';
import { escapeHtml } from './escape.js';
import type { DocumentRenderer, Presenter, Sink } from './index.js';
import type { CompareLike, DocumentLike, EventLike, FigureLike, GroupLike } from './model.js';
import { SERIES_COLORS, renderTimeline, type TimelinePoint, type TimelineSeries } from './svg.js';

export interface HtmlOptions {
  title?: string;
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export const STATUS_TEXT: Record<string, { word: string; meaning: string }> = {
  agree: { word: 'Agree', meaning: 'the sources’ figures overlap' },
  conflict: { word: 'Conflict', meaning: 'the figures cannot all be true at the same time' },
  update: { word: 'Update', meaning: 'the count moved over time' },
  partial: { word: 'Partial', meaning: 'the claims count different things or windows — not a contradiction' },
  single: { word: 'Single claim', meaning: 'only one claim: nothing to compare it with' },
};

const QUALIFIER_TEXT: Record<string, string> = {
  approx: 'about',
  moreThan: 'more than',
  atLeast: 'at least',
  lessThan: 'fewer than',
  atMost: 'at most',
};

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** Inline text from the input, isolated so its direction cannot disturb the label around it. */
function bidi(text: unknown): string {
  const s = text === null || text === undefined ? '' : String(text);
  return ARABIC.test(s) ? `<bdi dir="rtl" lang="ar">${escapeHtml(s)}</bdi>` : `<bdi>${escapeHtml(s)}</bdi>`;
}

function label(id: string | null | undefined): string {
  if (!id) return '';
  const words = id.replace(/[_-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function textOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(textOf).filter(Boolean).join(', ');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const key of ['label', 'text', 'value', 'name', 'id']) if (typeof o[key] === 'string' || typeof o[key] === 'number') return String(o[key]);
  }
  return null;
}

function fmt(n: number | null | undefined): string {
  return typeof n === 'number' && Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: 2 }) : '?';
}

/** The claimed value in words: "about 5,000", "more than 200", "2–3", "vague (1,000–9,999)". */
export function valueText(c: FigureLike): string {
  const min = c.min ?? null;
  const max = c.max ?? null;
  if (c.qualifier === 'range' && min !== null && max !== null) return `${fmt(min)}–${fmt(max)}`;
  if (c.value === null || c.value === undefined) {
    if (min !== null && max !== null) return `vague (${fmt(min)}–${fmt(max)})`;
    if (min !== null) return `vague (at least ${fmt(min)})`;
    return 'vague';
  }
  const q = c.qualifier ? QUALIFIER_TEXT[c.qualifier] : undefined;
  return q ? `${q} ${fmt(c.value)}` : fmt(c.value);
}

/** Who relayed a source's statement, when someone did: its canonical id, or its name as written. */
function viaOf(source: FigureLike['source'], prefer: 'canonical' | 'text'): string | null {
  const via = source?.via;
  if (!via) return null;
  if (typeof via === 'string') return via;
  return (prefer === 'canonical' ? via.canonical || via.text : via.text || via.canonical) || null;
}

/** Who makes the claim: the cited source, else the outlet itself. */
function claimant(c: FigureLike, doc: DocumentLike | undefined): { key: string; html: string; plain: string } {
  if (c.claimant) {
    const own = !c.source && (c.claimant === c.outlet || c.claimant === doc?.outlet);
    return { key: `claimant:${c.claimant}`, plain: own ? `${c.claimant} (own statement)` : c.claimant, html: own ? `${bidi(c.claimant)} <span class="muted">(own statement)</span>` : bidi(c.claimant) };
  }
  const name = c.source?.canonical || c.source?.text;
  const via = viaOf(c.source, 'canonical');
  if (name) {
    const plain = via ? `${name} via ${via}` : name;
    return { key: `source:${plain}`, plain, html: via ? `${bidi(name)} <span class="muted">via</span> ${bidi(via)}` : bidi(name) };
  }
  const outlet = c.outlet || doc?.outlet || c.document;
  return { key: `outlet:${outlet}`, plain: `${outlet} (own statement)`, html: `${bidi(outlet)} <span class="muted">(own statement)</span>` };
}

/** The quote with the number marked, using the figure's span inside the quote. */
export function quoteHtml(c: FigureLike & { text?: string }): string {
  const q = c.quote;
  const text = typeof q === 'string' ? q : (q?.text ?? '');
  if (!text) return '';
  const qStart = typeof q === 'object' && q && typeof q.start === 'number' ? q.start : c.quoteStart;
  let s = -1;
  let e = -1;
  if (typeof qStart === 'number' && typeof c.start === 'number' && typeof c.end === 'number') {
    s = c.start - qStart;
    e = c.end - qStart;
  }
  if (!(s >= 0 && e > s && e <= text.length) && c.text) {
    s = text.indexOf(c.text);
    e = s + c.text.length;
  }
  const body =
    s >= 0 && e > s && e <= text.length
      ? `${escapeHtml(text.slice(0, s))}<mark>${escapeHtml(text.slice(s, e))}</mark>${escapeHtml(text.slice(e))}`
      : escapeHtml(text);
  return `<blockquote class="quote" dir="rtl" lang="ar">${body}</blockquote>`;
}

function claimHtml(c: FigureLike, doc: DocumentLike | undefined): string {
  const who = claimant(c, doc);
  const asOf = textOf(c.asOf);
  const period = textOf(c.period);
  const via = viaOf(c.source, 'text');
  const said = c.claimant && c.source?.text ? ` <span class="muted">—</span> ${bidi(c.source.text)}${via ? ` <span class="muted">via</span> ${bidi(via)}` : ''}` : '';
  const rows = [
    `<div class="value">${escapeHtml(valueText(c))}${c.partial ? ' <span class="tag">part of the event only</span>' : ''}</div>`,
    c.subject?.text ? `<div class="subject">${bidi(c.subject.text)}</div>` : '',
    `<dl>`,
    `<dt>According to</dt><dd>${who.html}${said}</dd>`,
    asOf ? `<dt>As of</dt><dd>${bidi(asOf)}</dd>` : '',
    period ? `<dt>Period</dt><dd>${bidi(period)}</dd>` : '',
    `</dl>`,
    quoteHtml(c),
  ];
  return `<li class="claim">${rows.join('')}</li>`;
}

function sourcesHtml(group: GroupLike, docs: Map<string, DocumentLike>, docOrder: Map<string, number>): string {
  const byDoc = new Map<string, FigureLike[]>();
  for (const c of group.claims) {
    const list = byDoc.get(c.document) ?? [];
    list.push(c);
    byDoc.set(c.document, list);
  }
  const ids = [...byDoc.keys()].sort((a, b) => (docOrder.get(a) ?? Infinity) - (docOrder.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0));
  const cards = ids.map((id) => {
    const doc = docs.get(id);
    const claims = byDoc.get(id)!;
    const outlet = claims[0]?.outlet || doc?.outlet;
    const published = textOf(doc?.published);
    return (
      `<article class="source">` +
      `<header><h4>${outlet ? bidi(outlet) : '<span class="muted">unknown outlet</span>'}</h4>` +
      `<div class="doc">${bidi(id)}${published ? ` · published ${bidi(published)}` : ''}</div></header>` +
      `<ul class="claims">${claims.map((c) => claimHtml(c, doc)).join('')}</ul>` +
      `</article>`
    );
  });
  return `<div class="sources">${cards.join('')}</div>`;
}

function timelineHtml(group: GroupLike, docs: Map<string, DocumentLike>, title: string): string {
  const series: TimelineSeries[] = [];
  const legend: string[] = [];
  const points: TimelinePoint[] = [];
  for (const c of group.claims) {
    const who = claimant(c, docs.get(c.document));
    const value = c.value ?? c.min ?? c.max ?? null;
    if (value === null) continue;
    const asOf = textOf(c.asOf);
    const date = asOf && /^\d{4}-\d{2}/.test(asOf) ? asOf : null;
    if (!series.some((s) => s.key === who.key)) {
      const color = SERIES_COLORS[series.length % SERIES_COLORS.length]!;
      series.push({ key: who.key, color });
      legend.push(`<li><span class="swatch" style="background:${color}"></span>${who.html}</li>`);
    }
    points.push({
      series: who.key,
      date,
      value,
      min: c.min,
      max: c.max,
      inexact: c.value === null || (c.qualifier !== undefined && c.qualifier !== null && c.qualifier !== 'exact'),
      label: `${who.plain}: ${valueText(c)} (${date ? `as of ${date}` : 'no date'})`,
    });
  }
  if (points.length === 0) return '<p class="muted">No figures to chart.</p>';
  return (
    `<figure class="chart">${renderTimeline(points, series, { title: `Timeline: ${title}` })}` +
    `<figcaption><ul class="legend">${legend.join('')}</ul></figcaption></figure>`
  );
}

function summaryHtml(summary: GroupLike['summary']): string {
  if (!summary) return '';
  const items: string[] = [];
  const n = (key: string) => (typeof summary[key] === 'number' ? (summary[key] as number) : null);
  const pick = (key: string) => (summary[key] && typeof summary[key] === 'object' ? (summary[key] as Record<string, unknown>) : null);
  if (n('claims') !== null) items.push(`<span>${n('claims')} claim${n('claims') === 1 ? '' : 's'} by ${n('claimants') ?? '?'} claimant${n('claimants') === 1 ? '' : 's'}</span>`);
  if (n('min') !== null || n('max') !== null) items.push(`<span><b>Range</b> ${fmt(n('min'))}–${fmt(n('max'))}</span>`);
  const latest = pick('latest');
  if (latest) items.push(`<span><b>Latest</b> ${fmt(latest.value as number)} (${bidi(latest.claimant)}${latest.asOf ? `, as of ${bidi(latest.asOf)}` : ''})</span>`);
  const conservative = pick('conservative');
  if (conservative) items.push(`<span><b>Most conservative</b> ${fmt(conservative.value as number)} (${bidi(conservative.claimant)})</span>`);
  // Shapes this renderer does not know are shown as they are.
  for (const [key, value] of Object.entries(summary)) {
    if (['claims', 'claimants', 'min', 'max', 'latest', 'conservative', 'series', 'reason', 'conflicts'].includes(key)) continue;
    const shown = typeof value === 'number' ? fmt(value) : textOf(value);
    if (shown) items.push(`<span><b>${escapeHtml(label(key))}</b> ${bidi(shown)}</span>`);
  }
  return items.length ? `<p class="summary">${items.join(' · ')}</p>` : '';
}

function groupTitle(g: GroupLike): string {
  if (g.subject?.label) return `${label(g.measure)} — ${g.subject.label}`;
  const role = g.subject?.role && g.subject.role !== 'all' ? label(g.subject.role) : null;
  const party = g.subject?.party ?? null;
  const who = [role, party ? `of ${party}` : null].filter(Boolean).join(' ');
  return `${label(g.measure)}${who ? ` — ${who}` : ''}`;
}

function statusClass(status: string): string {
  return status.toLowerCase().replace(/[^a-z-]/g, '');
}

function groupHtml(g: GroupLike, index: number, docs: Map<string, DocumentLike>, docOrder: Map<string, number>): string {
  const title = groupTitle(g);
  const status = STATUS_TEXT[g.status] ?? { word: label(g.status), meaning: '' };
  const reason = typeof g.summary?.reason === 'string' && g.summary.reason ? g.summary.reason : status.meaning;
  return (
    `<section class="group status-${statusClass(g.status)}" id="group-${index + 1}" data-status="${escapeHtml(g.status)}">` +
    `<h3><span class="num">${index + 1}.</span> ${escapeHtml(title)}</h3>` +
    `<p class="status"><span class="badge">${escapeHtml(status.word)}</span>${reason ? ` ${escapeHtml(reason)}` : ''}</p>` +
    summaryHtml(g.summary) +
    sourcesHtml(g, docs, docOrder) +
    timelineHtml(g, docs, title) +
    `</section>`
  );
}

function checkHtml(check: Record<string, unknown>): string {
  const state = check.ok ?? check.passed ?? check.status;
  const ok = state === true || state === 'ok';
  const kind = textOf(check.type ?? check.kind);
  const body = typeof check.message === 'string' ? bidi(check.message) : escapeHtml(JSON.stringify(check));
  const where = typeof check.document === 'string' ? ` <span class="muted">(${bidi(check.document)})</span>` : '';
  return `<li class="check ${ok ? 'ok' : 'fail'}">${kind ? `<b>${escapeHtml(label(kind))}</b>: ` : ''}${body}${where}</li>`;
}

function eventHtml(event: EventLike | undefined, id: string): string {
  if (!event) return `<h2 class="event-title">Event ${bidi(id)}</h2>`;
  const dates = event.from ? (event.to && event.to !== event.from ? `${event.from} – ${event.to}` : event.from) : null;
  const bits = [
    event.places?.length ? `places: ${event.places.map(bidi).join(', ')}` : null,
    dates ? `dates: ${bidi(dates)}` : null,
    event.documents?.length ? `${event.documents.length} document${event.documents.length === 1 ? '' : 's'}` : null,
    event.other ? 'mentioned in passing: never compared with the main event' : null,
  ].filter(Boolean);
  return `<h2 class="event-title">Event: ${bidi(event.label || event.id)}</h2>${bits.length ? `<p class="muted">${bits.join(' · ')}</p>` : ''}`;
}

const STYLE = `
:root { color-scheme: light; --muted: #5f6368; --line: #dadce0; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px; font: 15px/1.5 system-ui, "Noto Sans", "DejaVu Sans", sans-serif; color: #202124; background: #f8f9fa; }
h1 { font-size: 1.5rem; margin: 0 0 4px; }
h2 { font-size: 1.2rem; margin: 28px 0 8px; }
h3 { font-size: 1.1rem; margin: 0 0 4px; }
h4 { font-size: 1rem; margin: 0; }
[lang="ar"] { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "DejaVu Sans", serif; }
.muted, .doc, .event { color: var(--muted); font-size: 0.9rem; }
.counts span, .summary span { margin-inline-end: 4px; }
table.docs { border-collapse: collapse; background: #fff; }
table.docs th, table.docs td { border: 1px solid var(--line); padding: 4px 10px; text-align: start; }
.group { background: #fff; border: 1px solid var(--line); border-inline-start: 6px solid #9aa0a6; border-radius: 8px; padding: 16px; margin: 16px 0; }
.status-conflict { border-inline-start-color: #c5221f; }
.status-update { border-inline-start-color: #1a73e8; }
.status-agree { border-inline-start-color: #188038; }
.status-partial { border-inline-start-color: #e37400; }
.badge { display: inline-block; font-weight: 700; padding: 1px 10px; border-radius: 12px; margin-inline-end: 8px; background: #e8eaed; }
.status-conflict .badge { background: #fce8e6; color: #a50e0e; }
.status-update .badge { background: #e8f0fe; color: #174ea6; }
.status-agree .badge { background: #e6f4ea; color: #0d652d; }
.status-partial .badge { background: #fef7e0; color: #8a4b00; }
.sources { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 12px; margin: 12px 0; }
.source { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; background: #fcfcfc; }
.claims { list-style: none; margin: 8px 0 0; padding: 0; }
.claim + .claim { border-top: 1px dashed var(--line); margin-top: 8px; padding-top: 8px; }
.value { font-size: 1.4rem; font-weight: 700; }
.subject { margin: 2px 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 8px; margin: 4px 0; font-size: 0.9rem; }
dt { color: var(--muted); }
dd { margin: 0; }
.quote { direction: rtl; text-align: right; unicode-bidi: isolate; margin: 6px 0 0; padding: 6px 10px; border-right: 3px solid var(--line); background: #fff; font-size: 1.05rem; line-height: 1.8; white-space: pre-wrap; overflow-wrap: anywhere; }
mark { background: #fde293; padding: 0 2px; border-radius: 2px; }
.chart { margin: 8px 0 0; }
.timeline { max-width: 100%; height: auto; background: #fff; }
.timeline .grid { stroke: #eceff1; }
.timeline .axis { stroke: #9aa0a6; }
.timeline .tick, .timeline .axis-label { font-size: 11px; fill: #5f6368; }
.timeline .value { font-size: 11px; font-weight: 700; }
.timeline .range { stroke-width: 3; stroke-opacity: 0.45; }
.legend { list-style: none; padding: 0; margin: 4px 0; display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 0.9rem; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin-inline-end: 6px; vertical-align: middle; }
.checks { padding-inline-start: 20px; }
.tag { font-size: 0.75rem; font-weight: 600; background: #fef7e0; color: #8a4b00; border-radius: 10px; padding: 1px 8px; vertical-align: middle; }
details.documents > summary { cursor: pointer; }
details.documents > summary h2 { display: inline; }
.event-title { margin-top: 32px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.check.ok::marker { content: "✓ "; color: #188038; }
.check.fail::marker { content: "✗ "; color: #c5221f; }
`;

/** Groups under a heading per event (groups come sorted by event). */
function groupsHtml(comparison: CompareLike, docs: Map<string, DocumentLike>, docOrder: Map<string, number>): string {
  const events = new Map((comparison.events ?? []).map((e) => [e.id, e]));
  const out: string[] = [];
  let current: string | undefined;
  comparison.groups.forEach((g, i) => {
    const event = textOf(g.event) ?? '';
    if (i === 0 || event !== current) {
      current = event;
      out.push(event ? eventHtml(events.get(event), event) : '<h2>Groups</h2>');
    }
    out.push(groupHtml(g, i, docs, docOrder));
  });
  return out.join('\n');
}

/** Renders a comparison (`arqam.compare/1`) as one self-contained HTML document. */
export function renderCompareHtml(comparison: CompareLike, options: HtmlOptions = {}): string {
  const title = options.title ?? 'arqam — figures compared across sources';
  const documents = comparison.documents ?? [];
  const docs = new Map(documents.map((d) => [d.id, d]));
  const docOrder = new Map(documents.map((d, i) => [d.id, i]));
  const counts = new Map<string, number>();
  for (const g of comparison.groups) counts.set(g.status, (counts.get(g.status) ?? 0) + 1);
  const countText = [...counts].map(([s, n]) => `<span>${escapeHtml(STATUS_TEXT[s]?.word ?? label(s))}: ${n}</span>`).join(' · ');
  const docRows = documents
    .map((d) => `<tr><td>${bidi(d.id)}</td><td>${d.outlet ? bidi(d.outlet) : ''}</td><td>${bidi(textOf(d.published) ?? '')}</td><td class="title" dir="rtl" lang="ar">${escapeHtml(d.title ?? '')}</td></tr>`)
    .join('');
  const checks = (comparison.checks ?? []) as Record<string, unknown>[];
  return [
    '<!DOCTYPE html>',
    '<html lang="en" dir="ltr">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${escapeHtml(title)}</h1>`,
    `<p class="counts">${documents.length} document${documents.length === 1 ? '' : 's'} · ${comparison.groups.length} group${comparison.groups.length === 1 ? '' : 's'}${countText ? ' · ' + countText : ''}</p></header>`,
    // A long list of documents starts folded (<details> needs no script).
    documents.length
      ? `<details class="documents"${documents.length <= 20 ? ' open' : ''}><summary><h2>Documents (${documents.length})</h2></summary><table class="docs"><thead><tr><th>Document</th><th>Outlet</th><th>Published</th><th>Title</th></tr></thead><tbody>${docRows}</tbody></table></details>`
      : '',
    comparison.groups.length ? groupsHtml(comparison, docs, docOrder) : '<h2>Groups</h2><p class="muted">No figures to compare.</p>',
    checks.length ? `<h2>Checks</h2><ul class="checks">${checks.map(checkHtml).join('')}</ul>` : '',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

// --- The `--format html` renderer ------------------------------------------------------

/** The report of a comparison command, written when the comparison is complete. */
export function htmlRenderer<R>(presenter: Presenter<R>, sink: Sink): DocumentRenderer<R> {
  if (!presenter.comparison) throw new Error(`html is not available for ${presenter.schema}`);
  const collect = comparisonCollector(presenter);
  return {
    document: async (result) => collect.add(result),
    end: async () => sink.write(renderCompareHtml(await collect.finish())),
  };
}
