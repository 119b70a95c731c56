import { and, asc, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import { Rights } from '../../../../../common/rights.ts';
import { queryRows, type Executor, type Tx } from '../../../db/types.ts';
import { codeOrNameSearch, registerService } from '../../../platform/register/service.ts';
import type { CareType, PackageType, ServiceCategory, ServiceLevel, ServiceType } from '../schemas.ts';
import { medicalItem, medicalService, servicePackageItem, servicePackageService } from '../tables.ts';
import { itemUsage, serviceUsage } from '../usage.ts';
import { checkPackage, emptyContents, type PackageContents } from './rules.ts';

interface ContainedView {
  code: string;
  name: string;
  quantity: string;
  priceOverride: string | null;
}

export interface PackageContentsView {
  services: (ContainedView & { serviceId: string })[];
  items: (ContainedView & { itemId: string })[];
}

/** A service as answered; `contents` is absent on "as at" answers (package contents keep no versions). */
export type MedicalService = Omit<typeof medicalService.$inferSelect, 'deletedAt'> & { contents?: PackageContentsView };

export interface MedicalServiceInput {
  code: string;
  name: string;
  type: ServiceType;
  level: ServiceLevel;
  price: string;
  careType?: CareType;
  frequency?: number | null;
  patientCategory?: number;
  category?: ServiceCategory | null;
  packageType?: PackageType;
  contents?: Partial<PackageContents>;
}

export const medicalServiceRights = {
  search: Rights.medicalServiceSearch,
  add: Rights.medicalServiceAdd,
  edit: Rights.medicalServiceEdit,
  delete: Rights.medicalServiceDelete,
};

const live = isNull(medicalService.deletedAt);

const contentsOf = (input: MedicalServiceInput): PackageContents => ({ services: input.contents?.services ?? [], items: input.contents?.items ?? [] });

async function validatePackage(tx: Tx, input: MedicalServiceInput, current: MedicalService | null) {
  const packageType = input.packageType ?? 'S';
  const contents = contentsOf(input);
  const serviceIds = [...new Set(contents.services.map((s) => s.serviceId))];
  const itemIds = [...new Set(contents.items.map((i) => i.itemId))];
  const services = serviceIds.length
    ? await tx
        .select({ id: medicalService.id, packageType: medicalService.packageType })
        .from(medicalService)
        .where(and(inArray(medicalService.id, serviceIds), live))
    : [];
  const items = itemIds.length
    ? await tx
        .select({ id: medicalItem.id })
        .from(medicalItem)
        .where(and(inArray(medicalItem.id, itemIds), isNull(medicalItem.deletedAt)))
    : [];
  const containedInPackage = current !== null && packageType !== 'S' ? (await packagesContaining(tx, 'service', [current.id])).length > 0 : false;
  return checkPackage(packageType, contents, {
    selfId: current?.id ?? null,
    services: new Map(services.map((s) => [s.id, s.packageType as PackageType])),
    items: new Set(items.map((i) => i.id)),
    containedInPackage,
  });
}

/** Live packages that contain any of the services or items: their codes, for refusals. */
async function packagesContaining(tx: Tx, kind: 'service' | 'item', ids: string[]): Promise<string[]> {
  const idList = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const link =
    kind === 'service'
      ? sql`service_package_service l on l.service_id = p.id and l.contained_service_id in (${idList})`
      : sql`service_package_item l on l.service_id = p.id and l.item_id in (${idList})`;
  const rows = await queryRows<{ code: string }>(
    tx,
    sql`select distinct p.code from medical_service p join ${link} where p.deleted_at is null order by p.code`,
  );
  return rows.map((r) => r.code);
}

/**
 * Replaces the contents in place: lines no longer listed go, the others are inserted or updated only
 * when they differ, so the audit trail (kept under the package's id) shows real changes only.
 */
async function writeContents(tx: Tx, id: string, input: MedicalServiceInput): Promise<void> {
  const contents = (input.packageType ?? 'S') === 'S' ? emptyContents() : contentsOf(input);
  const serviceIds = contents.services.map((s) => s.serviceId);
  const itemIds = contents.items.map((i) => i.itemId);
  await tx
    .delete(servicePackageService)
    .where(and(eq(servicePackageService.serviceId, id), serviceIds.length ? notInArray(servicePackageService.containedServiceId, serviceIds) : undefined));
  await tx
    .delete(servicePackageItem)
    .where(and(eq(servicePackageItem.serviceId, id), itemIds.length ? notInArray(servicePackageItem.itemId, itemIds) : undefined));
  if (contents.services.length) {
    await tx
      .insert(servicePackageService)
      .values(
        contents.services.map((s) => ({ serviceId: id, containedServiceId: s.serviceId, quantity: s.quantity ?? '1', priceOverride: s.priceOverride ?? null })),
      )
      .onConflictDoUpdate({
        target: [servicePackageService.serviceId, servicePackageService.containedServiceId],
        set: { quantity: sql`excluded.quantity`, priceOverride: sql`excluded.price_override` },
        setWhere: sql.raw(
          '(service_package_service.quantity, service_package_service.price_override) is distinct from (excluded.quantity, excluded.price_override)',
        ),
      });
  }
  if (contents.items.length) {
    await tx
      .insert(servicePackageItem)
      .values(contents.items.map((i) => ({ serviceId: id, itemId: i.itemId, quantity: i.quantity ?? '1', priceOverride: i.priceOverride ?? null })))
      .onConflictDoUpdate({
        target: [servicePackageItem.serviceId, servicePackageItem.itemId],
        set: { quantity: sql`excluded.quantity`, priceOverride: sql`excluded.price_override` },
        setWhere: sql.raw('(service_package_item.quantity, service_package_item.price_override) is distinct from (excluded.quantity, excluded.price_override)'),
      });
  }
}

/** The contents of a page of services: one query per link table, never one per row. */
async function withContents(executor: Executor, rows: MedicalService[]): Promise<MedicalService[]> {
  const packageIds = rows.filter((r) => r.packageType !== 'S').map((r) => r.id);
  const contained = packageIds.length
    ? await executor
        .select({
          packageId: servicePackageService.serviceId,
          serviceId: servicePackageService.containedServiceId,
          code: medicalService.code,
          name: medicalService.name,
          quantity: servicePackageService.quantity,
          priceOverride: servicePackageService.priceOverride,
        })
        .from(servicePackageService)
        .innerJoin(medicalService, eq(medicalService.id, servicePackageService.containedServiceId))
        .where(inArray(servicePackageService.serviceId, packageIds))
        .orderBy(asc(medicalService.code))
    : [];
  const items = packageIds.length
    ? await executor
        .select({
          packageId: servicePackageItem.serviceId,
          itemId: servicePackageItem.itemId,
          code: medicalItem.code,
          name: medicalItem.name,
          quantity: servicePackageItem.quantity,
          priceOverride: servicePackageItem.priceOverride,
        })
        .from(servicePackageItem)
        .innerJoin(medicalItem, eq(medicalItem.id, servicePackageItem.itemId))
        .where(inArray(servicePackageItem.serviceId, packageIds))
        .orderBy(asc(medicalItem.code))
    : [];
  return rows.map((row) => ({
    ...row,
    contents: {
      services: contained.filter((c) => c.packageId === row.id).map(({ packageId: _p, ...c }) => c),
      items: items.filter((c) => c.packageId === row.id).map(({ packageId: _p, ...c }) => c),
    },
  }));
}

/**
 * Medical services (domain.md 1.3): a national register like items, plus packages. Packages are read
 * with their contents; a service inside a live package cannot be deleted.
 */
export const medicalServices = registerService<MedicalService, MedicalServiceInput>({
  entity: 'medical service',
  table: medicalService,
  auditTables: ['medical_service', 'service_package_service', 'service_package_item'],
  versioned: true,
  sorts: { code: medicalService.code, name: medicalService.name },
  defaultSort: 'code',
  search: codeOrNameSearch(medicalService.code, medicalService.name),
  filters: (query) =>
    (['type', 'level', 'category', 'careType', 'packageType'] as const).map((key) => (query[key] ? eq(medicalService[key], query[key] as string) : undefined)),
  validate: (_ctx, tx, input, current) => validatePackage(tx, input, current),
  toRow: (input) => ({
    code: input.code,
    name: input.name,
    type: input.type,
    level: input.level,
    price: input.price,
    careType: input.careType ?? 'B',
    frequency: input.frequency ?? null,
    patientCategory: input.patientCategory ?? 15,
    category: input.category ?? null,
    packageType: input.packageType ?? 'S',
  }),
  writeLinks: writeContents,
  withLinks: withContents,
  usage: (tx, id) => serviceUsage.of(tx, [id]),
});

serviceUsage.register('service packages', (tx, ids) => packagesContaining(tx, 'service', ids));
itemUsage.register('service packages', (tx, ids) => packagesContaining(tx, 'item', ids));
