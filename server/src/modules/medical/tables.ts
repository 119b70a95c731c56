import { sql } from 'drizzle-orm';
import { char, check, date, index, integer, numeric, pgTable, primaryKey, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { idColumn, versionedColumns } from '../../db/columns.ts';

const money = (name: string) => numeric(name, { precision: 18, scale: 2 });

/** Medical items: drugs and consumables (openIMIS tblItems, domain.md 1.3). */
export const medicalItem = pgTable(
  'medical_item',
  {
    id: idColumn(),
    code: varchar('code', { length: 6 }).notNull(),
    name: varchar('name', { length: 100 }).notNull(),
    type: char('type', { length: 1 }).notNull(),
    package: varchar('package', { length: 255 }),
    quantity: numeric('quantity', { precision: 18, scale: 2 }),
    price: money('price').notNull(),
    careType: char('care_type', { length: 1 }).notNull().default('B'),
    frequency: integer('frequency'),
    patientCategory: integer('patient_category').notNull().default(15),
    ...versionedColumns(),
  },
  (t) => [
    uniqueIndex('medical_item_code_live')
      .on(t.code)
      .where(sql`deleted_at is null`),
    index('medical_item_name_trgm').using('gin', sql`${t.name} gin_trgm_ops`),
    check('medical_item_type_valid', sql`${t.type} in ('D','M')`),
    check('medical_item_care_type_valid', sql`${t.careType} in ('I','O','B')`),
    check('medical_item_price_positive', sql`${t.price} >= 0`),
    check('medical_item_frequency_positive', sql`${t.frequency} is null or ${t.frequency} >= 0`),
    check('medical_item_patient_category_valid', sql`${t.patientCategory} between 0 and 15`),
  ],
);

/** Medical services (openIMIS tblServices, domain.md 1.3), possibly packages of services and items. */
export const medicalService = pgTable(
  'medical_service',
  {
    id: idColumn(),
    code: varchar('code', { length: 6 }).notNull(),
    name: varchar('name', { length: 100 }).notNull(),
    type: char('type', { length: 1 }).notNull(),
    level: char('level', { length: 1 }).notNull(),
    price: money('price').notNull(),
    careType: char('care_type', { length: 1 }).notNull().default('B'),
    frequency: integer('frequency'),
    patientCategory: integer('patient_category').notNull().default(15),
    category: char('category', { length: 1 }),
    packageType: char('package_type', { length: 1 }).notNull().default('S'),
    ...versionedColumns(),
  },
  (t) => [
    uniqueIndex('medical_service_code_live')
      .on(t.code)
      .where(sql`deleted_at is null`),
    index('medical_service_name_trgm').using('gin', sql`${t.name} gin_trgm_ops`),
    check('medical_service_type_valid', sql`${t.type} in ('P','C')`),
    check('medical_service_level_valid', sql`${t.level} in ('S','V','D','H')`),
    check('medical_service_care_type_valid', sql`${t.careType} in ('I','O','B')`),
    check('medical_service_category_valid', sql`${t.category} is null or ${t.category} in ('S','D','A','H','C','O','V')`),
    check('medical_service_package_type_valid', sql`${t.packageType} in ('S','P','F')`),
    check('medical_service_price_positive', sql`${t.price} >= 0`),
    check('medical_service_frequency_positive', sql`${t.frequency} is null or ${t.frequency} >= 0`),
    check('medical_service_patient_category_valid', sql`${t.patientCategory} between 0 and 15`),
  ],
);

/** What a package service contains (openIMIS tblServiceContainedPackage / tblProductContainedPackage). */
export const servicePackageService = pgTable(
  'service_package_service',
  {
    serviceId: uuid('service_id').notNull(),
    containedServiceId: uuid('contained_service_id').notNull(),
    quantity: numeric('quantity', { precision: 18, scale: 2 }).notNull().default('1'),
    priceOverride: money('price_override'),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.containedServiceId] }),
    check('service_package_service_not_self', sql`${t.serviceId} <> ${t.containedServiceId}`),
  ],
);

export const servicePackageItem = pgTable(
  'service_package_item',
  {
    serviceId: uuid('service_id').notNull(),
    itemId: uuid('item_id').notNull(),
    quantity: numeric('quantity', { precision: 18, scale: 2 }).notNull().default('1'),
    priceOverride: money('price_override'),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.itemId] })],
);

/** Diagnoses (openIMIS tblICDCodes, domain.md 1.4). */
export const diagnosis = pgTable(
  'diagnosis',
  {
    id: idColumn(),
    code: varchar('code', { length: 6 }).notNull(),
    name: varchar('name', { length: 255 }).notNull(),
    ...versionedColumns(),
  },
  (t) => [
    uniqueIndex('diagnosis_code_live')
      .on(t.code)
      .where(sql`deleted_at is null`),
    index('diagnosis_name_trgm').using('gin', sql`${t.name} gin_trgm_ops`),
  ],
);

/** Price lists (openIMIS tblPLItems / tblPLServices, domain.md 1.5): national, regional or for a district. */
const priceListColumns = () => ({
  id: idColumn(),
  name: varchar('name', { length: 100 }).notNull(),
  date: date('date', { mode: 'string' }).notNull(),
  locationId: uuid('location_id'),
  ...versionedColumns(),
});

export const itemPriceList = pgTable('item_price_list', priceListColumns(), (t) => [
  uniqueIndex('item_price_list_name_live')
    .on(t.name)
    .where(sql`deleted_at is null`),
  index('item_price_list_location').on(t.locationId),
]);

export const servicePriceList = pgTable('service_price_list', priceListColumns(), (t) => [
  uniqueIndex('service_price_list_name_live')
    .on(t.name)
    .where(sql`deleted_at is null`),
  index('service_price_list_location').on(t.locationId),
]);

/**
 * Price list lines. A line is valid from its creation until it is deleted (soft), so "is item X in
 * the facility's list on date D" is a range test; the price override, when set, replaces the item's price.
 */
export const itemPriceListLine = pgTable(
  'item_price_list_line',
  {
    id: idColumn(),
    priceListId: uuid('price_list_id').notNull(),
    itemId: uuid('item_id').notNull(),
    priceOverride: money('price_override'),
    ...versionedColumns(),
  },
  (t) => [
    uniqueIndex('item_price_list_line_item_live')
      .on(t.priceListId, t.itemId)
      .where(sql`deleted_at is null`),
    index('item_price_list_line_item').on(t.itemId),
    check('item_price_list_line_price_positive', sql`${t.priceOverride} is null or ${t.priceOverride} >= 0`),
  ],
);

export const servicePriceListLine = pgTable(
  'service_price_list_line',
  {
    id: idColumn(),
    priceListId: uuid('price_list_id').notNull(),
    serviceId: uuid('service_id').notNull(),
    priceOverride: money('price_override'),
    ...versionedColumns(),
  },
  (t) => [
    uniqueIndex('service_price_list_line_service_live')
      .on(t.priceListId, t.serviceId)
      .where(sql`deleted_at is null`),
    index('service_price_list_line_service').on(t.serviceId),
    check('service_price_list_line_price_positive', sql`${t.priceOverride} is null or ${t.priceOverride} >= 0`),
  ],
);
