import { Type } from 'typebox';
import { Rights, rightsCatalogue } from '../../../../common/rights.ts';
import { principalOf, requireLogin, requireRight } from '../../platform/auth/plugin.ts';
import { expectedVersion, setEtag } from '../../platform/http/concurrency.ts';
import { HistoryEntrySchema, IdParams, Instant, ListQueryBase, Nullable, ProblemSchema, Uuid, errorResponses, pageOf } from '../../platform/http/schemas.ts';
import { contextOf, type ModuleRoutes } from '../../platform/http/types.ts';
import type { TokenSigner } from '../../platform/auth/tokens.ts';
import { languages } from '../../platform/i18n.ts';
import { login, logout, refresh } from './auth-service.ts';
import {
  changeOwnPassword,
  createUser,
  ownProfile,
  deleteUser,
  getUser,
  listUsers,
  unlockUser,
  updatePreferences,
  updateUser,
  userHistory,
} from './service.ts';
import { createRole, deleteRole, duplicateRole, getRole, listRoles, roleHistory, updateRole } from './role-service.ts';

const Language = Type.Union(
  languages.map((l) => Type.Literal(l)),
  { description: 'en, fr, ne (Nepali) or sw (Swahili)' },
);
const CalendarId = Type.Union([Type.Literal('gregorian'), Type.Literal('bikram-sambat')]);
const TokensSchema = Type.Object({ accessToken: Type.String(), refreshToken: Type.String(), expiresIn: Type.Integer(), tokenType: Type.Literal('Bearer') });

const UserSchema = Type.Object({
  id: Uuid,
  login: Type.String(),
  lastName: Type.String(),
  otherNames: Type.String(),
  language: Type.String(),
  calendar: Type.String(),
  phone: Nullable(Type.String()),
  email: Nullable(Type.String()),
  allDistricts: Type.Boolean(),
  healthFacilityId: Nullable(Uuid),
  locked: Type.Boolean(),
  roleIds: Type.Array(Uuid),
  districtIds: Type.Array(Uuid),
  version: Type.Integer(),
  createdAt: Instant,
  updatedAt: Instant,
});

const userFields = {
  login: Type.String({ minLength: 1, maxLength: 25, pattern: '^[^\\s]+$' }),
  lastName: Type.String({ minLength: 1, maxLength: 100 }),
  otherNames: Type.String({ minLength: 1, maxLength: 100 }),
  language: Type.Optional(Language),
  calendar: Type.Optional(CalendarId),
  phone: Type.Optional(Nullable(Type.String({ maxLength: 50 }))),
  email: Type.Optional(Nullable(Type.String({ maxLength: 200, format: 'email' }))),
  password: Type.Optional(Type.String({ maxLength: 200 })),
  roleIds: Type.Array(Uuid, { maxItems: 50 }),
  districtIds: Type.Array(Uuid, { maxItems: 500 }),
  allDistricts: Type.Optional(Type.Boolean()),
  healthFacilityId: Type.Optional(Nullable(Uuid)),
};
const UserBody = Type.Object(userFields, { additionalProperties: false });

const RoleSchema = Type.Object({
  id: Uuid,
  name: Type.String(),
  altLanguage: Nullable(Type.String()),
  isSystem: Type.Integer({ description: 'openIMIS system-role bit code; 0 for custom roles' }),
  isBlocked: Type.Boolean(),
  rights: Type.Array(Type.Integer()),
  userCount: Type.Integer(),
  version: Type.Integer(),
  createdAt: Instant,
  updatedAt: Instant,
});
const RoleBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 50 }),
    altLanguage: Type.Optional(Nullable(Type.String({ maxLength: 50 }))),
    isBlocked: Type.Optional(Type.Boolean()),
    rights: Type.Array(Type.Integer({ minimum: 100000, maximum: 999999 }), { maxItems: 1000 }),
  },
  { additionalProperties: false },
);

const MeSchema = Type.Object({
  userId: Uuid,
  login: Type.String(),
  lastName: Type.String(),
  otherNames: Type.String(),
  language: Type.String(),
  calendar: Type.String(),
  rights: Type.Array(Type.Integer()),
  scope: Type.Object({ all: Type.Boolean(), districtIds: Type.Array(Uuid), regionIds: Type.Array(Uuid), healthFacilityId: Nullable(Uuid) }),
});

const VersionHeader = Type.Object({ 'if-match': Type.Optional(Type.String()) });
const RefreshBody = Type.Object({ refreshToken: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false });

