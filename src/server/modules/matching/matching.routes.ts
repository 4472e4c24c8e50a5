import { z } from 'zod';
import { act, actorOf, type AppContext, type ZodApp } from '../../context.ts';
import { IdParams, problems } from '../../http/common.ts';
import { localeOf } from '../../http/locale.ts';
import {
  ConceptParams,
  DecisionBody,
  KindParams,
  MatchingSetting,
  MatchingSettingBody,
  MatchingStatus,
  PreviewBody,
  ProblemGroups,
  ProblemLink,
  SimilarQuery,
  SimilarResult,
  Term,
  TermBody,
} from './matching.schema.ts';
import {
  decideSameProblem,
  deleteMatchTerm,
  matchingSettings,
  previewSimilar,
  problemGroupsOf,
  saveMatchTerm,
  setMatchingMode,
  similarToComplaint,
  userTerms,
} from './matching.service.ts';

export function matchingRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['matching'];
  const engine = ctx.matching;
  // What agents confirm and the terms users add change the matcher: rebuild it, at most once a minute.
  let rebuild: NodeJS.Timeout | null = null;
  const rebuildSoon = () => {
    rebuild ??= setTimeout(() => {
      rebuild = null;
      engine.rebuild(ctx.database.db).catch((err: unknown) => app.log.error({ err }, 'matcher rebuild failed'));
    }, ctx.config.matchingRebuildMs);
    rebuild.unref();
  };
  app.addHook('onClose', async () => {
    if (rebuild) clearTimeout(rebuild);
  });

  app.get(
    '/complaints/:id/similar',
    {
      config: { permission: 'complaints:read' },
      schema: {
        tags,
        summary: "A complaint's look-alikes among its target's earlier complaints, most alike first",
        params: IdParams,
        querystring: SimilarQuery,
        response: { 200: SimilarResult, ...problems(400, 401, 403, 404) },
      },
    },
    async (req) => similarToComplaint(ctx.database.db, engine, req.params.id, req.query.limit, localeOf(req), req.query.among),
  );
  app.post(
    '/matching/preview',
    {
      config: { permission: 'complaints:write' },
      schema: {
        tags,
        summary: "Look-alikes for words not yet recorded (while the agent types)",
        body: PreviewBody,
        response: { 200: SimilarResult, ...problems(400, 401, 403, 415, 422) },
      },
    },
    async (req) => {
      const body = req.body.customerRef ? { ...req.body, customerRef: ctx.customerRef(req.body.customerRef) } : req.body;
      return previewSimilar(ctx.database.db, engine, body, localeOf(req));
    },
  );
  app.post(
    '/complaints/:id/same-problem',
    {
      config: { permission: 'complaints:write' },
      schema: {
        tags,
        summary: 'An agent confirms (joins one problem group) or rejects that two complaints are the same problem',
        params: IdParams,
        body: DecisionBody,
        response: { 200: ProblemLink, ...problems(400, 401, 403, 404, 415, 422) },
      },
    },
    async (req) => {
      const { by, actor } = act(req, 'decidedBy', req.body.decidedBy);
      const link = await ctx.writer.run((tx) => decideSameProblem(tx, req.params.id, { ...req.body, decidedBy: by }), actor);
      if (link.verdict === 'confirm') rebuildSoon();
      return link;
    },
  );
  app.get(
    '/targets/:id/problem-groups',
    {
      config: { permission: 'complaints:read' },
      schema: { tags, summary: "A target's problem groups, as agents confirmed them", params: IdParams, response: { 200: ProblemGroups, ...problems(401, 403, 404) } },
    },
    async (req) => problemGroupsOf(ctx.database.db, req.params.id),
  );
  app.get(
    '/matching',
    {
      config: { permission: 'config:read' },
      schema: { tags, summary: 'The matcher in use, its threshold and how it was settled, settings, learned synonyms', response: { 200: MatchingStatus, ...problems(401, 403) } },
    },
    async () => {
      const c = engine.calibration;
      return {
        matcher: engine.name,
        threshold: engine.threshold,
        calibration: c && { method: c.method, withinPairs: c.withinPairs, decoyPairs: c.decoyPairs, expectedF1: c.expectedF1 },
        settings: (await matchingSettings(ctx.database.db)).map((s) => ({ ...s, targetKind: s.targetKind as z.infer<typeof MatchingSetting>['targetKind'] })),
        learnedSynonyms: engine.learnedSynonyms.map((s) => ({ from: s.from, to: s.to, support: s.support })),
      };
    },
  );
  app.put(
    '/matching/settings/:kind',
    {
      config: { permission: 'config:write' },
      schema: {
        tags,
        summary: "How a target kind's rule decides \"same problem\": by issue code, by text, or either",
        params: KindParams,
        body: MatchingSettingBody,
        response: { 200: MatchingSetting, ...problems(400, 401, 403, 415) },
      },
    },
    async (req) => ctx.writer.run((tx) => setMatchingMode(tx, req.params.kind, req.body), actorOf(req)),
  );
  app.get(
    '/matching/terms',
    {
      config: { permission: 'config:read' },
      schema: { tags, summary: "The deployment's own bilingual terms (added to the built-in table)", response: { 200: z.object({ items: z.array(Term) }), ...problems(401, 403) } },
    },
    async () => ({ items: (await userTerms(ctx.database.db)).map((t) => ({ concept: t.concept, terms: [...t.terms] })) }),
  );
  app.put(
    '/matching/terms/:concept',
    {
      config: { permission: 'config:write' },
      schema: { tags, summary: 'Adds or replaces a term: one concept, its words in any language', params: ConceptParams, body: TermBody, response: { 200: Term, ...problems(400, 401, 403, 415) } },
    },
    async (req) => {
      const term = await ctx.writer.run((tx) => saveMatchTerm(tx, req.params.concept, req.body.terms), actorOf(req));
      rebuildSoon();
      return term;
    },
  );
  app.delete(
    '/matching/terms/:concept',
    { config: { permission: 'config:write' }, schema: { tags, summary: 'Removes a term', params: ConceptParams, response: { 204: z.null(), ...problems(401, 403, 404) } } },
    async (req, reply) => {
      await ctx.writer.run((tx) => deleteMatchTerm(tx, req.params.concept), actorOf(req));
      rebuildSoon();
      return reply.code(204).send(null);
    },
  );
}
