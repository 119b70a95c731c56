import { sql } from 'drizzle-orm';
import { boolean, date, index, pgTable, primaryKey, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { idColumn, versionedColumns } from '../../db/columns.ts';

/** Enrolment officers (openIMIS tblOfficer, domain.md 1.7). */
export const enrolmentOfficer = pgTable(
  'enrolment_officer',
  {
    id: idColumn(),
    code: varchar('code', { length: 8 }).notNull(),
    lastName: varchar('last_name', { length: 100 }).notNull(),
    otherNames: varchar('other_names', { length: 100 }).notNull(),
    dob: date('dob', { mode: 'string' }),
    phone: varchar('phone', { length: 50 }),
    email: varchar('email', { length: 200 }),
    districtId: uuid('district_id').notNull(),
    substituteId: uuid('substitute_id'),
    worksTo: date('works_to', { mode: 'string' }),
    veoCode: varchar('veo_code', { length: 8 }),
    veoLastName: varchar('veo_last_name', { length: 100 }),
    veoOtherNames: varchar('veo_other_names', { length: 100 }),
    veoDob: date('veo_dob', { mode: 'string' }),
    veoPhone: varchar('veo_phone', { length: 50 }),
    phoneCommunication: boolean('phone_communication').notNull().default(false),
    permanentAddress: varchar('permanent_address', { length: 255 }),
    userId: uuid('user_id'),
    ...versionedColumns(),
  },
  (t) => [
    uniqueIndex('enrolment_officer_code_live')
      .on(t.code)
      .where(sql`deleted_at is null`),
    index('enrolment_officer_district').on(t.districtId),
    index('enrolment_officer_name_trgm').using('gin', sql`(${t.lastName} || ' ' || ${t.otherNames}) gin_trgm_ops`),
  ],
);

/** The villages an officer serves (openIMIS tblOfficerVillages). */
export const officerVillage = pgTable(
  'officer_village',
  {
    officerId: uuid('officer_id').notNull(),
    villageId: uuid('village_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.officerId, t.villageId] }), index('officer_village_village').on(t.villageId)],
);
