import type { ModuleRoutes } from '../../platform/http/types.ts';
import { medicalItemRoutes } from './items/routes.ts';
import { priceListRoutesAll } from './price-lists/routes.ts';
import { medicalServiceRoutes } from './services/routes.ts';

/** Items, services and price lists (diagnoses register their own routes in app.ts). */
export const medicalRoutes: ModuleRoutes = async (app, platform) => {
  await medicalItemRoutes(app, platform);
  await medicalServiceRoutes(app, platform);
  await priceListRoutesAll(app, platform);
};
