// Proleptic Gregorian day arithmetic on plain numbers (days since 1970-01-01), so no
// Date object or time zone is involved while resolving dates.

export interface CivilDate {
  y: number;
  m: number; // 1-12
  d: number; // 1-31
}

/** Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(z: number): CivilDate {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOfDays(z: number): number {
  return (((z + 4) % 7) + 7) % 7;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;
const pad4 = (n: number): string => String(n).padStart(4, '0');

export function isoDay(z: number): string {
  const c = civilFromDays(z);
  return `${pad4(c.y)}-${pad2(c.m)}-${pad2(c.d)}`;
}

export function isoMonth(y: number, m: number): string {
  return `${pad4(y)}-${pad2(m)}`;
}

export function isoYear(y: number): string {
  return pad4(y);
}

/** Date-time without zone: news gives local times. */
export function isoDateTime(z: number, h: number, mi: number, s?: number): string {
  return `${isoDay(z)}T${pad2(h)}:${pad2(mi)}${s === undefined ? '' : ':' + pad2(s)}`;
}

export interface ParsedIso {
  days: number;
  /** Minutes since midnight when the value has a time. */
  minutes?: number;
  seconds?: number;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/;

/** Reads an ISO date, month, year or date-time (any zone suffix is ignored: times are local). */
export function parseIso(value: string): ParsedIso | null {
  const m = ISO.exec(value.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : 1;
  const d = m[3] ? Number(m[3]) : 1;
  if (!isValidDate(y, mo, d)) return null;
  const out: ParsedIso = { days: daysFromCivil(y, mo, d) };
  if (m[4]) {
    out.minutes = Number(m[4]) * 60 + Number(m[5]);
    if (m[6]) out.seconds = Number(m[6]);
  }
  return out;
}

/** Monday of the ISO week holding day z (weeks start on Monday, as in ISO 8601 and Duckling). */
export function mondayOf(z: number): number {
  return z - ((weekdayOfDays(z) + 6) % 7);
}

/** Western Easter Sunday (anonymous Gregorian computus). */
export function easterDays(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return daysFromCivil(y, month, day);
}