export function userRoutes(signer: TokenSigner): ModuleRoutes {
  return (app, platform) => {
    const authDeps = (request: { id: string; ip: string }) => ({ ...platform, signer, requestId: request.id, ip: request.ip });
    const auth = ['auth'];

    app.post(
      '/auth/login',
      {
        schema: {
          tags: auth,
          summary: 'Log in with login and password',
          security: [],
          body: Type.Object(
            { login: Type.String({ minLength: 1, maxLength: 100 }), password: Type.String({ minLength: 1, maxLength: 200 }) },
            { additionalProperties: false },
          ),
          response: { 200: TokensSchema, 400: ProblemSchema, 401: ProblemSchema },
        },
      },
      (request) => login(authDeps(request), request.body.login, request.body.password),
    );
    app.post(
      '/auth/refresh',
      {
        schema: {
          tags: auth,
          summary: 'Exchange a refresh token for new tokens (the old one stops working)',
          security: [],
          body: RefreshBody,
          response: { 200: TokensSchema, 400: ProblemSchema, 401: ProblemSchema },
        },
      },
      (request) => refresh(authDeps(request), request.body.refreshToken),
    );
    app.post(
      '/auth/logout',
      {
        schema: {
          tags: auth,
          summary: 'Log out: revoke the refresh token and its whole log-in',
          security: [],
          body: RefreshBody,
          response: { 204: Type.Null(), 400: ProblemSchema },
        },
      },
      async (request, reply) => {
        await logout(authDeps(request), request.body.refreshToken);
        return reply.code(204).send(null);
      },
    );
    app.get(
      '/auth/me',
      { schema: { tags: auth, summary: 'Who is logged in, with rights and scope', response: { 200: MeSchema, 401: ProblemSchema } }, preHandler: requireLogin },
      async (request) => {
        const p = principalOf(request);
        // Names and preferences come from the database: they may have changed since the token was issued.
        const profile = await ownProfile(contextOf(platform, request));
        return { userId: p.userId, login: p.login, ...profile, rights: [...p.rights].sort((a, b) => a - b), scope: p.scope };
      },
    );
    app.put(
      '/auth/me/preferences',
      {
        schema: {
          tags: auth,
          summary: 'Remember my language and calendar',
          body: Type.Object({ language: Type.Optional(Language), calendar: Type.Optional(CalendarId) }, { additionalProperties: false }),
          response: { 204: Type.Null(), ...errorResponses },
        },
        preHandler: requireLogin,
      },
      async (request, reply) => {
        await updatePreferences(contextOf(platform, request), request.body);
        return reply.code(204).send(null);
      },
    );
    app.post(
      '/auth/me/password',
      {
        schema: {
          tags: auth,
          summary: 'Change my password (logs out my other sessions)',
          body: Type.Object(
            { currentPassword: Type.String({ maxLength: 200 }), newPassword: Type.String({ maxLength: 200 }) },
            { additionalProperties: false },
          ),
          response: { 204: Type.Null(), ...errorResponses },
        },
        preHandler: requireLogin,
      },
      async (request, reply) => {
        await changeOwnPassword(contextOf(platform, request), request.body.currentPassword, request.body.newPassword);
        return reply.code(204).send(null);
      },
    );

    const users = ['users'];
    app.get(
      '/users',
      {
        schema: {
          tags: users,
          summary: 'Search and list users',
          querystring: Type.Object(
            {
              ...ListQueryBase,
              q: Type.Optional(Type.String({ maxLength: 100 })),
              roleId: Type.Optional(Uuid),
              districtId: Type.Optional(Uuid),
              sort: Type.Optional(Type.String()),
            },
            { additionalProperties: false },
          ),
          response: { 200: pageOf(UserSchema), ...errorResponses },
        },
        preHandler: requireRight(Rights.userSearch),
      },
      (request) => listUsers(contextOf(platform, request), request.query),
    );
    app.get(
      '/users/:id',
      {
        schema: { tags: users, summary: 'One user', params: IdParams, response: { 200: UserSchema, ...errorResponses } },
        preHandler: requireRight(Rights.userSearch),
      },
      async (request, reply) => {
        const user = await getUser(contextOf(platform, request), request.params.id);
        setEtag(reply, user.version);
        return user;
      },
    );
    app.get(
      '/users/:id/history',
      {
        schema: {
          tags: users,
          summary: 'Every change of a user, their roles and districts',
          params: IdParams,
          response: { 200: Type.Array(HistoryEntrySchema), ...errorResponses },
        },
        preHandler: requireRight(Rights.userSearch),
      },
      (request) => userHistory(contextOf(platform, request), request.params.id),
    );
    app.post(
      '/users',
      {
        schema: { tags: users, summary: 'Add a user', body: UserBody, response: { 201: UserSchema, 409: ProblemSchema, ...errorResponses } },
        preHandler: requireRight(Rights.userAdd),
      },
      async (request, reply) => {
        const user = await createUser(contextOf(platform, request), request.body);
        setEtag(reply, user.version).code(201).header('location', `/api/v1/users/${user.id}`);
        return user;
      },
    );
    app.put(
      '/users/:id',
      {
        schema: {
          tags: users,
          summary: 'Change a user (send If-Match; password only to reset it)',
          params: IdParams,
          headers: VersionHeader,
          body: UserBody,
          response: { 200: UserSchema, 409: ProblemSchema, 412: ProblemSchema, 428: ProblemSchema, ...errorResponses },
        },
        preHandler: requireRight(Rights.userEdit),
      },
      async (request, reply) => {
        const user = await updateUser(contextOf(platform, request), request.params.id, expectedVersion(request), request.body);
        setEtag(reply, user.version);
        return user;
      },
    );
    app.post(
      '/users/:id/unlock',
      {
        schema: { tags: users, summary: 'Lift a log-in lockout', params: IdParams, response: { 200: UserSchema, ...errorResponses } },
        preHandler: requireRight(Rights.userEdit),
      },
      (request) => unlockUser(contextOf(platform, request), request.params.id),
    );
    app.delete(
      '/users/:id',
      {
        schema: {
          tags: users,
          summary: 'Delete a user (soft; send If-Match)',
          params: IdParams,
          headers: VersionHeader,
          response: { 204: Type.Null(), 412: ProblemSchema, 422: ProblemSchema, 428: ProblemSchema, ...errorResponses },
        },
        preHandler: requireRight(Rights.userDelete),
      },
      async (request, reply) => {
        await deleteUser(contextOf(platform, request), request.params.id, expectedVersion(request));
        return reply.code(204).send(null);
      },
    );

    const roles = ['roles'];
    app.get(
      '/rights',
      {
        schema: {
          tags: roles,
          summary: 'The rights catalogue (openIMIS codes, by module)',
          response: { 200: Type.Array(Type.Object({ code: Type.Integer(), module: Type.String() })), 401: ProblemSchema },
        },
        preHandler: requireLogin,
      },
      () => rightsCatalogue,
    );
    app.get(
      '/roles',
      {
        schema: {
          tags: roles,
          summary: 'Search and list roles',
          querystring: Type.Object(
            { ...ListQueryBase, q: Type.Optional(Type.String({ maxLength: 50 })), system: Type.Optional(Type.Boolean()), sort: Type.Optional(Type.String()) },
            { additionalProperties: false },
          ),
          response: { 200: pageOf(RoleSchema), ...errorResponses },
        },
        preHandler: requireRight(Rights.roleSearch, Rights.userSearch),
      },
      (request) => listRoles(contextOf(platform, request), request.query),
    );
    app.get(
      '/roles/:id',
      {
        schema: { tags: roles, summary: 'One role with its rights', params: IdParams, response: { 200: RoleSchema, ...errorResponses } },
        preHandler: requireRight(Rights.roleSearch, Rights.userSearch),
      },
      async (request, reply) => {
        const r = await getRole(contextOf(platform, request), request.params.id);
        setEtag(reply, r.version);
        return r;
      },
    );
    app.get(
      '/roles/:id/history',
      {
        schema: {
          tags: roles,
          summary: 'Every change of a role and its rights',
          params: IdParams,
          response: { 200: Type.Array(HistoryEntrySchema), ...errorResponses },
        },
        preHandler: requireRight(Rights.roleSearch),
      },
      (request) => roleHistory(contextOf(platform, request), request.params.id),
    );
    app.post(
      '/roles',
      {
        schema: { tags: roles, summary: 'Add a role', body: RoleBody, response: { 201: RoleSchema, 409: ProblemSchema, ...errorResponses } },
        preHandler: requireRight(Rights.roleAdd),
      },
      async (request, reply) => {
        const r = await createRole(contextOf(platform, request), request.body);
        setEtag(reply, r.version).code(201);
        return r;
      },
    );
    app.post(
      '/roles/:id/duplicate',
      {
        schema: {
          tags: roles,
          summary: 'Copy a role and its rights into a new role',
          params: IdParams,
          body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 50 }) }, { additionalProperties: false }),
          response: { 201: RoleSchema, 409: ProblemSchema, ...errorResponses },
        },
        preHandler: requireRight(Rights.roleDuplicate),
      },
      async (request, reply) => {
        const r = await duplicateRole(contextOf(platform, request), request.params.id, request.body.name);
        setEtag(reply, r.version).code(201);
        return r;
      },
    );
    app.put(
      '/roles/:id',
      {
        schema: {
          tags: roles,
          summary: 'Change a role (send If-Match)',
          params: IdParams,
          headers: VersionHeader,
          body: RoleBody,
          response: { 200: RoleSchema, 409: ProblemSchema, 412: ProblemSchema, 428: ProblemSchema, ...errorResponses },
        },
        preHandler: requireRight(Rights.roleEdit),
      },
      async (request, reply) => {
        const r = await updateRole(contextOf(platform, request), request.params.id, expectedVersion(request), request.body);
        setEtag(reply, r.version);
        return r;
      },
    );
    app.delete(
      '/roles/:id',
      {
        schema: {
          tags: roles,
          summary: 'Delete a custom role no user has (soft; send If-Match)',
          params: IdParams,
          headers: VersionHeader,
          response: { 204: Type.Null(), 409: ProblemSchema, 412: ProblemSchema, 428: ProblemSchema, ...errorResponses },
        },
        preHandler: requireRight(Rights.roleDelete),
      },
      async (request, reply) => {
        await deleteRole(contextOf(platform, request), request.params.id, expectedVersion(request));
        return reply.code(204).send(null);
      },
    );
  };
}
