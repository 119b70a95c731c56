/**
 * Location rules (domain.md 1.1): a strict four-level tree, Region → District → Ward/Municipality → Village.
 * Pure functions: no I/O.
 */
import type { FieldError } from '../../platform/errors.ts';
import type { Scope } from '../../platform/auth/principal.ts';

export const locationTypes = ['R', 'D', 'W', 'V'] as const;
export type LocationType = (typeof locationTypes)[number];

/** The type a parent must have; null for a region, which has no parent. */
export function parentTypeOf(type: LocationType): LocationType | null {
  const i = locationTypes.indexOf(type);
  return i <= 0 ? null : locationTypes[i - 1]!;
}

export interface TreeNode {
  id: string;
  type: LocationType;
  regionId: string | null;
  districtId: string | null;
}

/** The parent check, as field errors on `parentId`. */
export function checkParent(type: LocationType, parent: Pick<TreeNode, 'type'> | null): FieldError[] {
  const expected = parentTypeOf(type);
  if (expected === null) return parent ? [{ field: 'parentId', code: 'location-parent-forbidden' }] : [];
  if (!parent) return [{ field: 'parentId', code: 'location-parent-missing', params: { type } }];
  if (parent.type !== expected) return [{ field: 'parentId', code: 'location-parent-type', params: { parentType: expected } }];
  return [];
}

/**
 * The region and district a location belongs to, kept on the row so that scope is one comparison.
 * A region is its own region; a district its own district.
 */
export function ancestryOf(id: string, type: LocationType, parent: TreeNode | null): { regionId: string | null; districtId: string | null } {
  switch (type) {
    case 'R':
      return { regionId: id, districtId: null };
    case 'D':
      return { regionId: parent?.id ?? null, districtId: id };
    default:
      return { regionId: parent?.regionId ?? null, districtId: parent?.districtId ?? null };
  }
}

/** Reading: everything for national users; a district user reads their districts' subtrees and the regions above them. */
export function canRead(scope: Scope, node: Pick<TreeNode, 'id' | 'type' | 'districtId'>): boolean {
  if (scope.all) return true;
  if (node.type === 'R') return scope.regionIds.includes(node.id);
  return node.districtId !== null && scope.districtIds.includes(node.districtId);
}

/**
 * Changing: regions and districts are national registers (only users with all districts change them);
 * a district user changes the wards and villages inside their districts.
 */
export function canWrite(scope: Scope, node: Pick<TreeNode, 'type' | 'districtId'>): boolean {
  if (scope.all) return true;
  if (node.type === 'R' || node.type === 'D') return false;
  return node.districtId !== null && scope.districtIds.includes(node.districtId);
}
