import { notFound } from '#domain/errors.ts';
import type { AppContext, ZodApp } from '../../context.ts';
import { problems } from '../../http/common.ts';
import { StatusBatch, StatusBatchBody, StatusBatchQuery, StatusParams, TargetStatus } from './status.schema.ts';
import type { StatusIndex } from './status-index.ts';
import { zodValidator } from '../../http/zod.ts';

/** The status answers' headers (this scope goes without helmet's per-request cost: a JSON answer needs only these). */
const jsonHeaders = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

// Control characters, and the surrounding spaces zod's trim would remove.
// eslint-disable-next-line no-control-regex
const unsafeRef = /[\u0000-\u001F\u007F]|^\s|\s$/;

/** A ref the route takes as it is (the common case); anything else is checked by zod, for its worded issues. */
export const isPlainRef = (ref: unknown): ref is string =>
  typeof ref === 'string' && ref.length > 0 && ref.length <= 200 && !unsafeRef.test(ref);

/** The batch answer, assembled from the entries' ready-made JSON. */
function batchJson(index: StatusIndex, refs: readonly string[]): string {
  const items: string[] = [];
  const unknown: string[] = [];
  for (const ref of refs) {
    const entry = index.get(ref);
    if (entry) items.push(entry.json);
    else unknown.push(ref);
  }
  return `{"items":[${items.join(',')}],"unknown":${JSON.stringify(unknown)}}`;
}

export function statusRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['status'];
  const index = ctx.statusIndex;
  app.get(
    '/status/:ref',
    {
      config: { permission: 'status:read' },
      schema: {
        tags,
        summary: 'Is this target on sale? (the storefront asks on every page view)',
        params: StatusParams,
        response: { 200: TargetStatus, ...problems(400, 404) },
      },
      // The hottest route: a plain check for the common case; zod (for its worded issues) only on failure.
      validatorCompiler: ({ schema }) => (data) => {
        if (isPlainRef((data as { ref?: unknown }).ref)) return { value: data };
        return zodValidator(schema as never)(data) as { value: unknown };
      },
    },
    async (req, reply) => {
      const entry = index.get(req.params.ref);
      if (!entry) throw notFound('target', req.params.ref);
      return reply.headers(jsonHeaders).type('application/json; charset=utf-8').send(entry.json as never);
    },
  );
  app.get(
    '/status',
    {
      config: { permission: 'status:read' },
      schema: { tags, summary: 'Status of many targets (comma-separated refs)', querystring: StatusBatchQuery, response: { 200: StatusBatch, ...problems(400) } },
    },
    async (req, reply) =>
      reply.headers(jsonHeaders).type('application/json; charset=utf-8').send(batchJson(index, req.query.refs) as never),
  );
  app.post(
    '/status/batch',
    {
      config: { permission: 'status:read' },
      schema: { tags, summary: 'Status of up to 1000 targets', body: StatusBatchBody, response: { 200: StatusBatch, ...problems(400, 413, 415) } },
    },
    async (req, reply) =>
      reply.headers(jsonHeaders).type('application/json; charset=utf-8').send(batchJson(index, req.body.refs) as never),
  );
}
