import { Type } from 'typebox';
import { CodeOf, Money, Nullable } from '../../platform/http/schemas.ts';

/** Schemas the medical registers share (amounts: platform Money, decimal strings). */
export { Money };
export const Quantity = Type.String({ pattern: '^\\d{1,16}(\\.\\d{1,2})?$', description: 'quantity ≥ 0 with at most 2 decimals, as a string' });

/** openIMIS codes are at most 6 characters (ItemCode, ServCode). */
export const MedicalCode = CodeOf(6);

const literals = <T extends string>(values: readonly T[], description: string) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    { description },
  );

export const careTypes = ['I', 'O', 'B'] as const;
export type CareType = (typeof careTypes)[number];
export const CareTypeSchema = literals(careTypes, 'I in-patient, O out-patient, B both');

/** Minimum number of days between two provisions to the same insuree; null or 0: no check. */
export const Frequency = Nullable(Type.Integer({ minimum: 0, maximum: 36500, description: 'days between two provisions; null or 0 = no check' }));

/** Bits: 1 male (and other), 2 female, 4 adult, 8 child; 15 = everyone (domain.md 1.3). */
export const PatientCategory = Type.Integer({ minimum: 0, maximum: 15, default: 15, description: 'bitmask: 1 male, 2 female, 4 adult, 8 child' });

export const itemTypes = ['D', 'M'] as const;
export type ItemType = (typeof itemTypes)[number];
export const ItemTypeSchema = literals(itemTypes, 'D drug, M medical consumable');

export const serviceTypes = ['P', 'C'] as const;
export type ServiceType = (typeof serviceTypes)[number];
export const ServiceTypeSchema = literals(serviceTypes, 'P preventive, C curative');

export const serviceLevels = ['S', 'V', 'D', 'H'] as const;
export type ServiceLevel = (typeof serviceLevels)[number];
export const ServiceLevelSchema = literals(serviceLevels, 'S simple service, V visit, D day of hospitalisation, H hospital care');

export const serviceCategories = ['S', 'D', 'A', 'H', 'C', 'O', 'V'] as const;
export type ServiceCategory = (typeof serviceCategories)[number];
export const ServiceCategorySchema = literals(serviceCategories, 'S surgery, D delivery, A antenatal, H hospitalisation, C consultation, O other, V visit');

export const packageTypes = ['S', 'P', 'F'] as const;
export type PackageType = (typeof packageTypes)[number];
export const PackageTypeSchema = literals(packageTypes, 'S simple service, P package, F fixed-price package');
