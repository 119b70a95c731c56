/**
 * Period arithmetic in the scheme's calendar (docs/calendars.md). Dates are always stored as ISO
 * Gregorian strings; a scheme that works in Bikram Sambat counts its months, cycles and ages in
 * Bikram Sambat, so that the dates Kinga computes are the ones the scheme publishes.
 */
import { addBsMonths, adToBs, bsMonthLength, bsToAd } from './bikram-sambat.ts';
import { CalendarError } from './errors.ts';
import { addDays, addMonths, ageInYears, daysInMonth, formatIso, parseIso } from './gregorian.ts';
import type { CalendarId } from './index.ts';

/** `iso` plus `months` months of the scheme's calendar; the day is clamped to the target month's length. */
export function addSchemeMonths(iso: string, months: number, calendar: CalendarId): string {
  if (calendar === 'gregorian') return addMonths(iso, months);
  return bsToAd(addBsMonths(adToBs(iso), months));
}

/** The last day of a period of `months` months starting on `start` (openIMIS: start + N months − 1 day). */
export function periodEnd(start: string, months: number, calendar: CalendarId): string {
  return addDays(addSchemeMonths(start, months, calendar), -1);
}

/** The year, in the scheme's calendar, that contains the date. */
export function schemeYearOf(iso: string, calendar: CalendarId): number {
  return calendar === 'gregorian' ? parseIso(iso).year : adToBs(iso).year;
}

/**
 * The ISO date of an enrolment cycle start `dd-mm` (openIMIS StartCycle1..4) in a year of the
 * scheme's calendar. A day beyond the month's length (31-02, or 32 in a short BS month) is refused.
 */
export function cycleDate(ddmm: string, year: number, calendar: CalendarId): string {
  const match = /^(\d{2})-(\d{2})$/.exec(ddmm);
  if (!match) throw new CalendarError('invalid-format', `"${ddmm}" is not a cycle start of the form dd-mm`);
  const day = Number(match[1]);
  const month = Number(match[2]);
  const length = month >= 1 && month <= 12 ? (calendar === 'gregorian' ? daysInMonth(year, month) : bsMonthLength(year, month)) : 0;
  if (day < 1 || day > length) throw new CalendarError('invalid-date', `"${ddmm}" does not exist in year ${year} of the ${calendar} calendar`);
  return calendar === 'gregorian' ? formatIso({ year, month, day }) : bsToAd({ year, month, day });
}

/** Exact age in whole years at a date, birthdays counted in the scheme's calendar. */
export function ageInSchemeYears(dob: string, at: string, calendar: CalendarId): number {
  if (calendar === 'gregorian') return ageInYears(dob, at);
  const birth = adToBs(dob);
  const now = adToBs(at);
  const hadBirthday = now.month > birth.month || (now.month === birth.month && now.day >= birth.day);
  return now.year - birth.year - (hadBirthday ? 0 : 1);
}
