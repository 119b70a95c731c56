import type { DemoSeeder } from '../../seed/demo-refs.ts';

// Being written (registers issue): this module's demo data is added here.
export const seedMedicalDemo: DemoSeeder = async () => {};
