import { getCalendar, type CalendarId, type Digits } from '@common/calendar/index.ts';

/** Today's date where the user is, as ISO. */
export function todayIso(): string {
  return localIsoDate(new Date());
}

/** The calendar date of an instant in the browser's time zone, as ISO. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface FormatOptions {
  calendar: CalendarId;
  language: string;
  digits?: Digits;
  /** 'short' = YYYY-MM-DD in the calendar; 'long' = day, month name, year. */
  format?: 'short' | 'long';
}

/** Shows an ISO date in a calendar; falls back to the ISO text when the date cannot be converted. */
export function formatDate(iso: string, { calendar, language, digits = 'latin', format = 'short' }: FormatOptions): string {
  try {
    if (calendar === 'gregorian' && format === 'long') {
      const text = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
      return text;
    }
    return getCalendar(calendar).toDisplay(iso, { digits, ...(format === 'long' ? { monthNames: language === 'ne' ? 'ne' : 'en' } : {}) });
  } catch {
    return iso;
  }
}

export function isProvisional(iso: string, calendar: CalendarId): boolean {
  try {
    return getCalendar(calendar).isProvisional(iso);
  } catch {
    return false;
  }
}

/** Nepali readers get Devanagari digits by default. */
export function defaultDigits(language: string): Digits {
  return language === 'ne' ? 'devanagari' : 'latin';
}
