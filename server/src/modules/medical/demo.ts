import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { uuidv7 } from '../../db/columns.ts';
import type { Tx } from '../../db/types.ts';
import type { DemoSeeder } from '../../seed/demo-refs.ts';
import { demoDiagnoses } from './demo-data/diagnoses.ts';
import { demoItems } from './demo-data/items.ts';
import { demoPackages, demoServices } from './demo-data/services.ts';
import {
  diagnosis,
  itemPriceList,
  itemPriceListLine,
  medicalItem,
  medicalService,
  servicePackageItem,
  servicePackageService,
  servicePriceList,
  servicePriceListLine,
} from './tables.ts';

/**
 * The demo registers are dated back to the start of 2025, so that claims and policies of the demo
 * (which lie in the past) find the items, services and price-list lines as at their dates.
 */
const since = '2025-01-01T00:00:00.000Z';
const stamps = { createdAt: since, updatedAt: since };
const money = (n: number) => n.toFixed(2);

/**
 * One multi-row INSERT with the rows as a single JSON parameter. Drizzle's VALUES list with thousands
 * of parameters takes seconds on PGlite, and the demo is loaded for every test file; this takes tens
 * of milliseconds. Columns left out of the rows get their defaults.
 */
async function insertRows<T extends PgTable>(tx: Tx, table: T, rows: T['$inferInsert'][]): Promise<void> {
  if (!rows.length) return;
  const columns = getTableColumns(table);
  const keys = Object.keys(rows[0]!);
  const names = keys.map((key) => columns[key]!.name);
  const json = rows.map((row) => Object.fromEntries(keys.map((key, i) => [names[i], (row as Record<string, unknown>)[key] ?? null])));
  const list = sql.join(
    names.map((name) => sql.identifier(name)),
    sql`, `,
  );
  const name = sql.identifier(getTableName(table));
  await tx.execute(sql`insert into ${name} (${list}) select ${list} from jsonb_populate_recordset(null::${name}, ${JSON.stringify(json)}::jsonb)`);
}

/** A district's price: the national one moved by -15 % to +20 %, rounded to tens. */
const varied = (price: number, r: number) => Math.max(0, Math.round((price * (0.85 + r * 0.35)) / 10) * 10);

/**
 * About 330 items, 170 services (5 of them packages), 300 diagnoses, and one national and one
 * per-district list for items and for services; district lists hold about three quarters of the
 * national register, some at their own prices.
 */
export const seedMedicalDemo: DemoSeeder = async (tx, refs) => {
  const counters = { D: 0, M: 0 };
  const items = demoItems().map((item) => ({
    id: uuidv7(),
    code: `${item.type}${String(++counters[item.type]).padStart(3, '0')}`,
    name: item.name,
    type: item.type,
    package: item.package,
    quantity: String(item.quantity),
    price: money(item.price),
    careType: item.careType ?? 'B',
    frequency: item.frequency ?? null,
    patientCategory: item.patientCategory ?? 15,
    ...stamps,
  }));
  await insertRows(tx, medicalItem, items);

  const services = demoServices().map((service) => ({
    id: uuidv7(),
    code: service.code,
    name: service.name,
    type: service.type,
    level: service.level,
    price: money(service.price),
    careType: service.careType,
    frequency: service.frequency ?? null,
    patientCategory: service.patientCategory ?? 15,
    category: service.category,
    packageType: 'S',
    ...stamps,
  }));
  const packages = demoPackages.map((p) => ({
    id: uuidv7(),
    code: p.code,
    name: p.name,
    type: p.type,
    level: p.level,
    price: money(p.price),
    careType: p.careType,
    frequency: null,
    patientCategory: p.patientCategory ?? 15,
    category: p.category,
    packageType: p.packageType,
    ...stamps,
  }));
  await insertRows(tx, medicalService, [...services, ...packages]);

  const serviceByCode = new Map(services.map((s) => [s.code, s.id]));
  const itemByName = new Map(items.map((i) => [i.name, i.id]));
  const find = <T>(map: Map<string, T>, key: string): T => {
    const hit = map.get(key);
    if (hit === undefined) throw new Error(`demo package names an unknown entry: ${key}`);
    return hit;
  };
  await insertRows(
    tx,
    servicePackageService,
    demoPackages.flatMap((p, i) =>
      p.services.map(([code, quantity]) => ({ serviceId: packages[i]!.id, containedServiceId: find(serviceByCode, code), quantity: String(quantity) })),
    ),
  );
  await insertRows(
    tx,
    servicePackageItem,
    demoPackages.flatMap((p, i) =>
      p.items.map(([name, quantity]) => ({ serviceId: packages[i]!.id, itemId: find(itemByName, name), quantity: String(quantity) })),
    ),
  );

  await insertRows(
    tx,
    diagnosis,
    demoDiagnoses.map(([code, name]) => ({ id: uuidv7(), code, name, ...stamps })),
  );

  const districts = [...refs.locations].filter(([, l]) => l.type === 'D').map(([code, l]) => ({ code, id: l.id }));
  const places = [{ code: '', id: null as string | null }, ...districts];

  const itemLists = places.map((p) => ({
    id: uuidv7(),
    name: p.id ? `Item prices ${p.code}` : 'National item prices',
    date: '2025-01-01',
    locationId: p.id,
    ...stamps,
  }));
  await insertRows(tx, itemPriceList, itemLists);
  const itemLines = itemLists.flatMap((list) =>
    items.flatMap((item) => {
      if (!list.locationId) return [{ id: uuidv7(), priceListId: list.id, itemId: item.id, priceOverride: null, ...stamps }];
      if (refs.random() > 0.75) return [];
      const override = refs.random() < 0.15 ? money(varied(Number(item.price), refs.random())) : null;
      return [{ id: uuidv7(), priceListId: list.id, itemId: item.id, priceOverride: override, ...stamps }];
    }),
  );
  await insertRows(tx, itemPriceListLine, itemLines);

  const allServices = [...services, ...packages];
  const serviceLists = places.map((p) => ({
    id: uuidv7(),
    name: p.id ? `Service prices ${p.code}` : 'National service prices',
    date: '2025-01-01',
    locationId: p.id,
    ...stamps,
  }));
  await insertRows(tx, servicePriceList, serviceLists);
  const serviceLines = serviceLists.flatMap((list) =>
    allServices.flatMap((service) => {
      if (!list.locationId) return [{ id: uuidv7(), priceListId: list.id, serviceId: service.id, priceOverride: null, ...stamps }];
      if (refs.random() > 0.8) return [];
      const override = refs.random() < 0.15 ? money(varied(Number(service.price), refs.random())) : null;
      return [{ id: uuidv7(), priceListId: list.id, serviceId: service.id, priceOverride: override, ...stamps }];
    }),
  );
  await insertRows(tx, servicePriceListLine, serviceLines);

  places.forEach((p, i) => {
    refs.itemPriceLists.set(p.code, itemLists[i]!.id);
    refs.servicePriceLists.set(p.code, serviceLists[i]!.id);
  });
};
