import { Type } from 'typebox';
import { CodeOf, Instant, Uuid } from '../../../platform/http/schemas.ts';
import type { ModuleRoutes } from '../../../platform/http/types.ts';
import { registerRoutes } from '../../../platform/register/routes.ts';
import { diagnoses, diagnosisRights, type Diagnosis, type DiagnosisInput } from './service.ts';

const Code = CodeOf(6);

export const DiagnosisSchema = Type.Object({
  id: Uuid,
  code: Type.String(),
  name: Type.String(),
  version: Type.Integer(),
  createdAt: Instant,
  updatedAt: Instant,
});

export const diagnosisRoutes: ModuleRoutes = (app, platform) =>
  registerRoutes<Diagnosis, DiagnosisInput>(app, platform, {
    path: '/diagnoses',
    tag: 'diagnoses',
    noun: 'diagnosis',
    plural: 'diagnoses',
    rights: diagnosisRights,
    view: DiagnosisSchema,
    input: Type.Object({ code: Code, name: Type.String({ minLength: 1, maxLength: 255 }) }, { additionalProperties: false }),
    service: diagnoses,
  });
