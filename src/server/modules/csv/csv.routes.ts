import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import { AndonError, notFound } from '#domain/errors.ts';
import { actorOf, type AppContext, type ZodApp } from '../../context.ts';
import { problems } from '../../http/common.ts';
import { localeOf } from '../../http/locale.ts';
import { exportCsv } from './csv.export.ts';
import { importCsv } from './csv.import.ts';
import { type ImportJob, ImportJobs } from './csv.jobs.ts';
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
  })
  .meta({ id: 'ImportJob' });

function present(job: ImportJob): z.infer<typeof Job> {
  const { owner: _o, errorFile: _f, ...rest } = job;
  return rest;
}

/**
 * CSV import and export of targets, complaints and issue codes. An import is a job: create it,
 * PUT the file (text/csv, streamed in bounded memory), and poll the job for progress meanwhile;
 * errors.csv lists every row that was not imported (line, column, reason).
 */
export function csvRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['csv'];
  const jobs = new ImportJobs(path.join(ctx.config.dataDir, 'imports'));
  // The body of an upload is the raw stream: the import reads it as it arrives.
  app.addContentTypeParser(['text/csv', 'application/csv'], (_req, payload, done) => done(null, payload));
  const mine = (id: string, ref: string | undefined) => {
    const job = jobs.get(id);
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
      async (req, reply) => reply.code(201).send(present(jobs.create(kind, req.principal?.ref ?? 'anonymous'))),
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
        const job = mine(req.params.id, req.principal?.ref);
        if (job.status !== 'waiting') throw new AndonError('illegal_transition', { andonId: job.id, state: job.status, action: 'upload' });
        if (!req.headers['content-type']?.match(/^(text|application)\/csv/)) throw new AndonError('unsupported_media_type', { type: req.headers['content-type'] ?? '' });
        const length = Number(req.headers['content-length']);
        job.totalBytes = Number.isFinite(length) ? length : null;
        job.status = 'running';
        try {
          const summary = await importCsv(kind, req.body as Readable, {
            writer: ctx.writer,
            actor: actorOf(req),
            locale: localeOf(req),
            errors: fs.createWriteStream(job.errorFile),
            matching: ctx.matching,
            onProgress: (p) => Object.assign(job, p),
          });
          jobs.finish(job, summary);
        } catch (error) {
          jobs.finish(job, null);
          throw error;
        }
        return present(job);
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
    async (req) => present(mine(req.params.id, req.principal?.ref)),
  );
  app.get(
    '/imports/:id/errors.csv',
    { config: { permission: 'authenticated' }, schema: { tags, summary: 'The rows not imported: line, column, code, reason', params: z.object({ id: z.string().max(100) }), response: { 200: z.string(), ...problems(401, 404) } } },
    async (req, reply) => {
      const job = mine(req.params.id, req.principal?.ref);
      if (!fs.existsSync(job.errorFile)) return reply.type('text/csv; charset=utf-8').send('line,column,code,reason\n');
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${job.kind}-errors.csv"`).send(fs.createReadStream(job.errorFile) as unknown as string);
    },
  );
}
