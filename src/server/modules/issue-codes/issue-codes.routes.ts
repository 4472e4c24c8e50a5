import { notFound } from '#domain/errors.ts';
import { actorOf, type AppContext, type ZodApp } from '../../context.ts';
import { pageOf } from '../../db/pagination.ts';
import { page, problems } from '../../http/common.ts';
import { findIssueCode, listIssueCodes } from './issue-codes.repository.ts';
import {
  CreateIssueCodeBody,
  IssueCode,
  IssueCodeParams,
  ListIssueCodesQuery,
  UpdateIssueCodeBody,
} from './issue-codes.schema.ts';
import { createIssueCode, updateIssueCode } from './issue-codes.service.ts';

export function issueCodeRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['issue codes'];
  app.post(
    '/issue-codes',
    {
      config: { permission: 'config:write' },
      schema: { tags, summary: 'Add a problem to the taxonomy', body: CreateIssueCodeBody, response: { 201: IssueCode, ...problems(400, 409, 415) } },
    },
    async (req, reply) => reply.code(201).send(await ctx.writer.run((tx) => createIssueCode(tx, req.body), actorOf(req))),
  );
  app.get(
    '/issue-codes',
    // The taxonomy's names are what every signed-in person reads on every page (a supplier's people too).
    { config: { permission: 'authenticated' }, schema: { tags, summary: 'List the taxonomy', querystring: ListIssueCodesQuery, response: { 200: page(IssueCode), ...problems(400) } } },
    async (req) => pageOf(await listIssueCodes(ctx.database.db, req.query), req.query.limit, (c) => c.code),
  );
  app.get(
    '/issue-codes/:code',
    { config: { permission: 'authenticated' }, schema: { tags, summary: 'Get an issue code', params: IssueCodeParams, response: { 200: IssueCode, ...problems(400, 404) } } },
    async (req) =>
      (await findIssueCode(ctx.database.db, req.params.code)) ?? Promise.reject(notFound('issue code', req.params.code)),
  );
  app.patch(
    '/issue-codes/:code',
    {
      config: { permission: 'config:write' },
      schema: {
        tags,
        summary: 'Rename, re-flag or deactivate an issue code',
        params: IssueCodeParams,
        body: UpdateIssueCodeBody,
        response: { 200: IssueCode, ...problems(400, 404, 415) },
      },
    },
    async (req) => ctx.writer.run((tx) => updateIssueCode(tx, req.params.code, req.body), actorOf(req)),
  );
}
