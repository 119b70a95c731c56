// Every Drizzle table, for drizzle-kit and the migration test. Modules own their tables.
export * from '../platform/auth/tables.ts';
export * from '../modules/location/tables.ts';
export * from '../modules/user/tables.ts';
export * from '../platform/jobs/tables.ts';
export * from '../modules/facility/tables.ts';
export * from '../modules/medical/tables.ts';
export * from '../modules/officer/tables.ts';
export * from '../modules/payer/tables.ts';
