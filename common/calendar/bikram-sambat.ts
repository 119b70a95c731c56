/**
 * Bikram Sambat (Nepali) calendar: conversion to and from ISO dates,
 * validation, month arithmetic, formatting and parsing.
 *
 * Supported range is the table in bs-data.ts (1970–2090 BS, i.e. 1913-04-13
 * to mid-April 2034 AD); years after BS_LAST_OFFICIAL_YEAR are provisional.
 * Conversions are O(1): the epoch day of every month start is precomputed.
 */
import { BS_EPOCH_AD, BS_FIRST_YEAR, BS_LAST_OFFICIAL_YEAR, BS_LAST_YEAR, BS_MONTH_LENGTHS } from './bs-data.ts';
import { CalendarError } from './errors.ts';
import { epochDayToIso, isoToEpochDay } from './gregorian.ts';

export interface BsDate {
  readonly year: number;
  /** 1 = Baisakh … 12 = Chaitra */
  readonly month: number;
  readonly day: number;
}

export type Digits = 'latin' | 'devanagari';
export type MonthNameLanguage = 'en' | 'ne';

export interface BsFormatOptions {
  /** Default 'latin'. */
  readonly digits?: Digits;
  /** Omit for numeric YYYY-MM-DD; 'en'/'ne' for "1 Baisakh 2081" / "१ बैशाख २०८१". */
  readonly monthNames?: MonthNameLanguage;
}

export const BS_MONTH_NAMES: Readonly<Record<MonthNameLanguage, readonly string[]>> = {
  en: ['Baisakh', 'Jestha', 'Asar', 'Shrawan', 'Bhadra', 'Asoj', 'Kartik', 'Mangsir', 'Poush', 'Magh', 'Falgun', 'Chaitra'],
  ne: ['बैशाख', 'जेठ', 'असार', 'साउन', 'भदौ', 'असोज', 'कार्तिक', 'मंसिर', 'पौष', 'माघ', 'फाल्गुन', 'चैत'],
};

// MONTH_START[(year - BS_FIRST_YEAR) * 12 + (month - 1)] = epoch day of day 1;
// the extra last entry is the day after the table ends.
const MONTH_START: readonly number[] = (() => {
  const starts: number[] = [];
  let day = isoToEpochDay(BS_EPOCH_AD);
  for (const row of BS_MONTH_LENGTHS) {
    for (const length of row) {
      starts.push(day);
      day += length;
    }
  }
  starts.push(day);
  return starts;
})();

const at = (index: number): number => MONTH_START[index] ?? Number.NaN;
const FIRST_DAY = at(0);
const END_DAY = at(MONTH_START.length - 1);

function monthIndex(year: number, month: number): number {
  return (year - BS_FIRST_YEAR) * 12 + (month - 1);
}

function rangeError(what: string): CalendarError {
  return new CalendarError('out-of-range', `${what} is outside the supported Bikram Sambat range ${BS_FIRST_YEAR}–${BS_LAST_YEAR} BS`);
}

/** Days in a BS month; throws CalendarError outside the table. */
export function bsMonthLength(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new CalendarError('invalid-date', `Month must be 1–12, got ${month}`);
  }
  const length = Number.isInteger(year) ? BS_MONTH_LENGTHS[year - BS_FIRST_YEAR]?.[month - 1] : undefined;
  if (length === undefined) throw rangeError(`Year ${year} BS`);
  return length;
}

export function isValidBsDate(bs: BsDate): boolean {
  const { year, month, day } = bs;
  if (![year, month, day].every(Number.isInteger)) return false;
  if (year < BS_FIRST_YEAR || year > BS_LAST_YEAR || month < 1 || month > 12) return false;
  return day >= 1 && day <= bsMonthLength(year, month);
}

/** True when the year's month lengths are projected, not yet published by Nepal. */
export function isProvisionalBs(year: number): boolean {
  return year > BS_LAST_OFFICIAL_YEAR;
}

function assertValid(bs: BsDate): void {
  bsMonthLength(bs.year, bs.month); // throws a precise error for year/month
  if (!Number.isInteger(bs.day) || !isValidBsDate(bs)) {
    const name = BS_MONTH_NAMES.en[bs.month - 1];
    throw new CalendarError('invalid-date', `Day ${bs.day} does not exist in ${name} ${bs.year} BS (1–${bsMonthLength(bs.year, bs.month)})`);
  }
}

export function adToBs(iso: string): BsDate {
  const day = isoToEpochDay(iso);
  if (day < FIRST_DAY || day >= END_DAY) throw rangeError(`Date ${iso}`);
  // Estimate the year from the mean year length, then correct by at most a step.
  let y = Math.min(Math.floor((day - FIRST_DAY) / 365.25), BS_MONTH_LENGTHS.length - 1);
  while (at(y * 12) > day) y--;
  while (at((y + 1) * 12) <= day) y++;
  let m = 0;
  while (at(y * 12 + m + 1) <= day) m++;
  return { year: BS_FIRST_YEAR + y, month: m + 1, day: day - at(y * 12 + m) + 1 };
}

export function bsToAd(bs: BsDate): string {
  assertValid(bs);
  return epochDayToIso(at(monthIndex(bs.year, bs.month)) + bs.day - 1);
}

/**
 * Adds BS months, clamping the day to the target month's length
 * (32 Asar + 1 month = 31 Shrawan when Shrawan has 31 days).
 */
export function addBsMonths(bs: BsDate, n: number): BsDate {
  assertValid(bs);
  if (!Number.isInteger(n)) throw new RangeError(`Number of months must be an integer, got ${n}`);
  const index = monthIndex(bs.year, bs.month) + n;
  const year = BS_FIRST_YEAR + Math.floor(index / 12);
  const month = (((index % 12) + 12) % 12) + 1;
  return { year, month, day: Math.min(bs.day, bsMonthLength(year, month)) };
}

const DEVANAGARI_ZERO = 0x0966; // '०'

export function toDevanagariDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(DEVANAGARI_ZERO + Number(d)));
}

export function toLatinDigits(text: string): string {
  return text.replace(/[०-९]/g, (d) => String(d.charCodeAt(0) - DEVANAGARI_ZERO));
}

export function formatBs(bs: BsDate, options: BsFormatOptions = {}): string {
  assertValid(bs);
  const { year, month, day } = bs;
  const text = options.monthNames
    ? `${day} ${BS_MONTH_NAMES[options.monthNames][month - 1]} ${year}`
    : `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return options.digits === 'devanagari' ? toDevanagariDigits(text) : text;
}

const BS_TEXT_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * Parses "YYYY-MM-DD" (month and day may have one digit) in Latin or
 * Devanagari digits, e.g. "2081-01-01" or "२०८१-०१-०१". Throws CalendarError
 * with code invalid-format, invalid-date or out-of-range.
 */
export function parseBs(text: string): BsDate {
  const m = typeof text === 'string' ? BS_TEXT_RE.exec(toLatinDigits(text.trim())) : null;
  if (!m) {
    throw new CalendarError('invalid-format', `Expected a Bikram Sambat date as YYYY-MM-DD, got ${JSON.stringify(text)}`);
  }
  const bs = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  assertValid(bs);
  return bs;
}
