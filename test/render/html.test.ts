import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/render/escape.js';
import { quoteHtml, renderCompareHtml, valueText } from '../../src/render/html.js';
import { niceCeiling, renderTimeline } from '../../src/render/svg.js';
import { HOSTILE, sampleComparison } from './html-sample.js';

const html = renderCompareHtml(sampleComparison);

describe('renderCompareHtml', () => {
  it('is one self-contained document: no scripts, no links, no external URLs', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<[^>]*\s(src|href)=/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'/);
  });

  it('escapes hostile article text everywhere it appears', () => {
    expect(html).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;&lt;img src=x onerror=&quot;window.__pwned = 2&quot;&gt;&quot;&#39; &amp; =cmd|&#39;/C calc&#39;!A0');
    expect(html).not.toContain(HOSTILE);
    expect(html).not.toMatch(/onerror=["']?window/);
    // The hostile document id too.
    expect(html).toContain('c&lt;script&gt;.txt');
  });

  it('renders one section per group with the status in words', () => {
    const sections = [...html.matchAll(/<section class="group status-(\w+)" id="group-(\d+)" data-status="(\w+)">/g)];
    expect(sections.map((m) => m[3])).toEqual(['update', 'conflict', 'agree', 'partial']);
    expect(html).toContain('<span class="badge">Update</span> the count moved over time');
    expect(html).toContain('<span class="badge">Conflict</span>');
    expect(html).toContain('<span class="badge">Agree</span>');
    expect(html).toContain('<span class="badge">Partial</span>');
    expect(html).toContain('Killed — Fighters of SDF');
  });

  it('sets Arabic right to left and highlights the number inside the quote', () => {
    expect(html).toContain('<blockquote class="quote" dir="rtl" lang="ar">ارتفعت حصيلة القتلى إلى <mark>67</mark> قتيلا، بحسب المرصد السوري.</blockquote>');
    expect(html).toContain('وزعم التنظيم مقتل <mark>أكثر من 200</mark> عنصر.');
    expect(html).toContain('<bdi dir="rtl" lang="ar">عنب بلدي</bdi>');
  });

  it('shows one card per source document, side by side, and who says so', () => {
    const conflict = html.slice(html.indexOf('id="group-2"'), html.indexOf('id="group-3"'));
    expect(conflict.match(/<article class="source">/g)).toHaveLength(2);
    expect(conflict).toContain('<bdi>ISIS</bdi> <span class="muted">via</span> <bdi>Furat Post</bdi>');
    expect(conflict).toContain('more than 200');
  });

  it('draws a timeline: one rising line for an update, separate points for a conflict', () => {
    const update = html.slice(html.indexOf('id="group-1"'), html.indexOf('id="group-2"'));
    const lines = [...update.matchAll(/<polyline class="series"[^>]* points="([^"]+)"/g)];
    expect(lines).toHaveLength(1);
    const ys = lines[0]![1]!.split(' ').map((p) => Number(p.split(',')[1]));
    // SVG y grows downwards: a rising count has falling y.
    expect(ys[0]).toBeGreaterThan(ys[1]!);
    expect(ys[1]).toBeGreaterThan(ys[2]!);
    const conflict = html.slice(html.indexOf('id="group-2"'), html.indexOf('id="group-3"'));
    expect(conflict.match(/<circle class="point"/g)).toHaveLength(3);
    expect(conflict.match(/<li><span class="swatch"/g)).toHaveLength(3);
  });

  it('is deterministic', () => {
    expect(renderCompareHtml(sampleComparison)).toBe(html);
  });
});

describe('pieces', () => {
  it('escapes the five HTML specials and invalid control characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>\u0000`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;\uFFFD');
    expect(escapeHtml(null)).toBe('');
  });

  it('words the value with its qualifier', () => {
    expect(valueText({ document: 'd', value: 5000, qualifier: 'approx' })).toBe('about 5,000');
    expect(valueText({ document: 'd', value: null, min: 1000, max: 9999, qualifier: 'vague' })).toBe('vague (1,000–9,999)');
    expect(valueText({ document: 'd', value: 2, min: 2, max: 3, qualifier: 'range' })).toBe('2–3');
  });

  it('falls back to the number text when the quote span is unknown, and never marks a wrong span', () => {
    expect(quoteHtml({ document: 'd', value: 7, quote: 'قتل 7 أشخاص', text: '7' })).toContain('قتل <mark>7</mark> أشخاص');
    expect(quoteHtml({ document: 'd', value: 7, quote: 'قتل 7', start: 500, end: 501, quoteStart: 0 })).not.toContain('<mark>');
    expect(quoteHtml({ document: 'd', value: 7, quote: { text: 'قتل 7 <b>', start: 10 }, start: 14, end: 15 })).toBe(
      '<blockquote class="quote" dir="rtl" lang="ar">قتل <mark>7</mark> &lt;b&gt;</blockquote>',
    );
  });

  it('draws undated claims in a "no date" column, outside the line', () => {
    const svg = renderTimeline(
      [
        { series: 'a', date: '2022-01-22', value: 67, label: 'a1' },
        { series: 'a', date: '2022-01-24', value: 123, label: 'a2' },
        { series: 'a', date: null, value: 89, label: 'a3' },
      ],
      [{ key: 'a', color: '#111' }],
      { title: 't' },
    );
    expect(svg).toContain('>no date</text>');
    expect(svg.match(/<circle class="point"/g)).toHaveLength(3);
    const line = /<polyline[^>]* points="([^"]+)"/.exec(svg)![1]!.split(' ');
    expect(line).toHaveLength(2);
    const xs = [...svg.matchAll(/<circle class="point" cx="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(xs[2]).toBeGreaterThan(xs[1]!);
  });

  it('rounds axis maxima', () => {
    expect([0, 7, 67, 123, 220, 5000].map(niceCeiling)).toEqual([1, 10, 100, 200, 250, 5000]);
  });

  it('puts points of one day side by side and escapes tooltips', () => {
    const svg = renderTimeline(
      [
        { series: 'a', date: '2022-01-22', value: 17, label: '<x>' },
        { series: 'b', date: '2022-01-22', value: 200, label: 'b' },
      ],
      [{ key: 'a', color: '#111' }, { key: 'b', color: '#222' }],
      { title: 't' },
    );
    const xs = [...svg.matchAll(/<circle class="point" cx="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(xs).toHaveLength(2);
    expect(xs[0]).not.toBe(xs[1]);
    expect(svg).toContain('<title>&lt;x&gt;</title>');
    expect(svg).not.toContain('<polyline');
  });
});
