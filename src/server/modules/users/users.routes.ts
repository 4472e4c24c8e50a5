import { notFound } from '#domain/errors.ts';
import { actorOf, type AppContext, type ZodApp } from '../../context.ts';
import { pageOf } from '../../db/pagination.ts';
import { IdParams, page, problems } from '../../http/common.ts';
import { CreatedUser, CreateUserBody, ListUsersQuery, ResetPasswordBody, UpdateUserBody, User } from './users.schema.ts';
import { addUser, resetPassword } from './bootstrap.ts';
import { findUser, listUsers, presentUser, updateUser } from './users.service.ts';

/** People: who may sign in, with which role (admins only). */
export function userRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['users'];
  const config = { permission: 'users:manage' } as const;
  app.get(
    '/users',
    { config, schema: { tags, summary: 'List the people who may sign in', querystring: ListUsersQuery, response: { 200: page(User), ...problems(400, 401, 403) } } },
    async (req) => {
      const result = pageOf(await listUsers(ctx.database.db, req.query), req.query.limit, (u) => u.id);
      return { items: result.items.map(presentUser), nextCursor: result.nextCursor };
    },
  );
  app.post(
    '/users',
    {
      config,
      schema: {
        tags,
        summary: 'Add a person: email, name, role (a supplier user also an organisation); a temporary password unless one is given',
        body: CreateUserBody,
        response: { 201: CreatedUser, ...problems(400, 401, 403, 409, 415, 422) },
      },
    },
    async (req, reply) => {
      const { user, ...shownOnce } = await addUser(ctx.writer, req.body, actorOf(req));
      return reply.code(201).header('cache-control', 'no-store').send({ user: presentUser(user), ...shownOnce });
    },
  );
  app.get(
    '/users/:id',
    { config, schema: { tags, summary: 'Get a person', params: IdParams, response: { 200: User, ...problems(401, 403, 404) } } },
    async (req) => {
      const user = await findUser(ctx.database.db, req.params.id);
      if (!user) throw notFound('user', req.params.id);
      return presentUser(user);
    },
  );
  app.patch(
    '/users/:id',
    {
      config,
      schema: {
        tags,
        summary: "Change a person's details, role or organisation, or deactivate them (audited before and after)",
        description: 'The last active admin can be neither demoted nor deactivated (409 last_admin). Deactivating signs the person out everywhere.',
        params: IdParams,
        body: UpdateUserBody,
        response: { 200: User, ...problems(400, 401, 403, 404, 409, 415, 422) },
      },
    },
    async (req) => {
      const user = await ctx.writer.run((tx) => updateUser(tx, req.params.id, req.body), actorOf(req));
      ctx.auth.forget({ userId: user.id });
      return presentUser(user);
    },
  );
  app.post(
    '/users/:id/password',
    {
      config,
      schema: {
        tags,
        summary: "Reset a person's password: they are signed out everywhere and must change it at the next sign-in",
        description: 'Also lifts a lockout after too many failed sign-ins. Without a password in the body, a temporary one is made and shown once.',
        params: IdParams,
        body: ResetPasswordBody,
        response: { 200: CreatedUser, ...problems(400, 401, 403, 404, 415, 422) },
      },
    },
    async (req, reply) => {
      const { user, ...shownOnce } = await resetPassword(ctx.writer, ctx.database.db, req.params.id, req.body.password, actorOf(req));
      ctx.auth.forget({ userId: user.id });
      return reply.header('cache-control', 'no-store').send({ user: presentUser(user), ...shownOnce });
    },
  );
}
