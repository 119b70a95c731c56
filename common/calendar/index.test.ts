import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CALENDAR_IDS, CalendarError, getCalendar, isCalendarId } from './index.ts';
import type { CalendarId } from './index.ts';

const isCode = (code: string) => (e: unknown) => e instanceof CalendarError && e.code === code;

describe('getCalendar', () => {
  test('returns both calendars and rejects unknown ids', () => {
    for (const id of CALENDAR_IDS) assert.equal(getCalendar(id).id, id);
    assert.equal(isCalendarId('julian'), false);
    assert.throws(() => getCalendar('julian' as CalendarId), RangeError);
  });
});

describe('gregorian calendar', () => {
  const cal = getCalendar('gregorian');

  test('displays ISO dates', () => {
    assert.equal(cal.toDisplay('2026-11-24'), '2026-11-24');
    assert.equal(cal.toDisplay('2026-11-24', { monthNames: 'en' }), '24 November 2026');
    assert.equal(cal.toDisplay('2026-11-24', { digits: 'devanagari' }), '२०२६-११-२४');
    assert.equal(cal.toDisplay('2026-11-24', { digits: 'devanagari', monthNames: 'ne' }), '२४ नोभेम्बर २०२६');
  });

  test('parses to ISO', () => {
    assert.equal(cal.parse('2024-02-29'), '2024-02-29');
    assert.equal(cal.parse(' 2024-2-9 '), '2024-02-09');
    assert.equal(cal.parse('२०२४-०२-२९'), '2024-02-29');
    assert.throws(() => cal.parse('2023-02-29'), isCode('invalid-date'));
    assert.throws(() => cal.parse('29/02/2024'), isCode('invalid-format'));
  });

  test('adds months with clamping; never provisional', () => {
    assert.equal(cal.addMonths('2024-01-31', 1), '2024-02-29');
    assert.equal(cal.isProvisional('2040-01-01'), false);
  });
});

describe('bikram-sambat calendar', () => {
  const cal = getCalendar('bikram-sambat');

  test('displays ISO dates in BS', () => {
    assert.equal(cal.toDisplay('2024-04-13'), '2081-01-01');
    assert.equal(cal.toDisplay('2024-04-13', { digits: 'devanagari', monthNames: 'ne' }), '१ बैशाख २०८१');
    assert.equal(cal.toDisplay('2024-04-13', { monthNames: 'en' }), '1 Baisakh 2081');
  });

  test('parses BS text to ISO', () => {
    assert.equal(cal.parse('2081-01-01'), '2024-04-13');
    assert.equal(cal.parse('२०८०-०१-०१'), '2023-04-14');
    assert.throws(() => cal.parse('2081-01-32'), isCode('invalid-date'));
  });

  test('adds BS months, not Gregorian ones', () => {
    // 1 Baisakh 2081 + 1 month = 1 Jestha 2081 = 2024-05-14 (Baisakh 2081 has 31 days)
    assert.equal(cal.addMonths('2024-04-13', 1), '2024-05-14');
    // a 12-month policy from 1 Baisakh 2081 ends on 1 Baisakh 2082
    assert.equal(cal.addMonths('2024-04-13', 12), '2025-04-14');
  });

  test('flags dates in projected years', () => {
    assert.equal(cal.isProvisional('2027-04-13'), false); // 30 Chaitra 2083
    assert.equal(cal.isProvisional('2027-04-14'), true); // 1 Baisakh 2084 (projected)
  });
});
