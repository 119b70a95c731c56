import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { Rights } from '../../../../../common/rights.ts';
import type { Tx } from '../../../db/types.ts';
import { itemPriceList, itemPriceListLine, medicalItem, medicalService, servicePriceList, servicePriceListLine } from '../tables.ts';
import { itemPriceListUsage, itemUsage, servicePriceListUsage, serviceUsage, type UsageRegistry } from '../usage.ts';

export type HeaderTable = typeof itemPriceList;

/** Which members to add at once: all, or those of a type (and, for services, a level or category). */
export type AddFilter = Partial<Record<'type' | 'level' | 'category', string>>;

/** What differs between the item and the service price lists: tables, names and rights. */
export interface PriceListKind {
  entity: string;
  header: HeaderTable;
  headerName: string;
  line: {
    table: PgTable;
    name: string;
    id: AnyPgColumn;
    priceListId: AnyPgColumn;
    memberId: AnyPgColumn;
    priceOverride: AnyPgColumn;
    version: AnyPgColumn;
    updatedAt: AnyPgColumn;
    deletedAt: AnyPgColumn;
  };
  memberColumn: string;
  /** The member's id as the API names it: itemId or serviceId. */
  memberKey: 'itemId' | 'serviceId';
  member: {
    table: PgTable;
    name: string;
    id: AnyPgColumn;
    code: AnyPgColumn;
    name_: AnyPgColumn;
    type: AnyPgColumn;
    price: AnyPgColumn;
    deletedAt: AnyPgColumn;
    filters: Partial<Record<keyof AddFilter, AnyPgColumn>>;
  };
  /** What uses a list (facilities register themselves here). */
  usage: UsageRegistry;
  /** Where the list's members register that this list uses them. */
  memberUsage: UsageRegistry;
}

const serviceHeader = servicePriceList as unknown as HeaderTable;

export const kinds = {
  item: {
    entity: 'item price list',
    header: itemPriceList,
    headerName: 'item_price_list',
    line: { table: itemPriceListLine, name: 'item_price_list_line', ...pick(itemPriceListLine, itemPriceListLine.itemId) },
    memberColumn: 'item_id',
    memberKey: 'itemId',
    member: {
      table: medicalItem,
      name: 'medical_item',
      id: medicalItem.id,
      code: medicalItem.code,
      name_: medicalItem.name,
      type: medicalItem.type,
      price: medicalItem.price,
      deletedAt: medicalItem.deletedAt,
      filters: { type: medicalItem.type },
    },
    usage: itemPriceListUsage,
    memberUsage: itemUsage,
  },
  service: {
    entity: 'service price list',
    header: serviceHeader,
    headerName: 'service_price_list',
    line: { table: servicePriceListLine, name: 'service_price_list_line', ...pick(servicePriceListLine, servicePriceListLine.serviceId) },
    memberColumn: 'service_id',
    memberKey: 'serviceId',
    member: {
      table: medicalService,
      name: 'medical_service',
      id: medicalService.id,
      code: medicalService.code,
      name_: medicalService.name,
      type: medicalService.type,
      price: medicalService.price,
      deletedAt: medicalService.deletedAt,
      filters: { type: medicalService.type, level: medicalService.level, category: medicalService.category },
    },
    usage: servicePriceListUsage,
    memberUsage: serviceUsage,
  },
} satisfies Record<string, PriceListKind>;

function pick(t: typeof itemPriceListLine | typeof servicePriceListLine, memberId: AnyPgColumn) {
  return {
    id: t.id,
    priceListId: t.priceListId,
    memberId,
    priceOverride: t.priceOverride,
    version: t.version,
    updatedAt: t.updatedAt,
    deletedAt: t.deletedAt,
  };
}

export const priceListRights = {
  item: {
    search: Rights.itemPriceListSearch,
    add: Rights.itemPriceListAdd,
    edit: Rights.itemPriceListEdit,
    delete: Rights.itemPriceListDelete,
    duplicate: Rights.itemPriceListDuplicate,
  },
  service: {
    search: Rights.servicePriceListSearch,
    add: Rights.servicePriceListAdd,
    edit: Rights.servicePriceListEdit,
    delete: Rights.servicePriceListDelete,
    duplicate: Rights.servicePriceListDuplicate,
  },
};

/** Live lists of live headers that hold any of the members: their names, for the member's refusal to be deleted. */
function listsHolding(k: PriceListKind) {
  return async (tx: Tx, ids: string[]): Promise<string[]> => {
    const rows = await tx
      .selectDistinct({ name: k.header.name })
      .from(k.header)
      .innerJoin(k.line.table, eq(k.line.priceListId, k.header.id))
      .where(and(isNull(k.header.deletedAt), isNull(k.line.deletedAt), inArray(k.line.memberId, ids)))
      .orderBy(k.header.name);
    return rows.map((r) => r.name);
  };
}

kinds.item.memberUsage.register('item price lists', listsHolding(kinds.item));
kinds.service.memberUsage.register('service price lists', listsHolding(kinds.service));
