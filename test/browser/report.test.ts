// Opens the HTML report in a real headless Chromium: checks what a reader sees (groups,
// statuses in words, Arabic set right to left, the number highlighted, a chart per
// group), that hostile article text stays text (no script ran, no element injected)
// and that the page makes no request at all. Saves screenshots under test/.out/.

import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderCompareHtml, STATUS_TEXT } from '../../src/render/html.js';
import { FIXTURES, runCli } from '../cli/helpers.js';
import { HOSTILE, sampleComparison } from '../render/html-sample.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`test/browser: ${CHROMIUM} not found, browser tests skipped (install Debian's chromium package to run them)`);

const OUT = new URL('../.out/', import.meta.url);

interface Loaded {
  page: Page;
  requests: string[];
  consoleErrors: string[];
}

describe.skipIf(!hasChromium)('HTML report in Chromium', () => {
  let profile: string;
  let context: BrowserContext;

  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), 'arqam-chromium-'));
    mkdirSync(OUT, { recursive: true });
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1200, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function load(name: string, html: string): Promise<Loaded> {
    const file = new URL(name, OUT);
    writeFileSync(file, html);
    const page = await context.newPage();
    const requests: string[] = [];
    const consoleErrors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await page.goto(file.href, { waitUntil: 'load' });
    return { page, requests, consoleErrors };
  }

  it('shows the comparison of the seed articles: every group with its status in words, read right to left', async () => {
    const report = await runCli(['compare', FIXTURES, '--format', 'html']);
    const json = await runCli(['compare', FIXTURES, '--format', 'json']);
    expect(report.code).toBe(0);
    type Claim = { value: number | null; min: number | null; max: number | null; asOf: string | null };
    const expected = (JSON.parse(json.stdout) as { groups: { status: string; claims: Claim[] }[] }).groups;
    const charted = (claims: Claim[]) => claims.some((c) => (c.value ?? c.min ?? c.max) !== null);
    const { page, requests, consoleErrors } = await load('report.html', report.stdout);
    const groups = await page.$$eval('section.group', (els) =>
      els.map((e) => ({ status: (e as HTMLElement).dataset.status, badge: e.querySelector('.badge')?.textContent, claims: e.querySelectorAll('li.claim').length, charts: e.querySelectorAll('svg.timeline').length })),
    );
    expect(groups).toEqual(
      expected.map((g) => ({ status: g.status, badge: STATUS_TEXT[g.status]!.word, claims: g.claims.length, charts: charted(g.claims) ? 1 : 0 })),
    );
    expect(groups.map((g) => g.status)).toContain('conflict');
    expect(groups.map((g) => g.status)).toContain('update');
    // Every quote is set right to left, with its number marked.
    const quotes = await page.$$eval('blockquote.quote', (els) => els.map((e) => ({ dir: getComputedStyle(e).direction, marks: e.querySelectorAll('mark').length })));
    expect(quotes.length).toBe(expected.reduce((n, g) => n + g.claims.length, 0));
    expect(quotes.every((q) => q.dir === 'rtl' && q.marks === 1)).toBe(true);
    expect(requests).toHaveLength(1);
    expect(consoleErrors).toEqual([]);
    await page.screenshot({ path: new URL('report.png', OUT).pathname, fullPage: true });
    await page.close();
  });

  it('shows each group with its status in words, and hostile text only as text', async () => {
    const { page, requests, consoleErrors } = await load('hostile.html', renderCompareHtml(sampleComparison));
    const groups = await page.$$eval('section.group', (els) =>
      els.map((e) => ({ status: (e as HTMLElement).dataset.status, badge: e.querySelector('.badge')?.textContent, cards: e.querySelectorAll('article.source').length })),
    );
    expect(groups).toEqual([
      { status: 'update', badge: 'Update', cards: 3 },
      { status: 'conflict', badge: 'Conflict', cards: 2 },
      { status: 'agree', badge: 'Agree', cards: 2 },
      { status: 'partial', badge: 'Partial', cards: 2 },
    ]);
    // Nothing ran and nothing was injected: the hostile markup is visible as characters.
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('script, img, iframe, object, embed, link').count()).toBe(0);
    expect(await page.locator('body').innerText()).toContain(HOSTILE.slice(0, 60));
    // The only request is the report itself.
    expect(requests).toEqual([pathToFileURL(new URL('hostile.html', OUT).pathname).href]);
    expect(consoleErrors).toEqual([]);
    await page.screenshot({ path: new URL('report-hostile.png', OUT).pathname, fullPage: true });
    await page.close();
  });

  it('sets Arabic quotes right to left with the number marked, and draws a chart per group', async () => {
    const { page } = await load('sample.html', renderCompareHtml(sampleComparison));
    const quote = page.locator('blockquote.quote').first();
    expect(await quote.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    // In right-to-left text the first word is drawn to the right of the last one.
    const [firstX, lastX] = await quote.evaluate((el) => {
      const text = el.firstChild!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 1);
      const first = range.getBoundingClientRect().x;
      const last = el.lastChild!;
      range.setStart(last, last.textContent!.length - 1);
      range.setEnd(last, last.textContent!.length);
      return [first, range.getBoundingClientRect().x];
    });
    expect(firstX).toBeGreaterThan(lastX);
    expect(await quote.locator('mark').innerText()).toBe('67');
    expect(await page.locator('section.group svg.timeline').count()).toBe(4);
    const box = await page.locator('section.group svg.timeline').first().boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    await page.close();
  });
});
