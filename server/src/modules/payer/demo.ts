import { uuidv7 } from '../../db/columns.ts';
import type { DemoSeeder } from '../../seed/demo-refs.ts';
import type { PayerType } from './rules.ts';
import { payer } from './tables.ts';

/**
 * The payers of the demo country: the government and a donor fund the national scheme; district
 * councils, a regional co-operative and a tea estate pay for their own people. `location` is a
 * demo location code ('' = national); `dial` the country and area code of its telephone.
 */
const demoPayers: { type: PayerType; name: string; location: string; address: string; dial: string; email: string; fax?: boolean }[] = [
  {
    type: 'G',
    name: 'Ministry of Health – Health Financing Unit',
    location: '',
    address: 'Barabara ya Uhuru 12, Ziwani',
    dial: '+255 22',
    email: 'financing@health.example.org',
    fax: true,
  },
  { type: 'D', name: 'Global Health Solidarity Fund', location: '', address: 'Avenue de la Paix 8, Genève', dial: '+41 22', email: 'grants@ghsf.example.org' },
  {
    type: 'L',
    name: 'Mbuyuni District Council',
    location: 'R1D1',
    address: 'S.L.P. 45, Mbuyuni',
    dial: '+255 22',
    email: 'afya@mbuyuni.example.org',
    fax: true,
  },
  { type: 'L', name: 'Karanga Rural Municipality', location: 'R2D1', address: 'Ward 1, Karanga', dial: '+977 1', email: 'health@karanga.example.org' },
  {
    type: 'C',
    name: 'Ziwani Coffee Growers Co-operative Union',
    location: 'R1',
    address: 'Soko Kuu, Ziwani',
    dial: '+255 27',
    email: 'wanachama@zcgcu.example.org',
  },
  {
    type: 'P',
    name: 'Sundarpur Tea Estate Pvt. Ltd.',
    location: 'R2D2',
    address: 'Estate Road 3, Sundarpur',
    dial: '+977 21',
    email: 'hr@sundarpurtea.example.org',
  },
];

export const seedPayerDemo: DemoSeeder = async (tx, refs) => {
  await tx.insert(payer).values(
    demoPayers.map((p) => {
      const digits = Array.from({ length: 7 }, () => Math.floor(refs.random() * 10));
      const number = (last: number) => `${p.dial} ${digits.slice(0, 3).join('')} ${digits.slice(3, 6).join('')}${last}`;
      return {
        id: uuidv7(),
        type: p.type,
        name: p.name,
        address: p.address,
        locationId: p.location ? refs.locations.get(p.location)!.id : null,
        phone: number(digits[6]!),
        // The fax line is the next number on the same exchange.
        fax: p.fax ? number((digits[6]! + 1) % 10) : null,
        email: p.email,
      };
    }),
  );
};
