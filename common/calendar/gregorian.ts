/**
 * ISO calendar-date helpers ('YYYY-MM-DD', proleptic Gregorian).
 *
 * Kinga stores dates as ISO strings, never Date objects: a Date is an instant,
 * and local-time conversions shift it by a day around midnight. All arithmetic
 * here is on whole "epoch days" (days since 1970-01-01), computed with integer
 * formulas, so there is no time zone, DST or Date.parse quirk involved.
 */
import { CalendarError } from './errors.ts';

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface YearMonthDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a real calendar date written exactly as YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_RE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Splits an ISO date, throwing CalendarError if it is not one. */
export function parseIso(iso: string): YearMonthDay {
  const m = typeof iso === 'string' ? ISO_RE.exec(iso) : null;
  if (!m) {
    throw new CalendarError('invalid-format', `Expected an ISO date YYYY-MM-DD, got ${JSON.stringify(iso)}`);
  }
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (ymd.month < 1 || ymd.month > 12 || ymd.day < 1 || ymd.day > daysInMonth(ymd.year, ymd.month)) {
    throw new CalendarError('invalid-date', `No such date: ${iso}`);
  }
  return ymd;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Formats year/month/day as ISO; years outside 0–9999 are rejected. */
export function formatIso({ year, month, day }: YearMonthDay): string {
  if (year < 0 || year > 9999) {
    throw new CalendarError('out-of-range', `Year ${year} cannot be written as an ISO date`);
  }
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

// Days-from-civil and its inverse (H. Hinnant, "chrono-compatible low-level
// date algorithms"): exact for every proleptic Gregorian date, O(1).
function toEpochDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromEpochDay(epochDay: number): YearMonthDay {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days since 1970-01-01 (negative before). */
export function isoToEpochDay(iso: string): number {
  const { year, month, day } = parseIso(iso);
  return toEpochDay(year, month, day);
}

export function epochDayToIso(epochDay: number): string {
  if (!Number.isInteger(epochDay)) throw new RangeError(`Epoch day must be an integer, got ${epochDay}`);
  return formatIso(fromEpochDay(epochDay));
}

function assertInteger(n: number, what: string): void {
  if (!Number.isInteger(n)) throw new RangeError(`${what} must be an integer, got ${n}`);
}

export function addDays(iso: string, n: number): string {
  assertInteger(n, 'Number of days');
  return epochDayToIso(isoToEpochDay(iso) + n);
}

/**
 * Adds calendar months; a day that does not exist in the target month is
 * clamped to its last day (2024-01-31 + 1 month = 2024-02-29), as policy
 * periods and due dates expect.
 */
export function addMonths(iso: string, n: number): string {
  assertInteger(n, 'Number of months');
  const { year, month, day } = parseIso(iso);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatIso({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** Days from `from` to `to`: positive when `to` is later. */
export function diffDays(from: string, to: string): number {
  return isoToEpochDay(to) - isoToEpochDay(from);
}

/**
 * Completed years of age on date `at` for someone born on `dob`: the count
 * goes up on the birthday itself. Someone born on 29 February turns a year
 * older on 1 March in common years (28 February is still the day before).
 */
export function ageInYears(dob: string, at: string): number {
  const b = parseIso(dob);
  const a = parseIso(at);
  if (compareIso(at, dob) < 0) {
    throw new CalendarError('out-of-range', `Date ${at} is before date of birth ${dob}`);
  }
  const beforeBirthday = a.month < b.month || (a.month === b.month && a.day < b.day);
  return a.year - b.year - (beforeBirthday ? 1 : 0);
}

/** Sort comparator: negative, 0 or positive. Both arguments must be ISO dates. */
export function compareIso(a: string, b: string): number {
  parseIso(a);
  parseIso(b);
  // Fixed-width ISO strings sort chronologically as plain strings.
  return a < b ? -1 : a > b ? 1 : 0;
}
