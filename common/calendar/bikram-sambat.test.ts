/**
 * Bikram Sambat conversion tests.
 *
 * Anchors come from published sources, NOT from the table under test:
 *  [MoHA-2079] Government of Nepal, Ministry of Home Affairs, public-holiday
 *      notice for 2079 BS (Nepal Gazette), as reproduced at
 *      https://gyanpark.com.np/2022/03/public-holiday-of-nepal-of-2079-bs.html
 *      It lists every Saturday of 2079 BS: that pins every month length of
 *      that year.
 *  [FNCCI-2080] FNCCI "Working hour and holiday calendar 2080", with BS date,
 *      AD date and weekday side by side:
 *      https://fncci.org/working-hour-and-holiday-calendar-2080-320.html
 *  [MoHA-2081] Ministry of Home Affairs holiday list for 2081 BS (Nepal
 *      Gazette) as reported by nepalkairan.com/news/2858 and
 *      dhadingnews.com/archives/52723: 53 Saturdays in the year, Dashain
 *      holidays from Thursday 24 to Monday 28 Asoj, 1 May on 19 Baisakh.
 *  [MoHA-2082] 2082 BS holiday list in the Nepal Gazette, as reported by
 *      hamroglobalmedia.com/164058: 52 Saturdays in the year.
 *  [Press] New Year (1 Baisakh, a national public holiday) as dated in news
 *      reports: orissadiary.com (2081 = 13 April 2024), beemapost.com/2025/04/171381
 *      (dateline Sunday 31 Chaitra 2081, "tomorrow is New Year 2082"),
 *      arthasarokar.com/2020/03/patro.html (dateline Tuesday 18 Chaitra
 *      2076), nznepalsociety.co.nz (2076 = 14 April 2019),
 *      eagletreks.com (12 April 2016 is the last day of 2072).
 *  [Ref] 1 Baisakh 2000 BS = 14 April 1943, the commonly cited reference
 *      date (also in independent converters such as NepaliDateStorage.java).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { addBsMonths, adToBs, bsMonthLength, bsToAd, formatBs, isProvisionalBs, isValidBsDate, parseBs } from './bikram-sambat.ts';
import type { BsDate } from './bikram-sambat.ts';
import { BS_FIRST_YEAR, BS_LAST_OFFICIAL_YEAR, BS_LAST_YEAR, BS_MONTH_LENGTHS } from './bs-data.ts';
import { CalendarError } from './errors.ts';
import { addDays, isLeapYear } from './gregorian.ts';

const bs = (year: number, month: number, day: number): BsDate => ({ year, month, day });
const weekday = (iso: string): string => ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(`${iso}T00:00:00Z`).getUTCDay()] ?? '?';
const isCode = (code: string) => (e: unknown) => e instanceof CalendarError && e.code === code;
const row = (year: number): readonly number[] => BS_MONTH_LENGTHS[year - BS_FIRST_YEAR] ?? [];
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

describe('published anchors', () => {
  test('1 Baisakh (New Year) dates', () => {
    const newYears: Record<number, string> = {
      2000: '1943-04-14', // [Ref]
      2073: '2016-04-13', // [Press]
      2076: '2019-04-14', // [Press]
      2079: '2022-04-14', // [MoHA-2079] "New Year - Thursday 1st of Vaishakh"
      2080: '2023-04-14', // [FNCCI-2080]
      2081: '2024-04-13', // [Press]
      2082: '2025-04-14', // [Press]
    };
    for (const [year, iso] of Object.entries(newYears)) {
      assert.equal(bsToAd(bs(Number(year), 1, 1)), iso, `1 Baisakh ${year}`);
      assert.deepEqual(adToBs(iso), bs(Number(year), 1, 1));
    }
    assert.equal(weekday('2022-04-14'), 'Thu');
  });

  test('[MoHA-2079] every Saturday of 2079 BS', () => {
    const saturdays = [
      [3, 10, 17, 24, 31],
      [7, 14, 21, 28],
      [4, 11, 18, 25, 32],
      [7, 14, 21, 28],
      [4, 11, 18, 25],
      [1, 8, 15, 22, 29],
      [5, 12, 19, 26],
      [3, 10, 17, 24],
      [2, 9, 16, 23, 30],
      [7, 14, 21, 28],
      [6, 13, 20, 27],
      [4, 11, 18, 25],
    ];
    saturdays.forEach((days, i) => {
      const month = i + 1;
      const computed: number[] = [];
      for (let day = 1; day <= bsMonthLength(2079, month); day++) {
        if (weekday(bsToAd(bs(2079, month, day))) === 'Sat') computed.push(day);
      }
      assert.deepEqual(computed, days, `Saturdays of month ${month}, 2079`);
    });
    // Dated holidays in the same notice.
    assert.equal(bsToAd(bs(2079, 9, 10)), '2022-12-25'); // Christmas Day, Sunday 10 Paush
    assert.equal(weekday(bsToAd(bs(2079, 10, 1))), 'Sun'); // Maghe Sankranti, Sunday 1 Magh
    assert.equal(weekday(bsToAd(bs(2079, 6, 10))), 'Mon'); // Ghatasthapana, Monday 10 Asoj
  });

  test('[FNCCI-2080] holiday calendar 2080', () => {
    const rows: [BsDate, string, string][] = [
      [bs(2080, 1, 1), '2023-04-14', 'Fri'], // New Year
      [bs(2080, 1, 18), '2023-05-01', 'Mon'], // Labour Day
      [bs(2080, 1, 22), '2023-05-05', 'Fri'], // Buddha Jayanti
      [bs(2080, 5, 14), '2023-08-31', 'Thu'], // Janai Purnima
      [bs(2080, 6, 3), '2023-09-20', 'Wed'], // Constitution Day
      [bs(2080, 6, 11), '2023-09-28', 'Thu'], // Indrajatra
      [bs(2080, 6, 28), '2023-10-15', 'Sun'], // Ghatasthapana
      [bs(2080, 7, 5), '2023-10-22', 'Sun'], // Dashain holiday starts
      [bs(2080, 7, 30), '2023-11-16', 'Thu'], // Tihar holiday ends
      [bs(2080, 9, 27), '2024-01-12', 'Fri'], // Prithvi Jayanti
      [bs(2080, 10, 1), '2024-01-15', 'Mon'], // Maghe Sankranti
      [bs(2080, 11, 1), '2024-02-13', 'Tue'], // Janayuddha Diwas
    ];
    for (const [date, iso, day] of rows) {
      assert.equal(bsToAd(date), iso, formatBs(date));
      assert.deepEqual(adToBs(iso), date);
      assert.equal(weekday(iso), day, iso);
    }
  });

  test('[MoHA-2081] [MoHA-2082] [Press] weekdays and Saturday counts', () => {
    const saturdaysIn = (year: number): number => {
      let count = 0;
      for (let d = bsToAd(bs(year, 1, 1)); adToBs(d).year === year; d = addDays(d, 1)) {
        if (weekday(d) === 'Sat') count++;
      }
      return count;
    };
    assert.equal(saturdaysIn(2081), 53);
    assert.equal(saturdaysIn(2082), 52);
    assert.equal(weekday(bsToAd(bs(2081, 6, 24))), 'Thu');
    assert.equal(weekday(bsToAd(bs(2081, 6, 28))), 'Mon');
    assert.equal(bsToAd(bs(2081, 1, 19)), '2024-05-01');
    assert.equal(weekday(bsToAd(bs(2081, 12, 31))), 'Sun');
    assert.equal(bsToAd(bs(2081, 12, 31)), '2025-04-13');
    assert.equal(weekday(bsToAd(bs(2076, 12, 18))), 'Tue');
    assert.equal(bsToAd(bs(2072, 12, 30)), '2016-04-12');
  });
});

describe('table', () => {
  test('shape: 12 months of 29–32 days, years of 365 or 366 days', () => {
    assert.equal(BS_MONTH_LENGTHS.length, BS_LAST_YEAR - BS_FIRST_YEAR + 1);
    for (let year = BS_FIRST_YEAR; year <= BS_LAST_YEAR; year++) {
      const r = row(year);
      assert.equal(r.length, 12, `${year}`);
      assert.ok(
        r.every((n) => Number.isInteger(n) && n >= 29 && n <= 32),
        `${year}: ${r.join(',')}`,
      );
      assert.ok(sum(r) === 365 || sum(r) === 366, `${year} has ${sum(r)} days`);
    }
  });

  test('official years match the bikram-sambat package they were copied from', () => {
    // Test-only import: the app never loads the package. If you correct a year
    // from a newer official source, list it here with the source.
    const knownDivergences: number[] = [];
    type Package = { daysInMonth(year: number, month: number): number };
    const pkg = createRequire(import.meta.url)('bikram-sambat') as Package;
    for (let year = BS_FIRST_YEAR; year <= BS_LAST_OFFICIAL_YEAR; year++) {
      if (knownDivergences.includes(year)) continue;
      for (let month = 1; month <= 12; month++) {
        assert.equal(bsMonthLength(year, month), pkg.daysInMonth(year, month), `${year}-${month}`);
      }
    }
  });

  test('projected rows follow the documented rule (bs-data.ts PROJECTION)', () => {
    for (let year = BS_LAST_OFFICIAL_YEAR + 1; year <= BS_LAST_YEAR; year++) {
      const byCycle = row(year - 27);
      const byLeap = row(year - 4);
      assert.deepEqual(row(year), sum(byCycle) === sum(byLeap) ? byCycle : byLeap, `${year}`);
    }
  });

  test('since 2055 BS, New Year is 13 April in Gregorian leap years, else 14 April', () => {
    for (let year = 2055; year <= BS_LAST_YEAR; year++) {
      const adYear = year - 57;
      assert.equal(bsToAd(bs(year, 1, 1)), `${adYear}-04-${isLeapYear(adYear) ? 13 : 14}`, `${year}`);
    }
  });
});

describe('conversion', () => {
  test('round-trips every day of the table, in order, without gaps', () => {
    let iso = bsToAd(bs(BS_FIRST_YEAR, 1, 1));
    assert.equal(iso, '1913-04-13');
    let days = 0;
    for (let year = BS_FIRST_YEAR; year <= BS_LAST_YEAR; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= bsMonthLength(year, month); day++) {
          const back = adToBs(iso);
          if (back.year !== year || back.month !== month || back.day !== day || bsToAd(back) !== iso) {
            assert.fail(`${iso} -> ${formatBs(back)}, expected ${year}-${month}-${day}`);
          }
          iso = addDays(iso, 1);
          days++;
        }
      }
    }
    assert.ok(days > 44_000);
  });

  test('range limits', () => {
    assert.deepEqual(adToBs('1913-04-13'), bs(1970, 1, 1));
    assert.throws(() => adToBs('1913-04-12'), isCode('out-of-range'));
    const last = bs(BS_LAST_YEAR, 12, bsMonthLength(BS_LAST_YEAR, 12));
    assert.throws(() => adToBs(addDays(bsToAd(last), 1)), isCode('out-of-range'));
    assert.throws(() => bsToAd(bs(1969, 12, 1)), isCode('out-of-range'));
    assert.throws(() => bsToAd(bs(BS_LAST_YEAR + 1, 1, 1)), isCode('out-of-range'));
    assert.throws(() => adToBs('2024-02-30'), isCode('invalid-date'));
  });
});

describe('validation', () => {
  test('isValidBsDate', () => {
    assert.equal(isValidBsDate(bs(2079, 3, 32)), true); // Asar 2079 has 32 days
    assert.equal(isValidBsDate(bs(2080, 3, 32)), false);
    assert.equal(isValidBsDate(bs(2081, 13, 1)), false);
    assert.equal(isValidBsDate(bs(2081, 0, 1)), false);
    assert.equal(isValidBsDate(bs(2081, 1, 0)), false);
    assert.equal(isValidBsDate(bs(2081, 1, 1.5)), false);
    assert.equal(isValidBsDate(bs(1969, 1, 1)), false);
    assert.equal(isValidBsDate(bs(BS_LAST_YEAR + 1, 1, 1)), false);
  });

  test('bsMonthLength', () => {
    const lengths = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => bsMonthLength(2081, m));
    assert.deepEqual(lengths, [31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31]);
    assert.throws(() => bsMonthLength(2081, 13), isCode('invalid-date'));
    assert.throws(() => bsMonthLength(2200, 1), isCode('out-of-range'));
  });

  test('bsToAd names the problem', () => {
    assert.throws(() => bsToAd(bs(2081, 1, 32)), {
      code: 'invalid-date',
      message: /Day 32 does not exist in Baisakh 2081 BS \(1–31\)/,
    });
    assert.throws(() => bsToAd(bs(2081, 13, 1)), { code: 'invalid-date', message: /Month must be 1–12/ });
  });
});

describe('parseBs / formatBs', () => {
  test('parses Latin and Devanagari digits', () => {
    assert.deepEqual(parseBs('2081-01-01'), bs(2081, 1, 1));
    assert.deepEqual(parseBs('२०८१-०१-०१'), bs(2081, 1, 1));
    assert.deepEqual(parseBs(' 2079-3-32 '), bs(2079, 3, 32));
    assert.deepEqual(parseBs('२०८१-6-२६'), bs(2081, 6, 26));
  });

  test('rejects bad text with a coded error', () => {
    for (const text of ['', '2081', '2081/01/01', '81-01-01', '2081-01-01x', '2081-001-01', 'abcd-ef-gh']) {
      assert.throws(() => parseBs(text), isCode('invalid-format'), text);
    }
    assert.throws(() => parseBs('2081-13-01'), isCode('invalid-date'));
    assert.throws(() => parseBs('2080-03-32'), isCode('invalid-date'));
    assert.throws(() => parseBs('२०८१-०१-३२'), isCode('invalid-date'));
    assert.throws(() => parseBs('2200-01-01'), isCode('out-of-range'));
  });

  test('formats numerically or with month names, in either script', () => {
    const dashainTika = adToBs('2024-10-12'); // 26 Asoj 2081
    assert.equal(formatBs(dashainTika), '2081-06-26');
    assert.equal(formatBs(dashainTika, { digits: 'devanagari' }), '२०८१-०६-२६');
    assert.equal(formatBs(dashainTika, { monthNames: 'en' }), '26 Asoj 2081');
    assert.equal(formatBs(dashainTika, { digits: 'devanagari', monthNames: 'ne' }), '२६ असोज २०८१');
    assert.equal(formatBs(bs(2081, 1, 1), { digits: 'devanagari', monthNames: 'ne' }), '१ बैशाख २०८१');
    assert.deepEqual(parseBs(formatBs(dashainTika, { digits: 'devanagari' })), dashainTika);
    assert.throws(() => formatBs(bs(2081, 2, 33)), isCode('invalid-date'));
  });
});

describe('provisional years', () => {
  test(`years after ${BS_LAST_OFFICIAL_YEAR} are provisional`, () => {
    assert.equal(isProvisionalBs(2000), false);
    assert.equal(isProvisionalBs(BS_LAST_OFFICIAL_YEAR), false);
    assert.equal(isProvisionalBs(BS_LAST_OFFICIAL_YEAR + 1), true);
    assert.equal(isProvisionalBs(BS_LAST_YEAR), true);
  });
});

describe('addBsMonths', () => {
  test('steps across years in both directions', () => {
    assert.deepEqual(addBsMonths(bs(2081, 12, 15), 1), bs(2082, 1, 15));
    assert.deepEqual(addBsMonths(bs(2081, 1, 15), -1), bs(2080, 12, 15));
    assert.deepEqual(addBsMonths(bs(2081, 5, 10), 12), bs(2082, 5, 10));
    assert.deepEqual(addBsMonths(bs(2081, 5, 10), -25), bs(2079, 4, 10));
    assert.deepEqual(addBsMonths(bs(2081, 5, 10), 0), bs(2081, 5, 10));
  });

  test('clamps the day to the target month length', () => {
    assert.deepEqual(addBsMonths(bs(2079, 3, 32), 1), bs(2079, 4, 31)); // Asar 32 -> Shrawan has 31
    assert.deepEqual(addBsMonths(bs(2081, 2, 32), 7), bs(2081, 9, 29)); // Jestha 32 -> Poush has 29
    assert.deepEqual(addBsMonths(bs(2081, 4, 32), -12), bs(2080, 4, 32)); // Shrawan 2080 also has 32
    assert.deepEqual(addBsMonths(bs(2082, 3, 32), 12), bs(2083, 3, 32));
  });

  test('refuses to leave the table or take bad input', () => {
    assert.throws(() => addBsMonths(bs(BS_LAST_YEAR, 12, 1), 1), isCode('out-of-range'));
    assert.throws(() => addBsMonths(bs(BS_FIRST_YEAR, 1, 1), -1), isCode('out-of-range'));
    assert.throws(() => addBsMonths(bs(2081, 1, 32), 1), isCode('invalid-date'));
    assert.throws(() => addBsMonths(bs(2081, 1, 1), 0.5), RangeError);
  });
});
