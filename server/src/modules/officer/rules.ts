/**
 * Enrolment officer rules (domain.md 1.7 and 2.7). Pure functions: no I/O, "today" passed in.
 */
import type { FieldError } from '../../platform/errors.ts';

/** What the substitution rules need of an officer. */
export interface OfficerLink {
  id: string;
  code?: string;
  worksTo: string | null;
  substituteId: string | null;
}

/** openIMIS stops following substitutes after 20 hops (uspPolicyRenewalInserts), so bad data cannot loop forever. */
export const maxSubstitutionHops = 20;

/** An officer works on a date unless their engagement ended before it (WorksTo is the last working day). */
export function worksOn(officer: Pick<OfficerLink, 'worksTo'>, date: string): boolean {
  return officer.worksTo === null || officer.worksTo >= date;
}

/**
 * The officer who handles a policy on a date (domain 2.7, the renewal reminder's officer): starting
 * from the policy's officer, follow the substitute while the current officer no longer works on
 * that date, at most 20 hops. `inactive` is true when the chain ends on an officer who does not
 * work on the date (renewal warning 4); null means there is no officer at all (warning 2).
 * A substitute missing from `officers` ends the chain where it is.
 */
export function resolveOfficerOnDate<T extends OfficerLink>(
  officers: ReadonlyMap<string, T>,
  officerId: string | null,
  date: string,
): { officer: T; inactive: boolean } | null {
  let officer = officerId ? officers.get(officerId) : undefined;
  if (!officer) return null;
  for (let hop = 0; hop < maxSubstitutionHops && !worksOn(officer, date) && officer.substituteId; hop++) {
    const next = officers.get(officer.substituteId);
    if (!next) break;
    officer = next;
  }
  return { officer, inactive: !worksOn(officer, date) };
}

/**
 * Checks a chosen substitute: it must be another officer, and following the substitutes from it
 * must not lead back to the officer being saved (a circle would hand renewals round for ever).
 * `chain` is the substitute followed by its own substitutes, in order (one recursive query).
 */
export function substituteErrors(officerId: string | null, substituteId: string | null, chain: Pick<OfficerLink, 'id' | 'code'>[]): FieldError[] {
  if (!substituteId || !officerId) return [];
  if (substituteId === officerId) return [{ field: 'substituteId', code: 'officer-substitute-self' }];
  const back = chain.findIndex((o) => o.id === officerId);
  if (back < 0) return [];
  const circle = [chain[back]!, ...chain.slice(0, back + 1)].map((o) => o.code ?? o.id);
  return [{ field: 'substituteId', code: 'officer-substitute-cycle', params: { chain: circle.join(' → ') } }];
}

/** Dates of birth (the officer's and the village executive officer's) cannot lie after today. */
export function birthDateErrors(input: { dob?: string | null; veoDob?: string | null }, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (input.dob && input.dob > today) errors.push({ field: 'dob', code: 'date-in-future' });
  if (input.veoDob && input.veoDob > today) errors.push({ field: 'veoDob', code: 'date-in-future' });
  return errors;
}
