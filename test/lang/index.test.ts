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

  it('the seed articles are Arabic (Persian ranks close behind on them)', async () => {
    for (const name of readdirSync(FIXTURES)) {
      expect(await detectLanguage(readFileSync(`${FIXTURES}/${name}`, 'utf8'))).toEqual({ language: 'ar', name: 'Arabic', arabic: true });
    }
  });

  it('Arabic typed with Persian ya and kaf (ی ک) is still Arabic', async () => {
    for (const name of readdirSync(FIXTURES)) {
      const text = readFileSync(`${FIXTURES}/${name}`, 'utf8').replace(/ي/g, 'ی').replace(/ك/g, 'ک');
      expect((await detectLanguage(text)).language).toBe('ar');
    }
  });

  it('Persian and Urdu in Arabic script are not Arabic', async () => {
    expect(await detectLanguage(PERSIAN)).toMatchObject({ language: 'fa', arabic: false });
    expect(await detectLanguage(URDU)).toMatchObject({ language: 'ur', name: 'Urdu', arabic: false });
  });

  it('English is not Arabic, even with an Arabic name in it', async () => {
    expect(await detectLanguage(ENGLISH)).toEqual({ language: 'en', name: 'English', arabic: false });
    expect(await detectLanguage(`${ENGLISH} (قوات سوريا الديمقراطية)`)).toMatchObject({ language: 'en', arabic: false });
  });

  it('an Arabic article inside English page furniture is Arabic', async () => {
    const arabic = readFileSync(`${FIXTURES}/${readdirSync(FIXTURES)[0]}`, 'utf8').slice(0, 1200);
    const furniture = 'Home News Sports Opinion Vote Share Tweet Subscribe Login Register Comments '.repeat(12);
    expect(await detectLanguage(furniture + arabic)).toMatchObject({ language: 'ar', arabic: true });
  });

  it('short inputs are Arabic when most letters are Arabic', async () => {
    expect(await detectLanguage('قتل خمسة')).toMatchObject({ language: 'ar', arabic: true });
    expect(await detectLanguage('أصيب 3')).toMatchObject({ language: 'ar', arabic: true });
    expect(await detectLanguage('Hello')).toMatchObject({ arabic: false });
  });

  it('text without letters is undetermined', async () => {
    expect(await detectLanguage('2022-01-26 19:04 — 123')).toEqual({ language: 'und', name: 'unknown', arabic: false });
  });

  const BENCH = new URL('../../../shared/bench/articles.ndjson', import.meta.url).pathname;
  it.skipIf(!existsSync(BENCH))('almost every article of the bench corpus (Arabic news) is Arabic', async () => {
    const lines = readFileSync(BENCH, 'utf8').split('\n', 3000).filter(Boolean);
    const verdicts = await Promise.all(lines.map((line) => detectLanguage(JSON.parse(line).text)));
    const flagged = verdicts.filter((v) => !v.arabic);
    expect(flagged.length / lines.length).toBeLessThan(0.002);
  });
});
