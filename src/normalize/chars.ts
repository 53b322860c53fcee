// Character classes of Arabic text normalization. Code points, not regexes: the
// normalizer is a single char loop on the hot path.

/** Invisible format controls: removed in every view without leaving a space. */
export function isInvisibleControl(c: number): boolean {
  return (
    c === 0x200b || // zero width space
    c === 0x200c || // ZWNJ
    c === 0x200d || // ZWJ
    c === 0x200e || // LRM
    c === 0x200f || // RLM
    c === 0x061c || // ALM
    (c >= 0x202a && c <= 0x202e) || // LRE … RLO
    (c >= 0x2066 && c <= 0x2069) || // LRI … PDI
    c === 0x2060 || // word joiner
    c === 0xfeff || // BOM / ZWNBSP
    c === 0x00ad // soft hyphen
  );
}

/** Horizontal white space folded to one ASCII space (line breaks are not here). */
export function isHorizontalSpace(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85;
}

/** Harakat, dagger alef, Quranic annotation marks and tatweel: dropped by `search`. */
export function isArabicMark(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) || // harakat, shadda, sukun, hamza marks
    c === 0x0670 || // dagger alef
    (c >= 0x0610 && c <= 0x061a) || // honorifics, Quranic signs
    (c >= 0x06d6 && c <= 0x06dc) || // small high ligatures
    (c >= 0x06df && c <= 0x06e4) ||
    (c >= 0x06e7 && c <= 0x06e8) ||
    (c >= 0x06ea && c <= 0x06ed) ||
    (c >= 0x08d3 && c <= 0x08e1) ||
    (c >= 0x08e3 && c <= 0x08ff) ||
    c === 0x0640 // tatweel
  );
}

/** Single-letter folds of the `search` view. */
export const LETTER_FOLDS: ReadonlyMap<number, string> = new Map([
  [0x0623, 'ا'], // أ
  [0x0625, 'ا'], // إ
  [0x0622, 'ا'], // آ
  [0x0671, 'ا'], // ٱ wasla
  [0x0672, 'ا'], // wavy hamza above
  [0x0673, 'ا'], // wavy hamza below
  [0x0675, 'ا'], // high hamza alef
  [0x0649, 'ي'], // ى alef maqsura
  [0x0629, 'ه'], // ة teh marbuta
  [0x06c3, 'ه'], // ۃ teh marbuta goal
  [0x06a9, 'ك'], // ک keheh
  [0x06aa, 'ك'], // ڪ swash kaf
  [0x06cc, 'ي'], // ی Farsi yeh
  [0x06d2, 'ي'], // ے yeh barree
  [0x06d5, 'ه'], // ە ae
  [0x06c0, 'ه'], // ۀ heh with yeh above
  [0x06c1, 'ه'], // ہ heh goal
  [0x06be, 'ه'], // ھ heh doachashmee
]);

/** Arabic presentation forms and ligatures, unfolded with NFKC. */
export function isPresentationForm(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
}

/** Arabic-Indic and Persian digits → ASCII digit value, else -1. */
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0;
  return -1;
}
