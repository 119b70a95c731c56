/**
 * Payer rules (domain.md 1.16). Pure functions: no I/O.
 */

/** openIMIS payer types (tblPayerType). */
export const payerTypes = ['C', 'D', 'G', 'L', 'O', 'P'] as const;
export type PayerType = (typeof payerTypes)[number];

export const payerTypeNames: Record<PayerType, string> = {
  C: 'co-operative',
  D: 'donor',
  G: 'government',
  L: 'local authority',
  O: 'other',
  P: 'private organization',
};

/**
 * A payer's location and the locations above it, nearest first; [] for a national payer. Payers
 * sit in a region or a district, and every location row carries its region and district.
 */
export function payerAncestry(location: { id: string; regionId: string | null; districtId: string | null } | null): string[] {
  if (!location) return [];
  return [...new Set([location.id, location.districtId, location.regionId].filter((x): x is string => x !== null))];
}

/**
 * Domain 1.16: a payer may fund a product only if the product is national, or in the payer's
 * location, or the payer's location lies inside the product's region or district. A national
 * payer therefore funds national products only.
 *
 * openIMIS (be-contribution `can_payer_fund_product`) also lets the payer of a region fund a
 * product of one of its districts; domain.md does not, and Kinga follows domain.md.
 */
export function canPayerFundProduct(payerLocationAncestry: readonly string[], productLocationId: string | null): boolean {
  if (productLocationId === null) return true;
  return payerLocationAncestry.includes(productLocationId);
}
