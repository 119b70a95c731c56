import { sql } from 'drizzle-orm';
import { char, check, index, pgTable, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { idColumn, versionedColumns } from '../../db/columns.ts';

/** Payers that fund contributions (openIMIS tblPayer, domain.md 1.16); national when location is null. */
export const payer = pgTable(
  'payer',
  {
    id: idColumn(),
    type: char('type', { length: 1 }).notNull(),
    name: varchar('name', { length: 100 }).notNull(),
    address: varchar('address', { length: 100 }),
    locationId: uuid('location_id'),
    phone: varchar('phone', { length: 50 }),
    fax: varchar('fax', { length: 50 }),
    email: varchar('email', { length: 100 }),
    ...versionedColumns(),
  },
  (t) => [
    uniqueIndex('payer_name_live')
      .on(t.name)
      .where(sql`deleted_at is null`),
    index('payer_location').on(t.locationId),
    index('payer_name_trgm').using('gin', sql`${t.name} gin_trgm_ops`),
    check('payer_type_valid', sql`${t.type} in ('C','D','G','L','O','P')`),
  ],
);
