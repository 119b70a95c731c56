import { uuidv7 } from '../../db/columns.ts';
import type { DemoSeeder } from '../../seed/demo-refs.ts';
import type { CareType, FacilityStatus, LegalForm, Level, Sublevel } from './rules.ts';
import { claimAdmin, facilityCatchment, healthFacility } from './tables.ts';

interface DemoFacility {
  code: string;
  name: string;
  level: Level;
  sublevel: Sublevel;
  careType: CareType;
  legalForm: LegalForm;
  district: string;
  status?: FacilityStatus;
  offline?: boolean;
  /** Catchment villages of the facility's district by code, with the share served. */
  catchment: [string, number][];
  /** Claim administrators: [last name, other names]. */
  admins: [string, string][];
}

// Five facilities per demo district, from district hospital down to dispensaries / health posts,
// named after the demo country's places (Swahili in Ziwani, Nepali in Milimani).
const facilities: DemoFacility[] = [
  // R1D1 Mbuyuni
  {
    code: 'MBYDH01',
    name: 'Mbuyuni District Hospital',
    level: 'H',
    sublevel: 'R',
    careType: 'B',
    legalForm: 'G',
    district: 'R1D1',
    catchment: [['R1D1W1V1', 40]],
    admins: [
      ['Mwakyusa', 'Rehema'],
      ['Kimaro', 'Daudi'],
    ],
  },
  {
    code: 'MBYHC01',
    name: 'Kisiwa Health Centre',
    level: 'C',
    sublevel: 'N',
    careType: 'B',
    legalForm: 'G',
    district: 'R1D1',
    catchment: [
      ['R1D1W1V2', 100],
      ['R1D1W1V3', 70],
      ['R1D1W1V4', 50],
    ],
    admins: [['Massawe', 'Grace']],
  },
  {
    code: 'MBYHC02',
    name: 'St. Benedict Mission Health Centre',
    level: 'C',
    sublevel: 'I',
    careType: 'B',
    legalForm: 'C',
    district: 'R1D1',
    catchment: [
      ['R1D1W2V1', 80],
      ['R1D1W2V2', 100],
    ],
    admins: [
      ['Lyimo', 'Eliya'],
      ['Shirima', 'Rose'],
    ],
  },
  {
    code: 'MBYDS01',
    name: 'Amani Dispensary',
    level: 'D',
    sublevel: 'N',
    careType: 'O',
    legalForm: 'G',
    district: 'R1D1',
    catchment: [
      ['R1D1W1V1', 60],
      ['R1D1W1V5', 100],
    ],
    admins: [['Mrema', 'Zuhura']],
  },
  {
    code: 'MBYDS02',
    name: 'Huruma Private Dispensary',
    level: 'D',
    sublevel: 'N',
    careType: 'O',
    legalForm: 'P',
    district: 'R1D1',
    catchment: [
      ['R1D1W2V3', 100],
      ['R1D1W2V4', 100],
      ['R1D1W2V5', 100],
    ],
    admins: [['Swai', 'Omari']],
  },
  // R1D2 Mwembeni
  {
    code: 'MWBDH01',
    name: 'Mwembeni District Hospital',
    level: 'H',
    sublevel: 'R',
    careType: 'B',
    legalForm: 'G',
    district: 'R1D2',
    catchment: [['R1D2W1V3', 50]],
    admins: [
      ['Minja', 'Fatuma'],
      ['Kweka', 'Yohana'],
    ],
  },
  {
    code: 'MWBHC01',
    name: 'Bondeni Health Centre',
    level: 'C',
    sublevel: 'N',
    careType: 'B',
    legalForm: 'D',
    district: 'R1D2',
    catchment: [
      ['R1D2W1V1', 100],
      ['R1D2W1V2', 100],
      ['R1D2W1V3', 50],
    ],
    admins: [['Njau', 'Upendo']],
  },
  {
    code: 'MWBDS01',
    name: 'Majengo Dispensary',
    level: 'D',
    sublevel: 'N',
    careType: 'O',
    legalForm: 'G',
    district: 'R1D2',
    catchment: [
      ['R1D2W1V4', 100],
      ['R1D2W1V5', 100],
    ],
    admins: [['Urassa', 'Hamisi']],
  },
  {
    code: 'MWBDS02',
    name: 'Pwani Ndogo Dispensary',
    level: 'D',
    sublevel: 'N',
    careType: 'O',
    legalForm: 'G',
    district: 'R1D2',
    status: 'IN',
    catchment: [
      ['R1D2W2V1', 100],
      ['R1D2W2V2', 60],
    ],
    admins: [['Mallya', 'Scholastica']],
  },
  {
    code: 'MWBDS03',
    name: 'Tumaini Charity Clinic',
    level: 'D',
    sublevel: 'N',
    careType: 'O',
    legalForm: 'C',
    district: 'R1D2',
    catchment: [
      ['R1D2W2V2', 40],
      ['R1D2W2V3', 100],
      ['R1D2W2V4', 100],
      ['R1D2W2V5', 100],
    ],
    admins: [
      ['Mushi', 'Anna'],
      ['Tarimo', 'Juma'],
    ],
  },
  // R2D1 Karanga
  {
    code: 'KRGDH01',
    name: 'Karanga District Hospital',
    level: 'H',
    sublevel: 'R',
    careType: 'B',
    legalForm: 'G',
    district: 'R2D1',
    catchment: [['R2D1W1V1', 30]],
    admins: [
      ['Sharma', 'Bishnu'],
      ['Adhikari', 'Gita'],
    ],
  },
  {
    code: 'KRGPH01',
    name: 'Sagarmatha Primary Health Care Centre',
    level: 'C',
    sublevel: 'I',
    careType: 'B',
    legalForm: 'G',
    district: 'R2D1',
    catchment: [
      ['R2D1W1V1', 70],
      ['R2D1W1V2', 100],
      ['R2D1W1V3', 100],
    ],
    admins: [['Karki', 'Sunil']],
  },
  {
    code: 'KRGHP01',
    name: 'Bhairav Health Post',
    level: 'D',
    sublevel: 'N',
    careType: 'O',
    legalForm: 'G',
    district: 'R2D1',
    catchment: [
      ['R2D1W1V4', 100],
      ['R2D1W1V5', 100],
    ],
    admins: [['Tamang', 'Pema']],
  },
  {
    code: 'KRGHP02',
    name: 'Laligurans Health Post',
    level: 'D',
    sublevel: 'N',
    careType: 'O',
    legalForm: 'G',
    district: 'R2D1',
    catchment: [
      ['R2D1W2V3', 100],
      ['R2D1W2V4', 100],
      ['R2D1W2V5', 100],
    ],
    admins: [['Magar', 'Dil Bahadur']],
  },
  {
    code: 'KRGNH01',
    name: 'Tribeni Nursing Home',
    level: 'H',
    sublevel: 'N',
    careType: 'I',
    legalForm: 'P',
    district: 'R2D1',
    catchment: [
      ['R2D1W2V1', 100],
      ['R2D1W2V2', 100],
    ],
    admins: [
      ['Poudel', 'Sarita'],
      ['Bhattarai', 'Kiran'],
    ],
  },
  // R2D2 Sundarpur
  {
    code: 'SDPDH01',
    name: 'Sundarpur District Hospital',
    level: 'H',
    sublevel: 'R',
    careType: 'B',
    legalForm: 'G',
    district: 'R2D2',
    offline: true,
    catchment: [['R2D2W1V3', 50]],
    admins: [
      ['Shrestha', 'Rajan'],
      ['Lama', 'Dawa'],
    ],
  },
  {
    code: 'SDPPH01',
    name: 'Bagmati Primary Health Care Centre',
    level: 'C',
    sublevel: 'I',
    careType: 'B',
    legalForm: 'G',
    district: 'R2D2',
    catchment: [
      ['R2D2W1V1', 100],
      ['R2D2W1V2', 100],
      ['R2D2W1V3', 50],
    ],
    admins: [['Basnet', 'Manisha']],
  },
  {
    code: 'SDPHP01',
    name: 'Nilgiri Health Post',
    level: 'D',
    sublevel: 'N',
    careType: 'O',
    legalForm: 'G',
    district: 'R2D2',
    status: 'ID',
    catchment: [
      ['R2D2W1V4', 100],
      ['R2D2W1V5', 100],
    ],
    admins: [['Khadka', 'Prakash']],
  },
  {
    code: 'SDPHP02',
    name: 'Annapurna Health Post',
    level: 'D',
    sublevel: 'N',
    careType: 'O',
    legalForm: 'G',
    district: 'R2D2',
    catchment: [
      ['R2D2W2V3', 100],
      ['R2D2W2V4', 100],
      ['R2D2W2V5', 100],
    ],
    admins: [['Rai', 'Sunita']],
  },
  {
    code: 'SDPCH01',
    name: 'Gandaki Community Hospital',
    level: 'H',
    sublevel: 'N',
    careType: 'I',
    legalForm: 'D',
    district: 'R2D2',
    catchment: [
      ['R2D2W2V1', 100],
      ['R2D2W2V2', 100],
    ],
    admins: [
      ['Joshi', 'Laxmi'],
      ['Gurung', 'Tek Bahadur'],
    ],
  },
];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Health facilities with their catchment and claim administrators: three multi-row inserts. */
export const seedFacilityDemo: DemoSeeder = async (tx, refs) => {
  const place = (code: string) => {
    const hit = refs.locations.get(code);
    if (!hit) throw new Error(`demo location ${code} missing`);
    return hit;
  };
  const codeOf = new Map([...refs.locations].map(([code, l]) => [l.id, code]));
  // The most specific list made for the facility's area (domain 1.5): its district's, else its region's, else the national one.
  const priceList = (lists: Map<string, string>, district: string) =>
    lists.get(district) ?? lists.get(codeOf.get(place(district).regionId ?? '') ?? '-') ?? lists.get('') ?? null;
  const digits = (n: number) => pad(Math.floor(refs.random() * 10 ** n), n);
  // Ziwani looks East African, Milimani Nepali.
  const phone = (district: string) => (district.startsWith('R1') ? `+255 7${digits(2)} ${digits(3)} ${digits(3)}` : `+977 98${digits(2)} ${digits(6)}`);

  const rows = facilities.map((f, i) => ({
    id: uuidv7(),
    code: f.code,
    name: f.name,
    accCode: `ACC-${f.code}`,
    legalForm: f.legalForm,
    level: f.level,
    sublevel: f.sublevel,
    careType: f.careType,
    districtId: place(f.district).id,
    address: f.district.startsWith('R1') ? `P.O. Box ${100 + i * 7}, ${f.name.split(' ')[0]}` : `Ward ${1 + (i % 9)}, ${f.name.split(' ')[0]}`,
    phone: phone(f.district),
    fax: null,
    email: `${f.code.toLowerCase()}@health.example.org`,
    offline: f.offline ?? false,
    // Government facilities hold open-ended contracts; the others sign for three years.
    contractStartDate: `202${4 + (i % 2)}-0${1 + (i % 6)}-01`,
    contractEndDate: f.legalForm === 'G' ? null : `202${7 + (i % 2)}-12-31`,
    status: f.status ?? 'AC',
    itemPriceListId: priceList(refs.itemPriceLists, f.district),
    servicePriceListId: priceList(refs.servicePriceLists, f.district),
  }));
  await tx.insert(healthFacility).values(rows);

  await tx.insert(facilityCatchment).values(
    facilities.flatMap((f, i) =>
      f.catchment.map(([village, percentage]) => {
        if (!village.startsWith(f.district)) throw new Error(`demo catchment ${village} is outside ${f.district}`);
        return { healthFacilityId: rows[i]!.id, villageId: place(village).id, percentage: String(percentage) };
      }),
    ),
  );

  await tx.insert(claimAdmin).values(
    facilities.flatMap((f, i) =>
      f.admins.map(([lastName, otherNames], n) => ({
        id: uuidv7(),
        code: `${f.code}${n + 1}`,
        lastName,
        otherNames,
        dob: `${1968 + Math.floor(refs.random() * 30)}-${pad(1 + Math.floor(refs.random() * 12))}-${pad(1 + Math.floor(refs.random() * 28))}`,
        phone: phone(f.district),
        email: `${otherNames.split(' ')[0]!.toLowerCase()}.${lastName.toLowerCase()}@health.example.org`,
        healthFacilityId: rows[i]!.id,
        userId: null,
      })),
    ),
  );

  for (const row of rows) refs.facilities.set(row.code, row.id);
};
