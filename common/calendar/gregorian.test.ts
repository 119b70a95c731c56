import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, addMonths, ageInYears, compareIso, diffDays, epochDayToIso, isIsoDate, isoToEpochDay } from './gregorian.ts';
import { CalendarError } from './errors.ts';

const isCode = (code: string) => (e: unknown) => e instanceof CalendarError && e.code === code;

describe('isIsoDate', () => {
  test('accepts real dates only', () => {
    for (const ok of ['2024-02-29', '2000-02-29', '1999-12-31', '0001-01-01', '9999-12-31']) {
      assert.equal(isIsoDate(ok), true, ok);
    }
    const bad = ['2023-02-29', '1900-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '2024-1-01'];
    bad.push('24-01-01', ' 2024-01-01', '2024-01-01T00:00', '');
    for (const value of [...bad, null, 20240101]) {
      assert.equal(isIsoDate(value), false, String(value));
    }
  });
});

describe('epoch days', () => {
  test('agree with Date.UTC for every day from 1800 to 2200', () => {
    const start = Date.UTC(1800, 0, 1) / 86_400_000;
    const end = Date.UTC(2200, 11, 31) / 86_400_000;
    for (let day = start; day <= end; day++) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      assert.equal(epochDayToIso(day), iso);
      if (isoToEpochDay(iso) !== day) assert.fail(`${iso} -> ${isoToEpochDay(iso)}, expected ${day}`);
    }
  });

  test('known values', () => {
    assert.equal(isoToEpochDay('1970-01-01'), 0);
    assert.equal(isoToEpochDay('1969-12-31'), -1);
    assert.equal(epochDayToIso(19_723), '2024-01-01');
  });
});

describe('addDays / diffDays', () => {
  test('crosses months, years and leap days', () => {
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addDays('2023-02-28', 1), '2023-03-01');
    assert.equal(addDays('2024-12-31', 1), '2025-01-01');
    assert.equal(addDays('2025-01-01', -1), '2024-12-31');
    assert.equal(addDays('2024-01-01', 366), '2025-01-01');
    assert.equal(addDays('2024-05-05', 0), '2024-05-05');
  });

  test('diffDays counts from the first to the second date', () => {
    assert.equal(diffDays('2024-01-01', '2024-01-31'), 30);
    assert.equal(diffDays('2024-01-31', '2024-01-01'), -30);
    assert.equal(diffDays('2024-01-01', '2025-01-01'), 366);
    assert.equal(diffDays('2024-03-10', '2024-03-10'), 0);
  });

  test('rejects bad input', () => {
    assert.throws(() => addDays('2024-02-30', 1), isCode('invalid-date'));
    assert.throws(() => addDays('2024/02/01', 1), isCode('invalid-format'));
    assert.throws(() => addDays('2024-02-01', 1.5), RangeError);
  });
});

describe('addMonths', () => {
  test('keeps the day when it exists', () => {
    assert.equal(addMonths('2024-01-15', 1), '2024-02-15');
    assert.equal(addMonths('2024-11-30', 2), '2025-01-30');
    assert.equal(addMonths('2024-03-15', -3), '2023-12-15');
    assert.equal(addMonths('2024-06-01', 0), '2024-06-01');
  });

  test('clamps to the end of shorter months', () => {
    assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
    assert.equal(addMonths('2023-01-31', 1), '2023-02-28');
    assert.equal(addMonths('2024-03-31', -1), '2024-02-29');
    assert.equal(addMonths('2024-05-31', 1), '2024-06-30');
    assert.equal(addMonths('2024-02-29', 12), '2025-02-28');
    assert.equal(addMonths('2024-02-29', 48), '2028-02-29');
    assert.equal(addMonths('2024-01-31', -13), '2022-12-31');
  });
});

describe('ageInYears', () => {
  test('goes up on the birthday, not the day before', () => {
    assert.equal(ageInYears('1990-06-15', '2024-06-14'), 33);
    assert.equal(ageInYears('1990-06-15', '2024-06-15'), 34);
    assert.equal(ageInYears('1990-06-15', '2024-12-31'), 34);
    assert.equal(ageInYears('2024-06-15', '2024-06-15'), 0);
    assert.equal(ageInYears('2023-12-31', '2024-12-30'), 0);
    assert.equal(ageInYears('2023-12-31', '2024-12-31'), 1);
  });

  test('29 February birthdays turn over on 1 March in common years', () => {
    assert.equal(ageInYears('2000-02-29', '2001-02-28'), 0);
    assert.equal(ageInYears('2000-02-29', '2001-03-01'), 1);
    assert.equal(ageInYears('2000-02-29', '2004-02-28'), 3);
    assert.equal(ageInYears('2000-02-29', '2004-02-29'), 4);
    assert.equal(ageInYears('2003-03-01', '2004-02-29'), 0);
  });

  test('rejects a date before birth', () => {
    assert.throws(() => ageInYears('2000-01-02', '2000-01-01'), isCode('out-of-range'));
  });
});

describe('compareIso', () => {
  test('sorts chronologically and validates', () => {
    const sorted = ['2024-03-01', '1999-12-31', '2024-02-29'].sort(compareIso);
    assert.deepEqual(sorted, ['1999-12-31', '2024-02-29', '2024-03-01']);
    assert.equal(compareIso('2024-01-01', '2024-01-01'), 0);
    assert.throws(() => compareIso('2024-01-01', '2024-1-2'), isCode('invalid-format'));
  });
});
