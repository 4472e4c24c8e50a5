import type { Readable } from 'node:stream';
import { z } from 'zod';
import { AndonError, notFound } from '#domain/errors.ts';
import { type Locale, translate } from '#i18n/index.ts';
import { actorOf, type AppContext, type ZodApp } from '../../context.ts';
import { problems } from '../../http/common.ts';
import { localeOf } from '../../http/locale.ts';
import { exportCsv } from './csv.export.ts';
import { importCsv, type ImportSummary } from './csv.import.ts';
import { type ImportJob, ImportJobLost, ImportJobs } from './csv.jobs.ts';
import { csvKinds, kinds } from './csv.kinds.ts';

const Job = z
  .object({
    id: z.string(),
    kind: z.enum(csvKinds),
    status: z.enum(['waiting', 'running', 'done', 'failed']),
    rows: z.number().int().describe('data rows read so far'),
    imported: z.number().int(),
    failed: z.number().int().describe('rows with errors (each listed in errors.csv: line, column, reason)'),
    bytes: z.number().int(),
    totalBytes: z.number().int().nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
    seconds: z.number().nullable(),
    reason: z.string().nullable().describe('why a failed import stopped as a whole (its server went away, the upload broke off); null otherwise'),
  })
  .meta({ id: 'ImportJob' });

function present(job: ImportJob, locale: Locale): z.infer<typeof Job> {
  const { owner: _o, failure, ...rest } = job;
  return { ...rest, reason: failure ? translate(locale, `csv.reasons.${failure}`) : null };
}

/**
 * CSV import and export of targets, complaints and issue codes. An import is a job: create it,
 * PUT the file (text/csv, streamed in bounded memory), and poll the job for progress meanwhile;
 * errors.csv lists every row that was not imported (line, column, reason). Jobs live in the
 * database, so each of these calls may reach a different instance.
 */
export function csvRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['csv'];
  const jobs = new ImportJobs(ctx.database.db, ctx.writer, {
    retentionMs: ctx.config.importRetentionMs,
    log: (err) => app.log.warn({ err }, 'sweeping old CSV import jobs failed'),
  });
  app.addHook('onClose', () => jobs.settle());
  // The body of an upload is the raw stream: the import reads it as it arrives.
  app.addContentTypeParser(['text/csv', 'application/csv'], (_req, payload, done) => done(null, payload));
  const mine = async (id: string, ref: string | undefined) => {
    const job = await jobs.get(id);
    if (!job || job.owner !== (ref ?? 'anonymous')) throw notFound('import', id);
    return job;
  };

  for (const kind of csvKinds) {
    const spec = kinds[kind];
    app.post(
      `/imports/${kind}`,
      {
        config: { permission: spec.writePermission },
        schema: { tags, summary: `Start an import of ${kind}: then PUT the CSV to /imports/${kind}/{id}`, response: { 201: Job, ...problems(401, 403) } },
      },
      async (req, reply) => reply.code(201).send(present(await jobs.create(kind, req.principal?.ref ?? 'anonymous', actorOf(req)), localeOf(req))),
    );
    app.put(
      `/imports/${kind}/:id`,
      {
        config: { permission: spec.writePermission },
        schema: {
          tags,
          summary: `Upload the ${kind} CSV (header: ${spec.columns.join(', ')}); answers when every row is imported or reported`,
          params: z.object({ id: z.string().max(100) }),
          response: { 200: Job, ...problems(400, 401, 403, 404, 409, 415) },
        },
      },
      async (req) => {
        const job = await mine(req.params.id, req.principal?.ref);
        const busy = (state: string) => new AndonError('illegal_transition', { andonId: job.id, state, action: 'upload' });
        if (job.status !== 'waiting') throw busy(job.status);
        if (!req.headers['content-type']?.match(/^(text|application)\/csv/)) throw new AndonError('unsupported_media_type', { type: req.headers['content-type'] ?? '' });
        const length = Number(req.headers['content-length']);
        const actor = actorOf(req);
        const locale = localeOf(req);
        // Taken atomically: two uploads of one job, even on two instances, cannot both run.
        const run = await jobs.start(job, Number.isFinite(length) ? length : null, actor);
        if (!run) throw busy((await jobs.get(job.id))?.status ?? 'running');
        let summary: ImportSummary;
        try {
          summary = await importCsv(kind, req.body as Readable, {
            writer: ctx.writer,
            actor,
            locale,
            onErrors: (rows) => run.errors(rows),
            signal: run.signal,
            matching: ctx.matching,
            onProgress: (p) => run.progress(p),
          });
        } catch (error) {
          await run.finish(null).catch(() => false);
          // Declared abandoned by another instance (this one stalled): the job says so.
          if (!(error instanceof ImportJobLost)) throw error;
          return present((await jobs.get(job.id))!, locale);
        }
        await run.finish(summary);
        return present((await jobs.get(job.id))!, locale);
      },
    );
    app.get(
      `/exports/${kind}.csv`,
      {
        config: { permission: spec.readPermission },
        schema: { tags, summary: `Every ${kind} row as CSV (streamed; imports back as it is)`, response: { 200: z.string(), ...problems(401, 403) } },
      },
      async (_req, reply) =>
        reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${kind}.csv"`)
          .send(exportCsv(kind, ctx.database.db) as unknown as string),
    );
  }
  app.get(
    '/imports/:id',
    { config: { permission: 'authenticated' }, schema: { tags, summary: 'An import’s progress (yours only)', params: z.object({ id: z.string().max(100) }), response: { 200: Job, ...problems(401, 404) } } },
    async (req) => present(await mine(req.params.id, req.principal?.ref), localeOf(req)),
  );
  app.get(
    '/imports/:id/errors.csv',
    { config: { permission: 'authenticated' }, schema: { tags, summary: 'The rows not imported: line, column, code, reason', params: z.object({ id: z.string().max(100) }), response: { 200: z.string(), ...problems(401, 404) } } },
    async (req, reply) => {
      const job = await mine(req.params.id, req.principal?.ref);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${job.kind}-errors.csv"`)
        .send(jobs.errorsCsv(job, localeOf(req)) as unknown as string);
    },
  );
}
