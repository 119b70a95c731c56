/**
 * Health facility and claim administrator rules (domain.md 1.2, 1.5, 1.6, 5.8). Pure functions: the
 * service loads the referenced rows and passes them in, with "today" from the platform clock.
 */
import type { FieldError } from '../../platform/errors.ts';
import type { Scope } from '../../platform/auth/principal.ts';

/** The codes of tblHF, each defined once; the HTTP schemas and the demo data derive from these. */
export const legalForms = { C: 'Charity', D: 'District organization', G: 'Government', P: 'Private organization' } as const;
export const levels = { D: 'Dispensary', C: 'Health Centre', H: 'Hospital' } as const;
export const sublevels = { I: 'Integrated', N: 'No sublevel', R: 'Reference' } as const;
export const careTypes = { I: 'In-patient', O: 'Out-patient', B: 'Both' } as const;
export const facilityStatuses = { AC: 'Active', IN: 'Inactive', DE: 'Delisted', ID: 'Idle' } as const;

export type LegalForm = keyof typeof legalForms;
export type Level = keyof typeof levels;
export type Sublevel = keyof typeof sublevels;
export type CareType = keyof typeof careTypes;
export type FacilityStatus = keyof typeof facilityStatuses;

/** A location as the checks need it. */
export interface PlaceRef {
  id: string;
  type: string;
  regionId: string | null;
  districtId: string | null;
}

/** The region and district a facility sits in: what decides which price lists it may use. */
export interface FacilityArea {
  regionId: string | null;
  districtId: string;
}

/** Whether records of this district are the caller's (domain 5.8: users work in their districts). */
export function inDistricts(scope: Scope, districtId: string | null): boolean {
  return scope.all || (districtId !== null && scope.districtIds.includes(districtId));
}

/** 1.2: a facility lives in a district, and a district user places facilities only in their own districts. */
export function checkDistrict(scope: Scope, district: PlaceRef | undefined): FieldError[] {
  if (!district) return [{ field: 'districtId', code: 'unknown' }];
  if (district.type !== 'D') return [{ field: 'districtId', code: 'district-not-district' }];
  if (!inDistricts(scope, district.id)) return [{ field: 'districtId', code: 'out-of-scope' }];
  return [];
}

/** 1.2 (newer fields): a contract cannot end before it starts; either date may be open. */
export function checkContractDates(start: string | null | undefined, end: string | null | undefined): FieldError[] {
  return start && end && end < start ? [{ field: 'contractEndDate', code: 'contract-end-before-start' }] : [];
}

/**
 * 1.5: price lists are made for the nation (no location), a region or a district, and a facility
 * can only use the lists of its own area: national ones, its region's or its district's.
 */
export function priceListFitsArea(listLocationId: string | null, area: FacilityArea): boolean {
  return listLocationId === null || listLocationId === area.districtId || listLocationId === area.regionId;
}

/** 1.5 applied to both lists: unknown (or deleted) lists and lists of another area are named. */
export function checkPriceLists(
  input: { itemPriceListId?: string | null; servicePriceListId?: string | null },
  found: { items: Map<string, string | null>; services: Map<string, string | null> },
  area: FacilityArea | null,
): FieldError[] {
  const errors: FieldError[] = [];
  const one = (field: string, id: string | null | undefined, lists: Map<string, string | null>) => {
    if (!id) return;
    if (!lists.has(id)) errors.push({ field, code: 'unknown' });
    else if (area && !priceListFitsArea(lists.get(id)!, area)) errors.push({ field, code: 'price-list-area' });
  };
  one('itemPriceListId', input.itemPriceListId, found.items);
  one('servicePriceListId', input.servicePriceListId, found.services);
  return errors;
}

export interface CatchmentEntry {
  villageId: string;
  percentage: number;
}

/**
 * 1.2 catchment (tblHFCatchment): each entry is a live village the caller may see, named once, with
 * the share of its population the facility serves: more than 0 and at most 100 percent, in
 * hundredths (the column is numeric(5,2), and capitation splits money by these shares).
 */
export function checkCatchment(scope: Scope, catchment: CatchmentEntry[], villages: Map<string, PlaceRef>): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  catchment.forEach((entry, i) => {
    const village = villages.get(entry.villageId);
    if (seen.has(entry.villageId)) errors.push({ field: `catchment.${i}.villageId`, code: 'uniqueItems' });
    else if (!village) errors.push({ field: `catchment.${i}.villageId`, code: 'unknown' });
    else if (village.type !== 'V') errors.push({ field: `catchment.${i}.villageId`, code: 'village-not-village' });
    else if (!inDistricts(scope, village.districtId)) errors.push({ field: `catchment.${i}.villageId`, code: 'out-of-scope' });
    seen.add(entry.villageId);
    if (!(entry.percentage > 0)) errors.push({ field: `catchment.${i}.percentage`, code: 'exclusiveMinimum', params: { limit: 0 } });
    else if (entry.percentage > 100) errors.push({ field: `catchment.${i}.percentage`, code: 'maximum', params: { limit: 100 } });
    else if (Math.abs(Math.round(entry.percentage * 100) - entry.percentage * 100) > 1e-6)
      errors.push({ field: `catchment.${i}.percentage`, code: 'multipleOf', params: { multipleOf: 0.01 } });
  });
  return errors;
}

/** 1.6: a date of birth lies in the past (today counts: a record may be entered on the day of birth). */
export function checkBirthDate(dob: string | null | undefined, today: string): FieldError[] {
  return dob && dob > today ? [{ field: 'dob', code: 'date-in-future' }] : [];
}

/**
 * 1.6 HasLogin: a claim administrator who logs in is facility staff of the platform, so the login
 * must be a user of the same facility (app_user.health_facility_id, domain 1.18 HFID), and one
 * login claims as one administrator only.
 */
export function checkClaimAdminLogin(
  userId: string | null | undefined,
  healthFacilityId: string,
  user: { healthFacilityId: string | null; otherAdmins: number } | undefined,
): FieldError[] {
  if (!userId) return [];
  if (!user) return [{ field: 'userId', code: 'unknown' }];
  if (user.healthFacilityId !== healthFacilityId) return [{ field: 'userId', code: 'user-not-facility-staff' }];
  if (user.otherAdmins > 0) return [{ field: 'userId', code: 'duplicate' }];
  return [];
}
