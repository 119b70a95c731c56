import type { ModuleRoutes } from '../../platform/http/types.ts';

// Being written (registers issue): the routes of this module's registers are added here.
export const medicalRoutes: ModuleRoutes = () => {};
