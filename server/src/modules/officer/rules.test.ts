import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { birthDateErrors, maxSubstitutionHops, resolveOfficerOnDate, substituteErrors, worksOn, type OfficerLink } from './rules.ts';

const officers = (...list: OfficerLink[]) => new Map(list.map((o) => [o.id, o]));

describe('enrolment officers (domain 1.7) and the renewal officer (domain 2.7)', () => {
  test('1.7: an officer works up to and including the WorksTo day; no WorksTo means still engaged', () => {
    assert.equal(worksOn({ worksTo: null }, '2026-03-01'), true);
    assert.equal(worksOn({ worksTo: '2026-03-01' }, '2026-03-01'), true);
    assert.equal(worksOn({ worksTo: '2026-02-28' }, '2026-03-01'), false);
  });

  test('2.7: an officer still working on the renewal date keeps the renewal', () => {
    const map = officers({ id: 'a', worksTo: '2026-12-31', substituteId: 'b' }, { id: 'b', worksTo: null, substituteId: null });
    assert.deepEqual(resolveOfficerOnDate(map, 'a', '2026-06-01'), { officer: map.get('a'), inactive: false });
  });

  test('2.7: the substitution chain is followed while WorksTo < renewal date', () => {
    const map = officers(
      { id: 'a', worksTo: '2025-12-31', substituteId: 'b' },
      { id: 'b', worksTo: '2026-03-31', substituteId: 'c' },
      { id: 'c', worksTo: null, substituteId: 'd' },
      { id: 'd', worksTo: null, substituteId: null },
    );
    assert.equal(resolveOfficerOnDate(map, 'a', '2026-02-01')?.officer.id, 'b');
    assert.deepEqual(resolveOfficerOnDate(map, 'a', '2026-05-01'), { officer: map.get('c'), inactive: false });
  });

  test('2.7: a chain ending on an officer who no longer works is reported as inactive (renewal warning 4)', () => {
    const map = officers({ id: 'a', worksTo: '2025-12-31', substituteId: 'b' }, { id: 'b', worksTo: '2026-01-31', substituteId: null });
    assert.deepEqual(resolveOfficerOnDate(map, 'a', '2026-06-01'), { officer: map.get('b'), inactive: true });
    const alone = officers({ id: 'x', worksTo: '2025-01-01', substituteId: null });
    assert.deepEqual(resolveOfficerOnDate(alone, 'x', '2026-06-01'), { officer: alone.get('x'), inactive: true });
  });

  test('2.7: no officer (or an unknown one) gives null (renewal warning 2)', () => {
    assert.equal(resolveOfficerOnDate(officers(), null, '2026-06-01'), null);
    assert.equal(resolveOfficerOnDate(officers(), 'ghost', '2026-06-01'), null);
  });

  test('2.7: a substitute missing from the set ends the chain where it is', () => {
    const map = officers({ id: 'a', worksTo: '2025-12-31', substituteId: 'gone' });
    assert.deepEqual(resolveOfficerOnDate(map, 'a', '2026-06-01'), { officer: map.get('a'), inactive: true });
  });

  test('2.7: at most 20 hops are followed, so a circle in old data cannot loop forever', () => {
    const map = officers({ id: 'a', worksTo: '2020-01-01', substituteId: 'b' }, { id: 'b', worksTo: '2020-01-01', substituteId: 'a' });
    const result = resolveOfficerOnDate(map, 'a', '2026-06-01');
    assert.equal(maxSubstitutionHops, 20);
    assert.equal(result?.officer.id, 'a', '20 hops (an even number) end where they started');
    assert.equal(result?.inactive, true);
    const long = officers(...Array.from({ length: 30 }, (_, i) => ({ id: `o${i}`, worksTo: '2020-01-01', substituteId: `o${i + 1}` })), {
      id: 'o30',
      worksTo: null,
      substituteId: null,
    });
    assert.equal(resolveOfficerOnDate(long, 'o0', '2026-06-01')?.officer.id, 'o20');
  });

  test('1.7: an officer cannot be their own substitute', () => {
    assert.deepEqual(substituteErrors('a', 'a', [{ id: 'a', code: 'A' }]), [{ field: 'substituteId', code: 'officer-substitute-self' }]);
  });

  test('1.7: a substitute whose own chain leads back to the officer would make a circle, and the circle is named', () => {
    const chain = [
      { id: 'c', code: 'C' },
      { id: 'b', code: 'B' },
      { id: 'a', code: 'A' },
    ];
    assert.deepEqual(substituteErrors('a', 'c', chain), [{ field: 'substituteId', code: 'officer-substitute-cycle', params: { chain: 'A → C → B → A' } }]);
    assert.deepEqual(substituteErrors('z', 'c', chain), []);
    assert.deepEqual(substituteErrors(null, 'c', chain), [], 'a new officer is in nobody’s chain yet');
  });

  test('1.7: dates of birth of the officer and of the village executive officer cannot be in the future', () => {
    assert.deepEqual(birthDateErrors({ dob: '2026-06-02', veoDob: '2026-06-01' }, '2026-06-01'), [{ field: 'dob', code: 'date-in-future' }]);
    assert.deepEqual(birthDateErrors({ dob: null, veoDob: '2030-01-01' }, '2026-06-01'), [{ field: 'veoDob', code: 'date-in-future' }]);
  });
});
