import { notFound } from '#domain/errors.ts';
import { act, type AppContext, type ZodApp } from '../../context.ts';
import type { Actor } from '../../db/writer.ts';
import { ownOrganisation } from '../../http/authenticate.ts';
import type { Tx } from '../../db/writer.ts';
import { IdParams, problems } from '../../http/common.ts';
import { localeOf } from '../../http/locale.ts';
import { recordRectification } from '../work-orders/records.service.ts';
import { presentDetail, redactForSupplier, visibleAndon } from './andons.routes.ts';
import { AndonDetail, RectificationBody, RelistBody, RetireBody, ReviewBody } from './andons.schema.ts';
import { getAndonDetail } from './andons.service.ts';
import { relistAndon, retireAndon, reviewAndon } from './lifecycle.service.ts';

/** From pull to relist: the rectification, the relist, the retirement and the manager's review. */
export function andonLifecycleRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['andons'];
  async function run(req: Parameters<typeof localeOf>[0], actor: Actor, command: (tx: Tx) => Promise<{ id: string }>) {
    const andon = await ctx.writer.run(command, actor);
    const detail = await getAndonDetail(ctx.database.db, andon.id);
    if (!detail) throw notFound('andon', andon.id);
    return presentDetail(detail, localeOf(req));
  }
  app.post(
    '/andons/:id/rectification',
    {
      config: { permission: 'andons:rectify', scoped: true },
      schema: {
        tags,
        summary: 'Record the rectification (the fix) and the criteria for its acceptance',
        description: 'Allowed once the root cause is recorded and every corrective action is done (409 illegal_transition lists what is missing). Opens the acceptance work order.',
        params: IdParams,
        body: RectificationBody,
        response: { 200: AndonDetail, ...problems(400, 401, 403, 404, 409, 415) },
      },
    },
    async (req) => {
      // The supplier fixes its own products (the responsible party's rectification), no one else's.
      const organisationId = ownOrganisation(req);
      if (organisationId !== null) await visibleAndon(ctx, req.params.id, organisationId);
      const { by, actor } = act(req, 'recordedBy', req.body.recordedBy);
      const detail = await run(req, actor, async (tx) => (await recordRectification(tx, req.params.id, { ...req.body, recordedBy: by })).andon);
      return organisationId === null ? detail : redactForSupplier(detail);
    },
  );
  app.post(
    '/andons/:id/relist',
    {
      config: { permission: 'andons:relist' },
      schema: {
        tags,
        summary: 'Relist: the target goes back on sale (probation starts)',
        description:
          'Only after containment, the root cause, every corrective action, the rectification and a passed independent acceptance; otherwise 409 relist_refused with `missing` listing exactly what is still missing. Another open andon on the target keeps it off sale.',
        params: IdParams,
        body: RelistBody,
        response: { 200: AndonDetail, ...problems(400, 401, 403, 404, 409, 415) },
      },
    },
    async (req) => {
      const { by, actor } = act(req, 'relistedBy', req.body.relistedBy);
      return run(req, actor, (tx) => relistAndon(tx, req.params.id, { ...req.body, relistedBy: by }));
    },
  );
  app.post(
    '/andons/:id/retire',
    {
      config: { permission: 'andons:relist' },
      schema: {
        tags,
        summary: 'Retire: the target is not coming back (e.g. a repair shop that could not rectify)',
        params: IdParams,
        body: RetireBody,
        response: { 200: AndonDetail, ...problems(400, 401, 403, 404, 409, 415) },
      },
    },
    async (req) => {
      const { by, actor } = act(req, 'retiredBy', req.body.retiredBy);
      return run(req, actor, (tx) => retireAndon(tx, req.params.id, { ...req.body, retiredBy: by }));
    },
  );
  app.post(
    '/andons/:id/review',
    {
      config: { permission: 'andons:review' },
      schema: {
        tags,
        summary: "The manager's review: valid (the reward is granted) or invalid with a reason code",
        description:
          'Invalid: the reward is void, the agent is not penalised (the bad-andon rate is charged to the manager), and an open andon closes as invalid: its target is relisted at once. Once per andon (409 already_reviewed); never by the puller (422 not_independent).',
        params: IdParams,
        body: ReviewBody,
        response: { 200: AndonDetail, ...problems(400, 401, 403, 404, 409, 415, 422) },
      },
    },
    async (req) => {
      const { by, actor } = act(req, 'reviewedBy', req.body.reviewedBy);
      return run(req, actor, (tx) => reviewAndon(tx, req.params.id, { ...req.body, reviewedBy: by }));
    },
  );
}
