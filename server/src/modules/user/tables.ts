import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, primaryKey, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { idColumn, instant, versionedColumns } from '../../db/columns.ts';

/** Users (openIMIS tblUsers). health_facility_id makes a facility user (claims of one facility only). */
export const appUser = pgTable(
  'app_user',
  {
    id: idColumn(),
    login: varchar('login', { length: 25 }).notNull(),
    lastName: varchar('last_name', { length: 100 }).notNull(),
    otherNames: varchar('other_names', { length: 100 }).notNull(),
    language: varchar('language', { length: 5 }).notNull().default('en'),
    calendar: varchar('calendar', { length: 16 }).notNull().default('gregorian'),
    phone: varchar('phone', { length: 50 }),
    email: varchar('email', { length: 200 }),
    passwordHash: varchar('password_hash', { length: 200 }).notNull(),
    passwordChangedAt: instant('password_changed_at'),
    allDistricts: boolean('all_districts').notNull().default(false),
    healthFacilityId: uuid('health_facility_id'),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: instant('locked_until'),
    ...versionedColumns(),
  },
  (t) => [
    uniqueIndex('app_user_login_live')
      .on(sql`lower(${t.login})`)
      .where(sql`deleted_at is null`),
    index('app_user_name_trgm').using('gin', sql`(${t.lastName} || ' ' || ${t.otherNames}) gin_trgm_ops`),
  ],
);

/** Roles (openIMIS tblRole). is_system carries openIMIS's system-role bit code, 0 for custom roles. */
export const role = pgTable(
  'role',
  {
    id: idColumn(),
    name: varchar('name', { length: 50 }).notNull(),
    altLanguage: varchar('alt_language', { length: 50 }),
    isSystem: integer('is_system').notNull().default(0),
    isBlocked: boolean('is_blocked').notNull().default(false),
    ...versionedColumns(),
  },
  (t) => [
    uniqueIndex('role_name_live')
      .on(sql`lower(${t.name})`)
      .where(sql`deleted_at is null`),
  ],
);

export const roleRight = pgTable(
  'role_right',
  {
    roleId: uuid('role_id')
      .notNull()
      .references(() => role.id),
    rightId: integer('right_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.roleId, t.rightId] })],
);

export const userRole = pgTable(
  'user_role',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    roleId: uuid('role_id')
      .notNull()
      .references(() => role.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.roleId] }), index('user_role_role').on(t.roleId)],
);

/** The districts a user may see (openIMIS tblUsersDistricts). */
export const userDistrict = pgTable(
  'user_district',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    locationId: uuid('location_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.locationId] }), index('user_district_location').on(t.locationId)],
);
