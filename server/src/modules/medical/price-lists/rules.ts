/**
 * Price list rules (domain.md 1.5). Pure functions: the services and the `pricesAt` query gather
 * the facts, these decide.
 */
import type { Scope } from '../../../platform/auth/principal.ts';
import type { FieldError } from '../../../platform/errors.ts';

/** domain.md 1.5: the price-list price is the line's override when set, else the item's or service's own price. */
export function effectivePrice(priceOverride: string | null, price: string): string {
  return priceOverride ?? price;
}

/**
 * The instant at which a register is read "as at" a calendar day: the end of that day, so that a
 * change made during the day counts for the whole day (as in platform/register asAt).
 */
export function endOfDay(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) + 86_400_000;
}

/**
 * A stored state of a row (an item, a service or a price-list line): valid from its `updatedAt` until
 * `validTo` (when a later change replaced it; null for the current row), and gone from `deletedAt`.
 */
export interface VersionState {
  updatedAt: string;
  validTo: string | null;
  deletedAt: string | null;
}

/** domain.md 0 and 1.5: whether a state is the one that stood at the end of the day. */
export function coversDay(state: VersionState, day: string): boolean {
  const end = endOfDay(day);
  return (
    Date.parse(state.updatedAt) < end &&
    (state.validTo === null || Date.parse(state.validTo) >= end) &&
    (state.deletedAt === null || Date.parse(state.deletedAt) >= end)
  );
}

/** The state of a row at the end of a day among all its stored states, or undefined when it did not exist then. */
export function stateAt<T extends VersionState>(states: T[], day: string): T | undefined {
  return states.filter((s) => coversDay(s, day)).sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt))[0];
}

/** What a claim needs to know of one item or service on its date, from the facility's price list. */
export interface PriceAt {
  /** The item or service existed (and was not deleted) at the end of that day (claim check 1). */
  exists: boolean;
  /** A line of the list covered that day (claim check 2). */
  inList: boolean;
  /** The item's or service's own price as at that day. */
  price: string | null;
  priceOverride: string | null;
  /** The price-list price; null when not in the list. */
  effectivePrice: string | null;
}

/**
 * domain.md 1.5: an item is in the price list on day D when a line valid at D exists (and the list was
 * not deleted by then); its price is the override of that line when set, else the item's price at D.
 */
export function priceAt(facts: { member: { price: string } | null; line: { priceOverride: string | null } | null; listLive: boolean }): PriceAt {
  const exists = facts.member !== null;
  const inList = exists && facts.line !== null && facts.listLive;
  const priceOverride = inList ? facts.line!.priceOverride : null;
  return {
    exists,
    inList,
    price: facts.member?.price ?? null,
    priceOverride,
    effectivePrice: inList ? effectivePrice(priceOverride, facts.member!.price) : null,
  };
}

/**
 * Who reads a list: everyone with the right reads national lists; otherwise the list's region or
 * district must be one the user reads (their districts and the regions above them, domain.md 1.1).
 */
export function canReadPriceList(scope: Scope, locationId: string | null): boolean {
  return scope.all || locationId === null || scope.districtIds.includes(locationId) || scope.regionIds.includes(locationId);
}

/**
 * Who changes a list: national and regional lists are shared by many districts, so only users with
 * all districts change them; a district's list is changed by the users of that district.
 */
export function canWritePriceList(scope: Scope, locationId: string | null): boolean {
  return scope.all || (locationId !== null && scope.districtIds.includes(locationId));
}

/**
 * The location a list is made for (domain.md 1.1): none (national), a region or a district, which the
 * user may change. `location` is the location as the user can read it (undefined: missing or unreadable).
 */
export function checkPriceListLocation(scope: Scope, locationId: string | null, location: { type: string } | undefined): FieldError[] {
  if (locationId === null) return scope.all ? [] : [{ field: 'locationId', code: 'needs-all-districts' }];
  if (!location) return [{ field: 'locationId', code: 'unknown' }];
  if (location.type !== 'R' && location.type !== 'D') return [{ field: 'locationId', code: 'price-list-location-type' }];
  if (!canWritePriceList(scope, locationId)) return [{ field: 'locationId', code: location.type === 'R' ? 'needs-all-districts' : 'out-of-scope' }];
  return [];
}

/** A live line of a list: its own id, the item (or service) and the override. */
export interface LiveLine {
  id: string;
  memberId: string;
  priceOverride: string | null;
}

/** Two amounts of at most 2 decimals are equal whatever their spelling ("13", "13.0", "13.00"). */
export function sameAmount(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const cents = (s: string) => {
    const [whole, fraction = ''] = s.split('.');
    return BigInt(whole!) * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2));
  };
  return cents(a) === cents(b);
}

/**
 * What replacing a list's lines by `wanted` means: lines to soft-delete (by line id), overrides to
 * change (by line id), members to add. A member kept with the same override is left alone.
 */
export function diffLines(
  current: LiveLine[],
  wanted: { memberId: string; priceOverride: string | null }[],
): { remove: string[]; change: { id: string; priceOverride: string | null }[]; add: { memberId: string; priceOverride: string | null }[] } {
  const byMember = new Map(current.map((l) => [l.memberId, l]));
  const kept = new Set<string>();
  const change: { id: string; priceOverride: string | null }[] = [];
  const add: { memberId: string; priceOverride: string | null }[] = [];
  for (const w of wanted) {
    const line = byMember.get(w.memberId);
    if (!line) add.push(w);
    else {
      kept.add(w.memberId);
      if (!sameAmount(line.priceOverride, w.priceOverride)) change.push({ id: line.id, priceOverride: w.priceOverride });
    }
  }
  return { remove: current.filter((l) => !kept.has(l.memberId)).map((l) => l.id), change, add };
}

/** Lines naming the same item (or service) twice: a list holds each once. */
export function repeatedLines(ids: string[], field: string): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  ids.forEach((id, i) => {
    if (seen.has(id)) errors.push({ field: `${i}.${field}`, code: 'repeated' });
    seen.add(id);
  });
  return errors;
}
