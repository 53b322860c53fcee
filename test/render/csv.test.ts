import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BOM, CLAIM_COLUMNS, COMPARE_COLUMNS, csvRow, csvText, renderClaimsCsv, renderCompareCsv } from '../../src/render/csv.js';
import { HOSTILE, sampleComparison } from './html-sample.js';

/** A minimal RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length) throw new Error('last record not terminated by CRLF');
  return rows;
}

describe('csv cells', () => {
  it('quotes commas, quotes, CR and LF, and doubles quotes', () => {
    expect(csvRow(['a', 'b,c', 'say "x"', 'l1\nl2', 'cr\r'])).toBe('a,"b,c","say ""x""","l1\nl2","cr\r"\r\n');
  });

  it('neutralises cells that a spreadsheet would run as a formula', () => {
    expect(csvText('=1+1')).toBe("'=1+1");
    expect(csvText('+972')).toBe("'+972");
    expect(csvText('-2+3')).toBe("'-2+3");
    expect(csvText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvText('\t=1')).toBe("'\t=1");
    expect(csvText('\r=1')).toBe('"\'\r=1"');
    expect(csvText(`=HYPERLINK("http://x","y")`)).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvText('قتل 5 = خمسة')).toBe('قتل 5 = خمسة');
  });

  it('keeps numbers in numeric columns numeric, negative ones too, and null empty', () => {
    expect(csvRow([-5, 1.5, null, Number.NaN, true])).toBe('-5,1.5,,,true\r\n');
  });

  it('round-trips any text through a reader, with no cell starting a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 6 }), (cells) => {
        const [row] = parseCsv(csvRow(cells));
        expect(row).toHaveLength(cells.length);
        row!.forEach((got, i) => {
          const want = cells[i]!;
          expect(got).toBe(/^[=+\-@\t\r]/.test(want) ? `'${want}` : want);
          expect(got).not.toMatch(/^[=+\-@\t\r]/);
        });
      }),
    );
  });
});

describe('renderCompareCsv', () => {
  const csv = renderCompareCsv(sampleComparison);
  const rows = parseCsv(csv);

  it('names the event by its label and gives the claimant and partial flag', () => {
    const withEvents = structuredClone(sampleComparison);
    withEvents.events = [{ id: 'Hasakah 2022-01', label: 'Hasakah, 2022-01-22 – 2022-01-24' }];
    withEvents.groups[0]!.claims[0]!.claimant = 'sohr';
    withEvents.groups[0]!.claims[0]!.partial = false;
    const row = parseCsv(renderCompareCsv(withEvents))[1]!;
    expect(row[COMPARE_COLUMNS.indexOf('event')]).toBe('Hasakah, 2022-01-22 – 2022-01-24');
    expect(row[COMPARE_COLUMNS.indexOf('claimant')]).toBe('sohr');
    expect(row[COMPARE_COLUMNS.indexOf('partial')]).toBe('false');
  });

  it('has the documented header and one row per claim', () => {
    expect(rows[0]).toEqual([...COMPARE_COLUMNS]);
    expect(rows).toHaveLength(1 + sampleComparison.groups.reduce((n, g) => n + g.claims.length, 0));
    expect(rows[1]).toEqual([
      '1', 'Hasakah 2022-01', 'killed', 'all', '', 'update', 'a.txt', 'عنب بلدي', '2022-01-22', '',
      '67', '67', '67', 'exact', '', 'المرصد السوري', 'SOHR', '', '2022-01-22', '', '124', '126',
      'ارتفعت حصيلة القتلى إلى 67 قتيلا، بحسب المرصد السوري.',
    ]);
    const col = (name: (typeof COMPARE_COLUMNS)[number]) => COMPARE_COLUMNS.indexOf(name);
    const relayed = rows.find((r) => r[col('source_canonical')] === 'ISIS')!;
    expect(relayed[col('via')]).toBe('Furat Post');
    expect(relayed[col('min')]).toBe('201');
    expect(relayed[col('max')]).toBe('');
  });

  it('keeps hostile text as inert text', () => {
    const hostileCells = rows.flat().filter((c) => c.includes('window.__pwned'));
    expect(hostileCells.length).toBeGreaterThan(0);
    for (const c of rows.flat()) expect(c).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows.flat()).toContain(`قتل 123 شخصا ${HOSTILE}`);
    expect(csv.split('\r\n').every((line) => !line.startsWith('='))).toBe(true);
  });

  it('neutralises a formula planted at the start of article text', () => {
    const planted = structuredClone(sampleComparison);
    planted.groups[0]!.claims[0]!.quote = '=HYPERLINK("http://evil","قتل 5")';
    const row = parseCsv(renderCompareCsv(planted))[1]!;
    expect(row[row.length - 1]).toBe('\'=HYPERLINK("http://evil","قتل 5")');
  });

  it('prefixes a BOM only when asked', () => {
    expect(csv.startsWith('group,')).toBe(true);
    expect(renderCompareCsv(sampleComparison, { bom: true })).toBe(BOM + csv);
  });
});

describe('renderClaimsCsv', () => {
  it('writes one row per figure under the documented header', () => {
    const figures = sampleComparison.groups[1]!.claims;
    const rows = parseCsv(renderClaimsCsv(figures, { bom: true }).slice(1));
    expect(rows[0]).toEqual([...CLAIM_COLUMNS]);
    expect(rows).toHaveLength(4);
    expect(rows[2]!.slice(0, 12)).toEqual(['a.txt', 'killed', '200', '201', '', 'moreThan', '', 'all', '', 'داعش', 'ISIS', 'Furat Post']);
    expect(rows[3]![9]!.startsWith('<script>')).toBe(true);
  });
});
