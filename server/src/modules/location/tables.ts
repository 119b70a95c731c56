import { sql } from 'drizzle-orm';
import { char, check, index, integer, pgTable, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { idColumn, versionedColumns } from '../../db/columns.ts';

/**
 * The location tree (openIMIS tblLocations): Region → District → Ward/Municipality → Village.
 * region_id and district_id are kept on every row (maintained by the service on create and move)
 * so that location scope is one indexed comparison instead of a recursive walk on every request.
 */
export const location = pgTable(
  'location',
  {
    id: idColumn(),
    code: varchar('code', { length: 8 }).notNull(),
    name: varchar('name', { length: 50 }).notNull(),
    type: char('type', { length: 1 }).notNull(),
    parentId: uuid('parent_id'),
    regionId: uuid('region_id'),
    districtId: uuid('district_id'),
    malePopulation: integer('male_population'),
    femalePopulation: integer('female_population'),
    otherPopulation: integer('other_population'),
    families: integer('families'),
    ...versionedColumns(),
  },
  (t) => [
    uniqueIndex('location_code_live')
      .on(t.code)
      .where(sql`deleted_at is null`),
    index('location_parent').on(t.parentId),
    index('location_district').on(t.districtId),
    index('location_name_trgm').using('gin', sql`${t.name} gin_trgm_ops`),
    check('location_type_valid', sql`${t.type} in ('R','D','W','V')`),
    check(
      'location_populations_positive',
      sql`coalesce(male_population,0) >= 0 and coalesce(female_population,0) >= 0 and coalesce(other_population,0) >= 0 and coalesce(families,0) >= 0`,
    ),
  ],
);
