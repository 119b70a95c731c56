import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addSchemeMonths, ageInSchemeYears, cycleDate, periodEnd, schemeYearOf } from './scheme.ts';
import { adToBs, bsToAd } from './bikram-sambat.ts';

describe('periods in the scheme calendar (docs/calendars.md)', () => {
  test('a Gregorian scheme adds calendar months and clamps to the end of the month', () => {
    assert.equal(addSchemeMonths('2024-01-31', 1, 'gregorian'), '2024-02-29');
    assert.equal(periodEnd('2024-01-01', 12, 'gregorian'), '2024-12-31');
  });

  test('a Bikram Sambat scheme adds BS months: a one-year policy from 1 Baisakh ends on the last day of Chaitra', () => {
    const start = bsToAd({ year: 2081, month: 1, day: 1 });
    assert.equal(start, '2024-04-13');
    const end = periodEnd(start, 12, 'bikram-sambat');
    assert.deepEqual(adToBs(end), { year: 2081, month: 12, day: bsMonthLengthOf(2081, 12) });
    assert.equal(end, '2025-04-13');
    // The Gregorian reading of "12 months" would end a day earlier and disagree with the scheme's card.
    assert.notEqual(periodEnd(start, 12, 'gregorian'), end);
  });

  test('adding BS months keeps the BS day of month, clamped to a shorter month', () => {
    const from = bsToAd({ year: 2081, month: 2, day: 32 });
    const to = adToBs(addSchemeMonths(from, 1, 'bikram-sambat'));
    assert.equal(to.month, 3);
    assert.ok(to.day <= 32);
  });

  test('enrolment cycles dd-mm are read in the scheme calendar: 01-04 is 1 Shrawan in a BS scheme', () => {
    assert.equal(cycleDate('01-07', 2024, 'gregorian'), '2024-07-01');
    assert.deepEqual(adToBs(cycleDate('01-04', 2081, 'bikram-sambat')), { year: 2081, month: 4, day: 1 });
  });

  test('a cycle start that does not exist in that year is refused', () => {
    assert.throws(() => cycleDate('30-02', 2024, 'gregorian'), /does not exist/);
    assert.throws(() => cycleDate('1-7', 2024, 'gregorian'), /dd-mm/);
  });

  test('the scheme year of a date follows the calendar (BS years start in mid-April)', () => {
    assert.equal(schemeYearOf('2024-04-12', 'bikram-sambat'), 2080);
    assert.equal(schemeYearOf('2024-04-13', 'bikram-sambat'), 2081);
    assert.equal(schemeYearOf('2024-04-12', 'gregorian'), 2024);
  });

  test('age counts birthdays in the scheme calendar', () => {
    const dob = bsToAd({ year: 2063, month: 5, day: 10 });
    const dayBefore = bsToAd({ year: 2081, month: 5, day: 9 });
    const birthday = bsToAd({ year: 2081, month: 5, day: 10 });
    assert.equal(ageInSchemeYears(dob, dayBefore, 'bikram-sambat'), 17);
    assert.equal(ageInSchemeYears(dob, birthday, 'bikram-sambat'), 18);
    assert.equal(ageInSchemeYears('2006-08-26', '2024-08-26', 'gregorian'), 18);
  });
});

function bsMonthLengthOf(year: number, month: number): number {
  const first = bsToAd({ year, month, day: 1 });
  const next = month === 12 ? bsToAd({ year: year + 1, month: 1, day: 1 }) : bsToAd({ year, month: month + 1, day: 1 });
  return Math.round((Date.parse(next) - Date.parse(first)) / 86_400_000);
}
