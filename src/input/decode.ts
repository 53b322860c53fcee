// Bytes → text. A byte-order mark decides first (UTF-8, UTF-16LE/BE); otherwise strict
// UTF-8, and when the bytes are not valid UTF-8, Windows-1256 (the legacy Arabic code
// page) if the result reads like text. Every failure is a DecodeError with one line
// naming the problem.

import { TextDecoder } from 'node:util';

export const ENCODINGS = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'windows-1256'] as const;
export type EncodingOption = (typeof ENCODINGS)[number];
export type Encoding = Exclude<EncodingOption, 'auto'>;

export class DecodeError extends Error {
  override name = 'DecodeError';
}

export interface Decoded {
  text: string;
  encoding: Encoding;
}

const decoders = new Map<string, TextDecoder>();
function decoder(encoding: Encoding): TextDecoder {
  let d = decoders.get(encoding);
  if (!d) {
    // fatal: invalid bytes throw instead of becoming U+FFFD; ignoreBOM: we strip it ourselves.
    d = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    decoders.set(encoding, d);
  }
  return d;
}

function bomOf(bytes: Uint8Array): { encoding: Encoding; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

export function decodeBytes(bytes: Uint8Array, option: EncodingOption = 'auto'): Decoded {
  if (bytes.length === 0) throw new DecodeError('empty file');
  const bom = bomOf(bytes);
  let decoded: Decoded;
  if (bom && (option === 'auto' || option === bom.encoding)) {
    decoded = { text: strictDecode(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding };
  } else if (option !== 'auto') {
    decoded = { text: strictDecode(bytes, option), encoding: option };
    if (decoded.text.charCodeAt(0) === 0xfeff) decoded.text = decoded.text.slice(1);
  } else {
    if (hasNul(bytes)) {
      const utf16 = guessUtf16(bytes);
      if (!utf16) throw new DecodeError('binary file (contains NUL bytes)');
      decoded = utf16;
    } else {
      decoded = autoDecode(bytes);
    }
  }
  if (decoded.text.includes('\u0000')) throw new DecodeError('binary file (contains NUL characters)');
  if (decoded.text.trim() === '') throw new DecodeError('empty file (no text)');
  return decoded;
}

function strictDecode(bytes: Uint8Array, encoding: Encoding): string {
  if ((encoding === 'utf-16le' || encoding === 'utf-16be') && bytes.length % 2 !== 0) {
    throw new DecodeError(`not valid ${encoding.toUpperCase()} (odd number of bytes)`);
  }
  try {
    return decoder(encoding).decode(bytes);
  } catch {
    throw new DecodeError(`not valid ${encoding.toUpperCase()}`);
  }
}

function autoDecode(bytes: Uint8Array): Decoded {
  try {
    return { text: decoder('utf-8').decode(bytes), encoding: 'utf-8' };
  } catch {
    // UTF-8 with a few damaged bytes must not silently become Windows-1256 mojibake.
    const damage = utf8Damage(bytes);
    if (damage.valid >= 4 * damage.invalid) {
      throw new DecodeError(`not valid UTF-8: damaged bytes at offset ${damage.firstInvalid} (force --encoding windows-1256 if the file really is Windows-1256)`);
    }
    // Not UTF-8: Windows-1256 maps every byte, so check that the result reads like text.
    const text = decoder('windows-1256').decode(bytes);
    if (!looksLikeText(text)) throw new DecodeError('cannot decode: the bytes are neither UTF-8 nor Windows-1256 text (use --encoding to force one)');
    return { text, encoding: 'windows-1256' };
  }
}

/** Valid multi-byte UTF-8 sequences and invalid bytes (Windows-1256 Arabic has almost no valid ones). */
export function utf8Damage(bytes: Uint8Array): { valid: number; invalid: number; firstInvalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    }
  }
  return { valid, invalid, firstInvalid };
}

/**
 * UTF-16 without a BOM: spaces, digits and Latin letters put their NUL byte always on
 * the same side (odd offsets in LE, even in BE). Anything else with NULs is binary.
 */
function guessUtf16(bytes: Uint8Array): Decoded | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++;
  if (even > 0 && odd > 0) return undefined;
  const encoding: Encoding = odd > 0 ? 'utf-16le' : 'utf-16be';
  try {
    const text = decoder(encoding).decode(bytes);
    return looksLikeText(text) ? { text, encoding } : undefined;
  } catch {
    return undefined;
  }
}

function hasNul(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}

/**
 * Text has almost no control characters, separates its words with spaces, and is mostly
 * letters and digits; random or foreign-encoded bytes read as Windows-1256 have many
 * controls and few spaces.
 */
export function looksLikeText(text: string): boolean {
  let controls = 0;
  let spaces = 0;
  let punctuation = 0;
  let wordish = 0;
  const n = Math.min(text.length, 65536);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) spaces++;
    else if (c < 0x20 || c === 0x7f) controls++;
    else if ((c >= 0x0621 && c <= 0x0669) || (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) wordish++;
    else if (isPunctuation(c)) punctuation++;
  }
  if (controls > n * 0.005) return false;
  if (n >= 40 && spaces < n * 0.04) return false;
  // Punctuation is neither for nor against: a short line like «اا . ، "» is text.
  return wordish > 0 && wordish >= (n - spaces - punctuation) * 0.5;
}

/** ASCII punctuation and the Arabic comma, semicolon and question mark. */
function isPunctuation(c: number): boolean {
  return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e) || c === 0x060c || c === 0x061b || c === 0x061f;
}
