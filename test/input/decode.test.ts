import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, looksLikeText } from '../../src/input/decode.js';

const ARABIC = 'قالت وزارة الخارجية الأمريكية أمس السبت، إن هجوم “داعش” على سجن الصناعة يسلط الضوء على أهمية التحالف.';

describe('decodeBytes', () => {
  it('UTF-8 without and with a BOM (the BOM is removed)', () => {
    expect(decodeBytes(Buffer.from(ARABIC))).toEqual({ text: ARABIC, encoding: 'utf-8' });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARABIC)]))).toEqual({ text: ARABIC, encoding: 'utf-8' });
  });

  it('UTF-16LE and UTF-16BE with a BOM', () => {
    expect(decodeBytes(iconv.encode(ARABIC, 'utf-16le', { addBOM: true }))).toEqual({ text: ARABIC, encoding: 'utf-16le' });
    expect(decodeBytes(iconv.encode(ARABIC, 'utf-16be', { addBOM: true }))).toEqual({ text: ARABIC, encoding: 'utf-16be' });
  });

  it('UTF-16 without a BOM is recognised by where its NUL bytes fall', () => {
    expect(decodeBytes(iconv.encode(ARABIC, 'utf-16le'))).toEqual({ text: ARABIC, encoding: 'utf-16le' });
    expect(decodeBytes(iconv.encode(ARABIC, 'utf-16be'))).toEqual({ text: ARABIC, encoding: 'utf-16be' });
  });

  it('Windows-1256 is detected when the bytes are not UTF-8', () => {
    expect(decodeBytes(iconv.encode(ARABIC, 'windows-1256'))).toEqual({ text: ARABIC, encoding: 'windows-1256' });
  });

  it('a forced encoding wins over detection', () => {
    const bytes = Buffer.from('abc', 'utf8');
    expect(decodeBytes(bytes, 'windows-1256')).toEqual({ text: 'abc', encoding: 'windows-1256' });
    expect(decodeBytes(iconv.encode('نص', 'utf-16le'), 'utf-16le')).toEqual({ text: 'نص', encoding: 'utf-16le' });
  });

  it('a BOM of another encoding than the forced one is not taken', () => {
    expect(() => decodeBytes(iconv.encode('نص', 'utf-16le', { addBOM: true }), 'utf-8')).toThrow('not valid UTF-8');
  });

  it('rejects empty, blank, binary and undecodable bytes with a one-line reason', () => {
    expect(() => decodeBytes(new Uint8Array())).toThrow('empty file');
    expect(() => decodeBytes(Buffer.from('  \r\n\t'))).toThrow('empty file (no text)');
    expect(() => decodeBytes(Buffer.from([0x41, 0x00, 0x42]))).toThrow('binary file (contains NUL bytes)');
    expect(() => decodeBytes(Buffer.from([0xff, 0xfe, 0x41]))).toThrow('not valid UTF-16LE (odd number of bytes)');
    expect(() => decodeBytes(Buffer.from([0x81, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0b]))).toThrow(/neither UTF-8 nor Windows-1256/);
    expect(() => decodeBytes(Buffer.from([0x41, 0x00]), 'windows-1256')).toThrow('binary file (contains NUL characters)');
  });

  it('UTF-8 with a damaged byte is an error, not Windows-1256 mojibake', () => {
    const bytes = Buffer.from(ARABIC, 'utf8');
    const damaged = Buffer.concat([bytes.subarray(0, 41), bytes.subarray(42)]);
    expect(() => decodeBytes(damaged)).toThrow('not valid UTF-8: damaged bytes at offset 41 (force --encoding windows-1256 if the file really is Windows-1256)');
    expect(decodeBytes(damaged, 'windows-1256').encoding).toBe('windows-1256');
  });

  it('Shift-JIS and UTF-16 without BOM are not taken for Windows-1256', () => {
    const japanese = iconv.encode('東京で地震が発生し、多くの建物が倒壊した。'.repeat(4), 'shift_jis');
    expect(() => decodeBytes(japanese)).toThrow(/neither UTF-8 nor Windows-1256|binary/);
  });
});

describe('looksLikeText', () => {
  it('accepts prose and rejects control-ridden or spaceless noise', () => {
    expect(looksLikeText(ARABIC)).toBe(true);
    expect(looksLikeText('short')).toBe(true);
    // Punctuation counts neither way: a short Arabic line with commas and quotes is text.
    expect(looksLikeText('اا . ، "')).toBe(true);
    expect(looksLikeText('، . ؟ "')).toBe(false);
    expect(decodeBytes(iconv.encode('اا . ، "', 'windows-1256'))).toEqual({ text: 'اا . ، "', encoding: 'windows-1256' });
    expect(looksLikeText('\u0001\u0002abc def ghi')).toBe(false);
    expect(looksLikeText('ابجدهوزحطيكلمنسعفصقرشتثخذضظغ'.repeat(3))).toBe(false);
  });
});

describe('decodeBytes (property)', () => {
  it('Arabic prose in any supported encoding decodes to the same text', async () => {
    const fc = await import('fast-check');
    const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى';
    const word = fc.array(fc.constantFrom(...letters, 'َ', 'ُ', 'ّ', 'ـ'), { minLength: 1, maxLength: 8 }).map((cs) => letters[0] + cs.join(''));
    const token = fc.oneof(word, word, word, fc.constantFrom('2022', '٢٦', '،', '.', '"', '(5)', 'ISIS', '\n'));
    const prose = fc.tuple(word, fc.array(token, { maxLength: 60 })).map(([first, rest]) => [first, ...rest].join(' '));
    fc.assert(
      fc.property(prose, (text) => {
        expect(decodeBytes(Buffer.from(text))).toEqual({ text, encoding: 'utf-8' });
        // Windows-1256 has no Arabic-Indic digits.
        if (!/[٠-٩]/.test(text)) expect(decodeBytes(iconv.encode(text, 'windows-1256')).text).toBe(text);
        expect(decodeBytes(iconv.encode(text, 'utf-16le', { addBOM: true })).text).toBe(text);
        expect(decodeBytes(iconv.encode(text, 'utf-16be', { addBOM: true })).text).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
