import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/lang/index.js';
import { FIXTURES } from '../cli/helpers.js';

const PERSIAN =
  'نیروهای دموکراتیک سوریه اعلام کردند که اعضای گروه داعش به زندانی در شهر حسکه حمله کردند و ده‌ها نفر کشته شدند. به گفته این نیروها، درگیری‌ها تا صبح روز بعد ادامه داشت و چند زندانی فرار کردند.';
const URDU =
  'شامی جمہوری فورسز نے کہا ہے کہ داعش کے ارکان نے حسکہ شہر میں ایک جیل پر حملہ کیا اور درجنوں افراد ہلاک ہو گئے۔ حکام کے مطابق لڑائی اگلی صبح تک جاری رہی اور کئی قیدی فرار ہو گئے۔';
const ENGLISH =
  'The Syrian Democratic Forces said Islamic State fighters attacked a prison in the city of Hasakah on Thursday, and dozens of people were killed in the fighting that followed.';

describe('detectLanguage', () => {
  it('the seed articles are Arabic (Persian ranks close behind on them)', () => {
    for (const name of readdirSync(FIXTURES)) {
      expect(detectLanguage(readFileSync(`${FIXTURES}/${name}`, 'utf8'))).toEqual({ language: 'ar', name: 'Arabic', arabic: true });
    }
  });

  it('Arabic typed with Persian ya and kaf (ی ک) is still Arabic', () => {
    for (const name of readdirSync(FIXTURES)) {
      const text = readFileSync(`${FIXTURES}/${name}`, 'utf8').replace(/ي/g, 'ی').replace(/ك/g, 'ک');
      expect(detectLanguage(text).language).toBe('ar');
    }
  });

  it('Persian and Urdu in Arabic script are not Arabic', () => {
    expect(detectLanguage(PERSIAN)).toMatchObject({ language: 'fa', arabic: false });
    expect(detectLanguage(URDU)).toMatchObject({ language: 'ur', name: 'Urdu', arabic: false });
  });

  it('English is not Arabic, even with an Arabic name in it', () => {
    expect(detectLanguage(ENGLISH)).toEqual({ language: 'en', name: 'English', arabic: false });
    expect(detectLanguage(`${ENGLISH} (قوات سوريا الديمقراطية)`)).toMatchObject({ language: 'en', arabic: false });
  });

  it('an Arabic article inside English page furniture is Arabic', () => {
    const arabic = readFileSync(`${FIXTURES}/${readdirSync(FIXTURES)[0]}`, 'utf8').slice(0, 1200);
    const furniture = 'Home News Sports Opinion Vote Share Tweet Subscribe Login Register Comments '.repeat(12);
    expect(detectLanguage(furniture + arabic)).toMatchObject({ language: 'ar', arabic: true });
  });

  it('short inputs are Arabic when most letters are Arabic', () => {
    expect(detectLanguage('قتل خمسة')).toMatchObject({ language: 'ar', arabic: true });
    expect(detectLanguage('أصيب 3')).toMatchObject({ language: 'ar', arabic: true });
    expect(detectLanguage('Hello')).toMatchObject({ arabic: false });
  });

  it('text without letters is undetermined', () => {
    expect(detectLanguage('2022-01-26 19:04 — 123')).toEqual({ language: 'und', name: 'unknown', arabic: false });
  });

  const BENCH = new URL('../../../shared/bench/articles.ndjson', import.meta.url).pathname;
  it.skipIf(!existsSync(BENCH))('almost every article of the bench corpus (Arabic news) is Arabic', () => {
    const lines = readFileSync(BENCH, 'utf8').split('\n', 3000).filter(Boolean);
    const flagged = lines.filter((line) => !detectLanguage(JSON.parse(line).text).arabic);
    expect(flagged.length / lines.length).toBeLessThan(0.002);
  });
});
