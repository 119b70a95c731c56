/**
 * Calendar module entry point.
 *
 * Dates are always stored and exchanged as ISO strings; a Calendar only
 * decides how a date is shown, typed in and stepped by months. UI and rules
 * take a Calendar (chosen per user or per scheme) instead of branching on it.
 */
import { addBsMonths, adToBs, bsToAd, formatBs, isProvisionalBs, parseBs, toDevanagariDigits, toLatinDigits } from './bikram-sambat.ts';
import type { Digits, MonthNameLanguage } from './bikram-sambat.ts';
import { CalendarError } from './errors.ts';
import { addMonths, parseIso } from './gregorian.ts';

export type CalendarId = 'gregorian' | 'bikram-sambat';

export interface DisplayOptions {
  /** Default 'latin'. */
  readonly digits?: Digits;
  /** Omit for numeric YYYY-MM-DD; otherwise "day month-name year". */
  readonly monthNames?: MonthNameLanguage;
}

export interface Calendar {
  readonly id: CalendarId;
  /** Shows an ISO date in this calendar. */
  toDisplay(iso: string, options?: DisplayOptions): string;
  /** Reads YYYY-MM-DD in this calendar (Latin or Devanagari digits); returns ISO, throws CalendarError. */
  parse(text: string): string;
  /** Steps by months in this calendar, clamping to the month end; ISO in and out. */
  addMonths(iso: string, n: number): string;
  /** True when the date relies on projected, not yet published, calendar data. */
  isProvisional(iso: string): boolean;
}

const GREGORIAN_MONTH_NAMES: Readonly<Record<MonthNameLanguage, readonly string[]>> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ne: ['जनवरी', 'फेब्रुअरी', 'मार्च', 'अप्रिल', 'मे', 'जुन', 'जुलाई', 'अगस्ट', 'सेप्टेम्बर', 'अक्टोबर', 'नोभेम्बर', 'डिसेम्बर'],
};

const DATE_TEXT_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

const gregorian: Calendar = {
  id: 'gregorian',
  toDisplay(iso, options = {}) {
    const { year, month, day } = parseIso(iso);
    const text = options.monthNames ? `${day} ${GREGORIAN_MONTH_NAMES[options.monthNames][month - 1]} ${year}` : iso;
    return options.digits === 'devanagari' ? toDevanagariDigits(text) : text;
  },
  parse(text) {
    // Same leniency as the BS parser: trimmed, 1- or 2-digit month and day.
    const m = typeof text === 'string' ? DATE_TEXT_RE.exec(toLatinDigits(text.trim())) : null;
    if (!m) {
      throw new CalendarError('invalid-format', `Expected a date as YYYY-MM-DD, got ${JSON.stringify(text)}`);
    }
    const iso = `${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}`;
    parseIso(iso); // throws invalid-date for 2023-02-29 and the like
    return iso;
  },
  addMonths,
  isProvisional(iso) {
    parseIso(iso);
    return false;
  },
};

const bikramSambat: Calendar = {
  id: 'bikram-sambat',
  toDisplay: (iso, options = {}) => formatBs(adToBs(iso), options),
  parse: (text) => bsToAd(parseBs(text)),
  addMonths: (iso, n) => bsToAd(addBsMonths(adToBs(iso), n)),
  isProvisional: (iso) => isProvisionalBs(adToBs(iso).year),
};

const CALENDARS: Readonly<Record<CalendarId, Calendar>> = { gregorian, 'bikram-sambat': bikramSambat };

export const CALENDAR_IDS: readonly CalendarId[] = ['gregorian', 'bikram-sambat'];

export function isCalendarId(value: unknown): value is CalendarId {
  return value === 'gregorian' || value === 'bikram-sambat';
}

export function getCalendar(id: CalendarId): Calendar {
  // Checked at run time too: ids arrive from settings and user preferences.
  if (!isCalendarId(id)) throw new RangeError(`Unknown calendar ${JSON.stringify(id)}`);
  return CALENDARS[id];
}

export * from './bikram-sambat.ts';
export * from './bs-data.ts';
export * from './errors.ts';
export * from './gregorian.ts';
