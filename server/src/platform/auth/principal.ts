/** Where a user may look: all districts, or a list of districts (plus the regions above them, read-only). */
export interface Scope {
  all: boolean;
  districtIds: string[];
  regionIds: string[];
  /** Facility staff: only this health facility's data (claims) where it applies. */
  healthFacilityId: string | null;
}

/** The authenticated caller, rebuilt from the access token on every request (no database round trip). */
export interface Principal {
  userId: string;
  login: string;
  language: string;
  calendar: string;
  rights: ReadonlySet<number>;
  scope: Scope;
}

export function hasRight(principal: Principal, right: number): boolean {
  return principal.rights.has(right);
}
