import { sql } from 'drizzle-orm';
import { boolean, char, check, date, index, numeric, pgTable, primaryKey, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { idColumn, versionedColumns } from '../../db/columns.ts';

/** Health facilities (openIMIS tblHF, domain.md 1.2). A facility lives in a district. */
export const healthFacility = pgTable(
  'health_facility',
  {
    id: idColumn(),
    code: varchar('code', { length: 8 }).notNull(),
    name: varchar('name', { length: 100 }).notNull(),
    accCode: varchar('acc_code', { length: 25 }),
    legalForm: char('legal_form', { length: 1 }).notNull(),
    level: char('level', { length: 1 }).notNull(),
    sublevel: char('sublevel', { length: 1 }),
    careType: char('care_type', { length: 1 }).notNull().default('B'),
    districtId: uuid('district_id').notNull(),
    address: varchar('address', { length: 100 }),
    phone: varchar('phone', { length: 50 }),
    fax: varchar('fax', { length: 50 }),
    email: varchar('email', { length: 100 }),
    offline: boolean('offline').notNull().default(false),
    contractStartDate: date('contract_start_date', { mode: 'string' }),
    contractEndDate: date('contract_end_date', { mode: 'string' }),
    status: varchar('status', { length: 2 }).notNull().default('AC'),
    itemPriceListId: uuid('item_price_list_id'),
    servicePriceListId: uuid('service_price_list_id'),
    ...versionedColumns(),
  },
  (t) => [
    uniqueIndex('health_facility_code_live')
      .on(t.code)
      .where(sql`deleted_at is null`),
    index('health_facility_district').on(t.districtId),
    index('health_facility_name_trgm').using('gin', sql`${t.name} gin_trgm_ops`),
    check('health_facility_legal_form_valid', sql`${t.legalForm} in ('C','D','G','P')`),
    check('health_facility_level_valid', sql`${t.level} in ('D','C','H')`),
    check('health_facility_sublevel_valid', sql`${t.sublevel} is null or ${t.sublevel} in ('I','N','R')`),
    check('health_facility_care_type_valid', sql`${t.careType} in ('I','O','B')`),
    check('health_facility_status_valid', sql`${t.status} in ('AC','IN','DE','ID')`),
    check(
      'health_facility_contract_order',
      sql`${t.contractEndDate} is null or ${t.contractStartDate} is null or ${t.contractEndDate} >= ${t.contractStartDate}`,
    ),
  ],
);

/** The share of a village's population a facility serves (capitation only). */
export const facilityCatchment = pgTable(
  'facility_catchment',
  {
    healthFacilityId: uuid('health_facility_id')
      .notNull()
      .references(() => healthFacility.id),
    villageId: uuid('village_id').notNull(),
    percentage: numeric('percentage', { precision: 5, scale: 2 }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.healthFacilityId, t.villageId] }),
    check('facility_catchment_percentage_valid', sql`${t.percentage} > 0 and ${t.percentage} <= 100`),
  ],
);

/** Claim administrators (openIMIS tblClaimAdmin, domain.md 1.6): they claim for one facility. */
export const claimAdmin = pgTable(
  'claim_admin',
  {
    id: idColumn(),
    code: varchar('code', { length: 8 }).notNull(),
    lastName: varchar('last_name', { length: 100 }).notNull(),
    otherNames: varchar('other_names', { length: 100 }).notNull(),
    dob: date('dob', { mode: 'string' }),
    phone: varchar('phone', { length: 50 }),
    email: varchar('email', { length: 200 }),
    healthFacilityId: uuid('health_facility_id').notNull(),
    userId: uuid('user_id'),
    ...versionedColumns(),
  },
  (t) => [
    uniqueIndex('claim_admin_code_live')
      .on(t.code)
      .where(sql`deleted_at is null`),
    index('claim_admin_facility').on(t.healthFacilityId),
    index('claim_admin_name_trgm').using('gin', sql`(${t.lastName} || ' ' || ${t.otherNames}) gin_trgm_ops`),
  ],
);
