// HTML character references that leak into scraped article text.

const NAMED: Record<string, string> = {
  quot: '"',
  amp: '&',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: '\u00a0',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  sbquo: '‚',
  bdquo: '„',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  middot: '·',
  bull: '•',
  deg: '°',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
  shy: '\u00ad',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
  times: '×',
  divide: '÷',
  percnt: '%',
  copy: '©',
  reg: '®',
};

export interface DecodedReference {
  /** The decoded text. */
  value: string;
  /** Length of the reference in the source, `&` to `;` inclusive. */
  length: number;
}

const REF_BODY = /(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/y;
const REF = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/y;

/** Decodes a character reference starting at `at` (which holds `&`), or returns null. */
export function decodeReferenceAt(text: string, at: number): DecodedReference | null {
  REF.lastIndex = at;
  const m = REF.exec(text);
  if (!m) return null;
  let value: string | undefined;
  if (m[1] !== undefined || m[2] !== undefined) {
    const code = m[1] !== undefined ? Number.parseInt(m[1], 10) : Number.parseInt(m[2]!, 16);
    if (code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    value = String.fromCodePoint(code);
  } else {
    value = NAMED[m[3]!] ?? NAMED[m[3]!.toLowerCase()];
  }
  if (value === undefined) return null;
  // "&amp;quot;" decoded once would form a new reference: keep it, so normalizing twice changes nothing.
  if (value === '&') {
    REF_BODY.lastIndex = at + m[0].length;
    if (REF_BODY.test(text)) return null;
  }
  return { value, length: m[0].length };
}
