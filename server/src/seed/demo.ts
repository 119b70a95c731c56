import { isNull, sql } from 'drizzle-orm';
import { systemRoles } from '../../../common/rights.ts';
import type { Database } from '../db/connection.ts';
import { withTransaction } from '../db/transaction.ts';
import { uuidv7 } from '../db/columns.ts';
import { hashPassword } from '../platform/auth/password.ts';
import { location } from '../modules/location/tables.ts';
import { appUser, role, userDistrict, userRole } from '../modules/user/tables.ts';
import { ancestryOf, type LocationType, type TreeNode } from '../modules/location/rules.ts';
import { seedMedicalDemo } from '../modules/medical/demo.ts';
import { seedFacilityDemo } from '../modules/facility/demo.ts';
import { seedOfficerDemo } from '../modules/officer/demo.ts';
import { seedPayerDemo } from '../modules/payer/demo.ts';
import type { DemoRefs } from './demo-refs.ts';

/** A small demo country: 2 regions, 4 districts, 8 municipalities, 40 villages (names invented). */
const country: { code: string; name: string; districts: { code: string; name: string; wards: { code: string; name: string; villages: string[] }[] }[] }[] = [
  {
    code: 'R1',
    name: 'Ziwani',
    districts: [
      {
        code: 'R1D1',
        name: 'Mbuyuni',
        wards: [
          { code: 'R1D1W1', name: 'Kisiwa', villages: ['Amani', 'Baraka', 'Chanzo', 'Dodoma Ndogo', 'Elimu'] },
          { code: 'R1D1W2', name: 'Mlimani', villages: ['Faraja', 'Glory', 'Huruma', 'Imani', 'Jamhuri'] },
        ],
      },
      {
        code: 'R1D2',
        name: 'Mwembeni',
        wards: [
          { code: 'R1D2W1', name: 'Bondeni', villages: ['Kilele', 'Lulu', 'Majengo', 'Neema', 'Ondoa'] },
          { code: 'R1D2W2', name: 'Pwani Ndogo', villages: ['Pendo', 'Raha', 'Safina', 'Tumaini', 'Umoja'] },
        ],
      },
    ],
  },
  {
    code: 'R2',
    name: 'Milimani',
    districts: [
      {
        code: 'R2D1',
        name: 'Karanga',
        wards: [
          { code: 'R2D1W1', name: 'Sagarmatha', villages: ['Bhairav', 'Chandra', 'Deurali', 'Ganesh', 'Himal'] },
          { code: 'R2D1W2', name: 'Tribeni', villages: ['Indreni', 'Jyoti', 'Kalika', 'Laligurans', 'Manakamana'] },
        ],
      },
      {
        code: 'R2D2',
        name: 'Sundarpur',
        wards: [
          { code: 'R2D2W1', name: 'Bagmati', villages: ['Nilgiri', 'Okhaldhunga', 'Phulbari', 'Rara', 'Sirjana'] },
          { code: 'R2D2W2', name: 'Gandaki', villages: ['Tara', 'Ujyalo', 'Bishnu', 'Annapurna', 'Yamuna'] },
        ],
      },
    ],
  },
];

/** Demo logins (documented in README.md): the administrator as in openIMIS, and one user per system role. */
export const demoUsers: {
  login: string;
  password: string;
  lastName: string;
  otherNames: string;
  roles: number[];
  districts: string[] | 'all';
  language?: string;
}[] = [
  { login: 'Admin', password: 'admin123', lastName: 'Admin', otherNames: 'Demo', roles: systemRoles.map((r) => r.isSystem), districts: 'all' },
  { login: 'officer', password: 'demo1234', lastName: 'Mushi', otherNames: 'Neema', roles: [1], districts: ['R1D1'], language: 'sw' },
  { login: 'manager', password: 'demo1234', lastName: 'Kamau', otherNames: 'Joseph', roles: [2], districts: 'all' },
  { login: 'accountant', password: 'demo1234', lastName: 'Ndiaye', otherNames: 'Awa', roles: [4], districts: 'all', language: 'fr' },
  { login: 'clerk', password: 'demo1234', lastName: 'Moshi', otherNames: 'Halima', roles: [8], districts: ['R1D1'], language: 'sw' },
  { login: 'medical', password: 'demo1234', lastName: 'Shrestha', otherNames: 'Anita', roles: [16], districts: ['R2D1', 'R2D2'], language: 'ne' },
  { login: 'scheme', password: 'demo1234', lastName: 'Mbarga', otherNames: 'Paul', roles: [32], districts: 'all', language: 'fr' },
  { login: 'imisadmin', password: 'demo1234', lastName: 'Thapa', otherNames: 'Ramesh', roles: [64], districts: 'all' },
  { login: 'receptionist', password: 'demo1234', lastName: 'Juma', otherNames: 'Asha', roles: [128], districts: ['R1D2'], language: 'sw' },
  { login: 'claimadmin', password: 'demo1234', lastName: 'Gurung', otherNames: 'Sita', roles: [256], districts: ['R2D1'], language: 'ne' },
  { login: 'claimcontrib', password: 'demo1234', lastName: 'Fotso', otherNames: 'Marie', roles: [512], districts: ['R1D2'], language: 'fr' },
  { login: 'hfadmin', password: 'demo1234', lastName: 'Mollel', otherNames: 'Peter', roles: [524288], districts: ['R1D1'] },
  { login: 'offline', password: 'demo1234', lastName: 'Rai', otherNames: 'Bikash', roles: [1048576], districts: ['R2D2'], language: 'ne' },
];

