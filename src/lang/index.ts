// Which language a document is in. Analysis (numbers, dates, figures) is built for
// Arabic; other documents are flagged and skipped unless --lang ar forces them.
//
// franc ranks Persian, Dari and Urdu close to Arabic on Arabic text (Persian scored
// 0.956 of Arabic on a seed article), so an Arabic-script text is called non-Arabic
// only when another language wins by a clear margin.

type Franc = typeof import('franc');
let francModule: Promise<Franc> | undefined;
/** franc takes ~240 ms to compile at import: load it only when a text needs it (few do). */
function loadFranc(): Promise<Franc> {
  return (francModule ??= import('franc'));
}

export interface LanguageVerdict {
  /** ISO 639-1 code when there is one (ar, fa, ur, en …), else franc's ISO 639-3 code; "und" when unknown. */
  language: string;
  arabic: boolean;
  /** Human-readable name for warnings. */
  name: string;
}

/** Arabic-script languages franc knows (its "zlm" Jawi profile is left out: it mimics Arabic). */
const ARABIC_SCRIPT = ['arb', 'pes', 'prs', 'urd', 'skr', 'pbu', 'uig'];
/** Arabic loses only when its score is below this fraction of the winner's. */
const ARABIC_MARGIN = 0.85;
/** Characters looked at: enough for franc, cheap on long articles. */
const SAMPLE = 3000;
/** Share of Arabic-script letters that makes a document an Arabic-script one. */
const ARABIC_SCRIPT_SHARE = 0.25;
/** Share of Persian/Urdu-only letters below which an Arabic-script text is Arabic. */
const EXTENDED_SHARE = 0.01;
/** Below this many letters franc is unreliable: the script decides. */
const MIN_LETTERS = 40;

const NAMES: Record<string, [string, string]> = {
  arb: ['ar', 'Arabic'],
  pes: ['fa', 'Persian'],
  prs: ['fa', 'Dari'],
  urd: ['ur', 'Urdu'],
  skr: ['skr', 'Saraiki'],
  pbu: ['ps', 'Pashto'],
  uig: ['ug', 'Uyghur'],
  eng: ['en', 'English'],
  fra: ['fr', 'French'],
  deu: ['de', 'German'],
  spa: ['es', 'Spanish'],
  tur: ['tr', 'Turkish'],
  rus: ['ru', 'Russian'],
  heb: ['he', 'Hebrew'],
  und: ['und', 'unknown'],
};

function verdict(code: string): LanguageVerdict {
  const [language, name] = NAMES[code] ?? [code, code];
  return { language, name, arabic: code === 'arb' };
}

export async function detectLanguage(text: string): Promise<LanguageVerdict> {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let arabicLetters = 0;
  let extendedLetters = 0;
  let otherLetters = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x41) continue;
    if (isArabicLetter(c)) {
      arabicLetters++;
      if (isPersianOrUrduLetter(c)) extendedLetters++;
    } else if (c < 0x80 ? (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a : LETTER.test(sample[i]!)) {
      otherLetters++;
    }
  }
  const letters = arabicLetters + otherLetters;
  if (letters === 0) return verdict('und');
  // Web pages wrap Arabic articles in English furniture (menus, widgets, captions):
  // a quarter of the letters in Arabic script is an Arabic-script document.
  if (arabicLetters < letters * ARABIC_SCRIPT_SHARE) {
    const { francAll } = await loadFranc();
    const [top] = francAll(sample.slice(0, 1000), { minLength: 1 });
    return verdict(top && top[0] !== 'arb' ? top[0] : 'und');
  }
  // Persian and Urdu cannot be written without their own letters (ی ک پ گ ے ہ …);
  // without them the text is Arabic, and franc is not needed.
  if (letters < MIN_LETTERS || extendedLetters < arabicLetters * EXTENDED_SHARE) return verdict('arb');
  const { francAll } = await loadFranc();
  const ranked = francAll(sample, { only: ARABIC_SCRIPT, minLength: 1 });
  const [top] = ranked;
  if (!top || top[0] === 'arb' || top[0] === 'und') return verdict('arb');
  const arabicScore = ranked.find(([code]) => code === 'arb')?.[1] ?? 0;
  return arabicScore >= ARABIC_MARGIN * top[1] ? verdict('arb') : verdict(top[0]);
}

const LETTER = /\p{L}/u;

function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0620 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06fa && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

/** Letters of Persian, Urdu and other Arabic-script languages that Arabic does not use (ٱ excepted: Quranic Arabic). */
function isPersianOrUrduLetter(c: number): boolean {
  return (c >= 0x0672 && c <= 0x06d3) || c === 0x06d5 || (c >= 0x06fa && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f);
}
