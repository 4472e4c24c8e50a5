import type { AppContext, ZodApp } from '../../context.ts';
import { problems } from '../../http/common.ts';
import {
  AndonMetrics,
  AndonMetricsQuery,
  BadAndonRates,
  MissedAndons,
  MissedAndonsQuery,
  PeriodQuery,
  RootCausePareto,
  ScorecardQuery,
  Scorecards,
} from './metrics.schema.ts';
import { andonMetrics, badAndonRates, missedAndons, rootCausePareto, scorecards } from './metrics.service.ts';

export function metricsRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['metrics'];
  const db = ctx.database.db;
  app.get(
    '/metrics/andons',
    {
      config: { permission: 'metrics:read' },
      schema: {
        tags,
        summary: 'Pulls and what became of them, in total and grouped (period, target kind, supplier/partner, team, problem)',
        description: 'Valid/invalid, relist and retire rates, recurrence after relisting, complaints after the pull, median hours to pull, to containment, to root cause, lamp-on time, GMV paused.',
        querystring: AndonMetricsQuery,
        response: { 200: AndonMetrics, ...problems(400) },
      },
    },
    async (req) => andonMetrics(db, req.query),
  );
  app.get(
    '/metrics/bad-andon-rate',
    {
      config: { permission: 'metrics:read' },
      schema: { tags, summary: "The bad-andon rate per manager: invalid ÷ all pulls of the manager's team (never charged to agents)", querystring: PeriodQuery, response: { 200: BadAndonRates, ...problems(400) } },
    },
    async (req) => badAndonRates(db, req.query),
  );
  app.get(
    '/metrics/missed-andons',
    {
      config: { permission: 'metrics:read' },
      schema: { tags, summary: 'Missed andons per team: the rule met and nobody pulled within N hours', querystring: MissedAndonsQuery, response: { 200: MissedAndons, ...problems(400) } },
    },
    async (req) => missedAndons(db, req.query),
  );
  app.get(
    '/metrics/root-causes',
    { config: { permission: 'metrics:read' }, schema: { tags, summary: 'The Pareto of root-cause categories', querystring: PeriodQuery, response: { 200: RootCausePareto, ...problems(400) } } },
    async (req) => rootCausePareto(db, req.query),
  );
  app.get(
    '/metrics/scorecards',
    { config: { permission: 'metrics:read' }, schema: { tags, summary: 'Supplier and partner scorecards', querystring: ScorecardQuery, response: { 200: Scorecards, ...problems(400) } } },
    async (req) => scorecards(db, req.query),
  );
}