/** True when the demo administrator exists (the demo data set was loaded once), so that the demo logins are worth printing. */
export async function hasDemoAdmin(database: Database): Promise<boolean> {
  const n = await database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(appUser)
    .where(sql`${appUser.login} = 'Admin' and ${appUser.deletedAt} is null`);
  return Number(n[0]?.n ?? 0) > 0;
}

/** True when no user exists yet: a new database. */
export async function isNewDatabase(database: Database): Promise<boolean> {
  const n = await database.db.select({ n: sql<number>`count(*)::int` }).from(appUser);
  return Number(n[0]?.n ?? 0) === 0;
}

/** Loads the demo country and users in one transaction. Call only on a new database. */
export async function seedDemo(database: Database): Promise<void> {
  const hashes = new Map<string, string>();
  for (const password of new Set(demoUsers.map((u) => u.password))) hashes.set(password, await hashPassword(password));
  await withTransaction(database.db, { userId: null, requestId: 'demo-seed' }, async (tx) => {
    const rows: (typeof location.$inferInsert)[] = [];
    const add = (code: string, name: string, type: LocationType, parent: TreeNode | null, population: number): TreeNode => {
      const id = uuidv7();
      const ancestry = ancestryOf(id, type, parent);
      const male = Math.round(population * 0.49);
      rows.push({
        id,
        code,
        name,
        type,
        parentId: parent?.id ?? null,
        ...ancestry,
        malePopulation: male,
        femalePopulation: population - male,
        otherPopulation: 0,
        families: Math.round(population / 5.2),
      });
      return { id, type, ...ancestry };
    };
    let seed = 7;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const districtIds = new Map<string, string>();
    for (const r of country) {
      const region = add(r.code, r.name, 'R', null, 0);
      for (const d of r.districts) {
        const district = add(d.code, d.name, 'D', region, 0);
        districtIds.set(d.code, district.id);
        for (const w of d.wards) {
          const ward = add(w.code, w.name, 'W', district, 0);
          w.villages.forEach((v, i) => add(`${w.code}V${i + 1}`, v, 'V', ward, 800 + Math.round(rand() * 2400)));
        }
      }
    }
    // Populations of the upper levels are the sums of their villages.
    for (const level of ['W', 'D', 'R'] as const) {
      for (const row of rows.filter((x) => x.type === level)) {
        const children = rows.filter((x) => x.parentId === row.id);
        row.malePopulation = children.reduce((s, c) => s + (c.malePopulation ?? 0), 0);
        row.femalePopulation = children.reduce((s, c) => s + (c.femalePopulation ?? 0), 0);
        row.families = children.reduce((s, c) => s + (c.families ?? 0), 0);
      }
    }
    await tx.insert(location).values(rows);

    const roles = await tx.select({ id: role.id, isSystem: role.isSystem }).from(role).where(isNull(role.deletedAt));
    const users = demoUsers.map((u) => ({
      id: uuidv7(),
      login: u.login,
      lastName: u.lastName,
      otherNames: u.otherNames,
      language: u.language ?? 'en',
      passwordHash: hashes.get(u.password)!,
      allDistricts: u.districts === 'all',
    }));
    await tx.insert(appUser).values(users);
    await tx
      .insert(userRole)
      .values(demoUsers.flatMap((u, i) => u.roles.map((code) => ({ userId: users[i]!.id, roleId: roles.find((r) => r.isSystem === code)!.id }))));
    const links = demoUsers.flatMap((u, i) =>
      u.districts === 'all' ? [] : u.districts.map((code) => ({ userId: users[i]!.id, locationId: districtIds.get(code)! })),
    );
    if (links.length) await tx.insert(userDistrict).values(links);

    const refs: DemoRefs = {
      locations: new Map(rows.map((r) => [r.code, { id: r.id!, type: r.type, districtId: r.districtId ?? null, regionId: r.regionId ?? null }])),
      users: new Map(users.map((u) => [u.login, u.id])),
      itemPriceLists: new Map(),
      servicePriceLists: new Map(),
      facilities: new Map(),
      random: rand,
    };
    for (const seeder of [seedMedicalDemo, seedFacilityDemo, seedOfficerDemo, seedPayerDemo]) await seeder(tx, refs);
  });
}
