/**
 * Service package rules (domain.md 1.3, openIMIS ServPackageType): a package (P) or fixed-price
 * package (F) contains simple services and items; a simple service (S) contains nothing.
 * Pure functions: the service loads the facts, these decide.
 */
import type { FieldError } from '../../../platform/errors.ts';
import type { PackageType } from '../schemas.ts';

export interface ContainedLine {
  quantity?: string;
  priceOverride?: string | null;
}

export interface PackageContents {
  services: (ContainedLine & { serviceId: string })[];
  items: (ContainedLine & { itemId: string })[];
}

export interface PackageFacts {
  /** The service being changed; null when it is being created. */
  selfId: string | null;
  /** Package type of each live service named in the contents (absent: unknown or deleted). */
  services: ReadonlyMap<string, PackageType>;
  /** Live items named in the contents. */
  items: ReadonlySet<string>;
  /** Whether a live package contains this service (then it must stay simple). */
  containedInPackage: boolean;
}

export const emptyContents = (): PackageContents => ({ services: [], items: [] });

const positive = (quantity: string | undefined) => quantity === undefined || Number(quantity) > 0;

/** Every reason the contents (or the package type) cannot be saved, as field errors. */
export function checkPackage(packageType: PackageType, contents: PackageContents, facts: PackageFacts): FieldError[] {
  const errors: FieldError[] = [];
  if (packageType === 'S') {
    if (contents.services.length || contents.items.length) errors.push({ field: 'contents', code: 'package-simple-contents' });
  } else if (facts.containedInPackage) {
    // One level only, as in openIMIS: a package inside a package would be valued twice.
    errors.push({ field: 'packageType', code: 'package-contained' });
  }
  const seenServices = new Set<string>();
  contents.services.forEach((line, i) => {
    const field = `contents.services.${i}`;
    const type = facts.services.get(line.serviceId);
    if (line.serviceId === facts.selfId) errors.push({ field: `${field}.serviceId`, code: 'package-self' });
    else if (type === undefined) errors.push({ field: `${field}.serviceId`, code: 'unknown' });
    else if (type !== 'S') errors.push({ field: `${field}.serviceId`, code: 'package-not-simple' });
    else if (seenServices.has(line.serviceId)) errors.push({ field: `${field}.serviceId`, code: 'repeated' });
    seenServices.add(line.serviceId);
    if (!positive(line.quantity)) errors.push({ field: `${field}.quantity`, code: 'exclusiveMinimum', params: { limit: 0 } });
  });
  const seenItems = new Set<string>();
  contents.items.forEach((line, i) => {
    const field = `contents.items.${i}`;
    if (!facts.items.has(line.itemId)) errors.push({ field: `${field}.itemId`, code: 'unknown' });
    else if (seenItems.has(line.itemId)) errors.push({ field: `${field}.itemId`, code: 'repeated' });
    seenItems.add(line.itemId);
    if (!positive(line.quantity)) errors.push({ field: `${field}.quantity`, code: 'exclusiveMinimum', params: { limit: 0 } });
  });
  return errors;
}
