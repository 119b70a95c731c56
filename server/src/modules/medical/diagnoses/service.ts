import { Rights } from '../../../../../common/rights.ts';
import { codeOrNameSearch, registerService } from '../../../platform/register/service.ts';
import { diagnosis } from '../tables.ts';

export type Diagnosis = Omit<typeof diagnosis.$inferSelect, 'deletedAt'>;
export interface DiagnosisInput {
  code: string;
  name: string;
}

/**
 * Diagnoses (domain.md 1.4): a national register. openIMIS has no rights to edit it, only to upload
 * and download it; Kinga lets every logged-in user read it (claim entry needs it) and lets holders
 * of the upload right (131001) change it.
 */
export const diagnosisRights = { search: 'login' as const, add: Rights.diagnosesUpload, edit: Rights.diagnosesUpload, delete: Rights.diagnosesUpload };

export const diagnoses = registerService<Diagnosis, DiagnosisInput>({
  entity: 'diagnosis',
  table: diagnosis,
  auditTables: ['diagnosis'],
  versioned: true,
  sorts: { code: diagnosis.code, name: diagnosis.name },
  defaultSort: 'code',
  search: codeOrNameSearch(diagnosis.code, diagnosis.name),
  toRow: (input) => ({ code: input.code, name: input.name }),
});
