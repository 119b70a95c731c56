import { eq } from 'drizzle-orm';
import { Rights } from '../../../../../common/rights.ts';
import { codeOrNameSearch, registerService } from '../../../platform/register/service.ts';
import type { CareType, ItemType } from '../schemas.ts';
import { medicalItem } from '../tables.ts';
import { itemUsage } from '../usage.ts';

export type MedicalItem = Omit<typeof medicalItem.$inferSelect, 'deletedAt'>;

export interface MedicalItemInput {
  code: string;
  name: string;
  type: ItemType;
  package?: string | null;
  quantity?: string | null;
  price: string;
  careType?: CareType;
  frequency?: number | null;
  patientCategory?: number;
}

export const medicalItemRights = {
  search: Rights.medicalItemSearch,
  add: Rights.medicalItemAdd,
  edit: Rights.medicalItemEdit,
  delete: Rights.medicalItemDelete,
};

/**
 * Medical items (domain.md 1.3): a national register, so no read scope. Claims read an item as it
 * stood on the claim's date, hence the version table.
 */
export const medicalItems = registerService<MedicalItem, MedicalItemInput>({
  entity: 'medical item',
  table: medicalItem,
  auditTables: ['medical_item'],
  versioned: true,
  sorts: { code: medicalItem.code, name: medicalItem.name },
  defaultSort: 'code',
  search: codeOrNameSearch(medicalItem.code, medicalItem.name),
  filters: (query) => [
    query.type ? eq(medicalItem.type, query.type as string) : undefined,
    query.careType ? eq(medicalItem.careType, query.careType as string) : undefined,
  ],
  toRow: (input) => ({
    code: input.code,
    name: input.name,
    type: input.type,
    package: input.package ?? null,
    quantity: input.quantity ?? null,
    price: input.price,
    careType: input.careType ?? 'B',
    frequency: input.frequency ?? null,
    patientCategory: input.patientCategory ?? 15,
  }),
  usage: (tx, id) => itemUsage.of(tx, [id]),
});
