// Inline SVG timeline of one group: the measure's value per source over the as-of
// dates. One line per source, so an update reads as a rising line and a conflict as
// lines (or points on the same day) apart. A range (min..max) is a vertical bar; an
// approximate or lower-bound figure is a hollow point. Self-contained: no fonts,
// scripts or links.

import { escapeHtml } from './escape.js';

export interface TimelinePoint {
  /** Series key (the source). */
  series: string;
  /** ISO date (YYYY-MM-DD…); only the day is used. Null: drawn in a "no date" column. */
  date: string | null;
  value: number;
  min?: number | null;
  max?: number | null;
  /** Hollow marker: approximate, a lower/upper bound or vague. */
  inexact?: boolean;
  /** Tooltip text. */
  label: string;
}

export interface TimelineSeries {
  key: string;
  color: string;
}

export interface TimelineOptions {
  width?: number;
  height?: number;
  /** Accessible name of the chart. */
  title: string;
}

const DAY = 86_400_000;
const MARGIN = { left: 60, right: 20, top: 16, bottom: 40 };

export const SERIES_COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf', '#7f7f7f', '#bcbd22'];

function dayOf(date: string): number | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1) / DAY;
}

/** A round axis maximum above `value` (1, 2, 2.5 or 5 times a power of ten). */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

function fmt(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

function dayLabel(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export function renderTimeline(points: readonly TimelinePoint[], series: readonly TimelineSeries[], options: TimelineOptions): string {
  const width = options.width ?? 640;
  const height = options.height ?? 220;
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const placed = points.map((p) => ({ ...p, day: p.date ? dayOf(p.date) : null }));
  const days = [...new Set(placed.flatMap((p) => (p.day === null ? [] : [p.day])))].sort((a, b) => a - b);
  const undated = placed.some((p) => p.day === null);
  const top = niceCeiling(Math.max(0, ...placed.map((p) => Math.max(p.value, p.max ?? p.value))) * 1.1);
  const first = days[0] ?? 0;
  const span = (days[days.length - 1] ?? 0) - first;
  const order = new Map(series.map((s, i) => [s.key, i]));
  // Points of several sources on one day are spread a little so none hides another.
  const dodge = (key: string) => ((order.get(key) ?? 0) - (series.length - 1) / 2) * 7;
  // Dated claims share the width; undated ones get a column of their own at the end.
  const [lo, hi] = undated ? (days.length ? [0.08, 0.7] : [0.5, 0.5]) : [0.08, 0.92];
  const x = (day: number | null) =>
    MARGIN.left + plotW * (day === null ? (days.length ? 0.88 : 0.5) : span === 0 ? (lo + hi) / 2 : lo + ((hi - lo) * (day - first)) / span);
  const y = (v: number) => MARGIN.top + plotH - (plotH * v) / top;

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(options.title)}">`,
    `<title>${escapeHtml(options.title)}</title>`,
  );
  // Axes and grid.
  for (let k = 0; k <= 4; k++) {
    const v = (top * k) / 4;
    const yy = y(v).toFixed(1);
    parts.push(
      `<line class="grid" x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${yy}" y2="${yy}"/>`,
      `<text class="tick" x="${MARGIN.left - 6}" y="${yy}" text-anchor="end" dominant-baseline="middle">${fmt(v)}</text>`,
    );
  }
  const step = Math.max(1, Math.ceil(days.length / 6));
  days.forEach((day, i) => {
    if (i % step !== 0 && i !== days.length - 1) return;
    const xx = x(day).toFixed(1);
    parts.push(
      `<line class="axis" x1="${xx}" x2="${xx}" y1="${MARGIN.top + plotH}" y2="${MARGIN.top + plotH + 4}"/>`,
      `<text class="tick" x="${xx}" y="${MARGIN.top + plotH + 18}" text-anchor="middle">${dayLabel(day)}</text>`,
    );
  });
  if (undated) {
    const xx = x(null).toFixed(1);
    if (days.length) parts.push(`<line class="grid" stroke-dasharray="4 3" x1="${(MARGIN.left + plotW * 0.79).toFixed(1)}" x2="${(MARGIN.left + plotW * 0.79).toFixed(1)}" y1="${MARGIN.top}" y2="${MARGIN.top + plotH}"/>`);
    parts.push(`<text class="tick" x="${xx}" y="${MARGIN.top + plotH + 18}" text-anchor="middle">no date</text>`);
  }
  parts.push(`<line class="axis" x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${MARGIN.top + plotH}" y2="${MARGIN.top + plotH}"/>`);
  parts.push(`<text class="axis-label" x="${MARGIN.left + plotW / 2}" y="${height - 4}" text-anchor="middle">as of</text>`);

  for (const s of series) {
    // Dated points in time order (joined by the line), then the undated ones.
    const own = placed.filter((p) => p.series === s.key).sort((a, b) => (a.day ?? Infinity) - (b.day ?? Infinity));
    if (own.length === 0) continue;
    const color = escapeHtml(s.color);
    // A source's several claims of one day (or undated) step sideways too.
    const seen = new Map<number | null, number>();
    const xy = own.map((p) => {
      const k = seen.get(p.day) ?? 0;
      seen.set(p.day, k + 1);
      return [x(p.day) + dodge(s.key) + k * 10, y(p.value)] as const;
    });
    const line = xy.filter((_, i) => own[i]!.day !== null);
    if (line.length > 1) {
      parts.push(`<polyline class="series" fill="none" stroke="${color}" stroke-width="2" points="${line.map(([a, b]) => `${a.toFixed(1)},${b.toFixed(1)}`).join(' ')}"/>`);
    }
    own.forEach((p, i) => {
      const [px, py] = xy[i]!;
      const lo = p.min ?? p.value;
      const hi = p.max ?? p.value;
      if (hi > lo) {
        parts.push(`<line class="range" stroke="${color}" x1="${px.toFixed(1)}" x2="${px.toFixed(1)}" y1="${y(lo).toFixed(1)}" y2="${y(hi).toFixed(1)}"/>`);
      }
      const fill = p.inexact ? '#fff' : color;
      parts.push(
        `<circle class="point" cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="4.5" fill="${fill}" stroke="${color}" stroke-width="2"><title>${escapeHtml(p.label)}</title></circle>`,
        `<text class="value" x="${(px + 7).toFixed(1)}" y="${(py - 7).toFixed(1)}" fill="${color}">${fmt(p.value)}</text>`,
      );
    });
  }
  parts.push('</svg>');
  return parts.join('');
}
