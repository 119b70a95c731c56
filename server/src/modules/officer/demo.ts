import { uuidv7 } from '../../db/columns.ts';
import type { DemoRefs, DemoSeeder } from '../../seed/demo-refs.ts';
import { enrolmentOfficer, officerVillage } from './tables.ts';

// Names that fit the demo country: Swahili in the Ziwani region (R1), Nepali in the Milimani region (R2).
const names = {
  R1: {
    last: ['Mwakyusa', 'Kimaro', 'Massawe', 'Njau', 'Mrema', 'Shirima', 'Lyimo', 'Temba', 'Swai', 'Mfinanga'],
    other: ['Rehema', 'Baraka', 'Zawadi', 'Hamisi', 'Amina', 'Subira', 'Saidi', 'Mwanaidi', 'Bakari', 'Tumaini'],
    phone: (r: () => number) => `+255 7${digits(r, 2)} ${digits(r, 3)} ${digits(r, 3)}`,
    address: (district: string, r: () => number) => `S.L.P. ${100 + Math.floor(r() * 900)}, ${district}`,
  },
  R2: {
    last: ['Tamang', 'Magar', 'Adhikari', 'Karki', 'Bhattarai', 'Poudel', 'Lama', 'Khadka', 'Basnet', 'Koirala'],
    other: ['Sunita', 'Bishal', 'Kamala', 'Hari', 'Gita', 'Prakash', 'Sabina', 'Dipak', 'Sarita', 'Nabin'],
    phone: (r: () => number) => `+977 98${digits(r, 1)}-${digits(r, 7)}`,
    address: (district: string, r: () => number) => `Ward ${1 + Math.floor(r() * 9)}, ${district}`,
  },
};

function digits(random: () => number, n: number): string {
  return Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
}

/** The list in a seeded random order (Fisher–Yates), so that names are drawn without repeats. */
function shuffled<T>(list: readonly T[], random: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Officers per demo district. In Mbuyuni (R1D1) the first officer left at the end of 2025 and
 * Neema Mushi (the demo login "officer") took over: renewals of that officer's policies go to her
 * (domain 2.7). Villages of a district are shared among its working officers.
 */
const plan: { district: string; name: string; officers: number; departed?: boolean }[] = [
  { district: 'R1D1', name: 'Mbuyuni', officers: 3, departed: true },
  { district: 'R1D2', name: 'Mwembeni', officers: 2 },
  { district: 'R2D1', name: 'Karanga', officers: 3 },
  { district: 'R2D2', name: 'Sundarpur', officers: 2 },
];

export const seedOfficerDemo: DemoSeeder = async (tx, refs: DemoRefs) => {
  const officers: (typeof enrolmentOfficer.$inferInsert)[] = [];
  const links: (typeof officerVillage.$inferInsert)[] = [];
  // Each region draws its officers' and VEOs' names from its own shuffled lists: nobody is named twice.
  const draws = Object.fromEntries(
    Object.entries(names).map(([region, n]) => [region, { last: shuffled(n.last, refs.random), other: shuffled(n.other, refs.random) }]),
  ) as Record<keyof typeof names, { last: string[]; other: string[] }>;
  for (const { district, name, officers: count, departed } of plan) {
    const region = district.slice(0, 2) as keyof typeof names;
    const lang = names[region];
    const draw = draws[region];
    const districtId = refs.locations.get(district)!.id;
    const villages = [...refs.locations.entries()].filter(([code, l]) => l.type === 'V' && code.startsWith(`${district}W`)).map(([, l]) => l.id);
    const made: string[] = [];
    for (let n = 1; n <= count; n++) {
      const id = uuidv7();
      made.push(id);
      const isNeema = district === 'R1D1' && n === 2;
      const lastName = isNeema ? 'Mushi' : draw.last.pop()!;
      const otherNames = isNeema ? 'Neema' : draw.other.pop()!;
      const year = 1975 + Math.floor(refs.random() * 25);
      officers.push({
        id,
        code: `E${district}0${n}`,
        lastName,
        otherNames,
        dob: `${year}-${String(1 + Math.floor(refs.random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(refs.random() * 28)).padStart(2, '0')}`,
        phone: lang.phone(refs.random),
        email: `${otherNames}.${lastName}@example.org`.toLowerCase(),
        districtId,
        // Only the departed officer has an end date and a substitute: the next officer of the district.
        substituteId: null,
        worksTo: departed && n === 1 ? '2025-12-31' : null,
        veoCode: n === count ? `V${district}` : null,
        veoLastName: n === count ? draw.last.pop()! : null,
        veoOtherNames: n === count ? draw.other.pop()! : null,
        veoDob: n === count ? `${1970 + Math.floor(refs.random() * 20)}-06-15` : null,
        veoPhone: n === count ? lang.phone(refs.random) : null,
        phoneCommunication: refs.random() < 0.7,
        permanentAddress: lang.address(name, refs.random),
        userId: isNeema ? (refs.users.get('officer') ?? null) : null,
      });
    }
    if (departed) officers[officers.length - count]!.substituteId = made[1]!;
    const working = made.filter((_, i) => !(departed && i === 0));
    villages.forEach((villageId, i) => links.push({ officerId: working[i % working.length]!, villageId }));
  }
  await tx.insert(enrolmentOfficer).values(officers);
  await tx.insert(officerVillage).values(links);
};
