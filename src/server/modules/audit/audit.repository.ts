import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { fromJson, toJson } from '../../db/dialect.ts';
import type { Database } from '../../db/schema.ts';
import type { Tx } from '../../db/writer.ts';

export interface AuditInput {
  action: string;
  subjectType: string;
  subjectId: string;
  andonId?: string | null;
  targetId?: string | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditEvent {
  id: string;
  at: string;
  actor: string;
  action: string;
  subjectType: string;
  subjectId: string;
  andonId: string | null;
  targetId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  via: string | null;
}

function auditRow(tx: Tx, input: AuditInput) {
  return {
    id: uuidv7(),
    at: tx.now.toISOString(),
    actor: tx.actor.id,
    action: input.action,
    subject_type: input.subjectType,
    subject_id: input.subjectId,
    andon_id: input.andonId ?? null,
    target_id: input.targetId ?? null,
    before: input.before === undefined ? null : toJson(input.before),
    after: input.after === undefined ? null : toJson(input.after),
    request_id: tx.actor.requestId ?? null,
    via: tx.actor.via ?? null,
  };
}

/** Appends an audit event in the caller's transaction; there is no update or delete. */
export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  await tx.db.insertInto('audit_events').values(auditRow(tx, input)).execute();
}

/** Appends many audit events in multi-row statements (bounded by SQLite's parameter limit). */
export async function recordAudits(tx: Tx, inputs: readonly AuditInput[], perStatement = 400): Promise<void> {
  for (let i = 0; i < inputs.length; i += perStatement) {
    await tx.db
      .insertInto('audit_events')
      .values(inputs.slice(i, i + perStatement).map((input) => auditRow(tx, input)))
      .execute();
  }
}

export async function listAuditEvents(
  db: Kysely<Database>,
  filter: {
    andonId?: string | undefined;
    targetId?: string | undefined;
    subjectType?: string | undefined;
    subjectId?: string | undefined;
    actor?: string | undefined;
    action?: string | undefined;
    cursor?: string | undefined;
    limit: number;
  },
): Promise<AuditEvent[]> {
  let q = db.selectFrom('audit_events').selectAll();
  if (filter.andonId) q = q.where('andon_id', '=', filter.andonId);
  if (filter.targetId) q = q.where('target_id', '=', filter.targetId);
  if (filter.subjectType) q = q.where('subject_type', '=', filter.subjectType);
  if (filter.subjectId) q = q.where('subject_id', '=', filter.subjectId);
  if (filter.actor) q = q.where('actor', '=', filter.actor);
  if (filter.action) q = q.where('action', '=', filter.action);
  if (filter.cursor) q = q.where('id', '>', filter.cursor);
  const rows = await q.orderBy('id', 'asc').limit(filter.limit + 1).execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    andonId: r.andon_id,
    targetId: r.target_id,
    before: r.before === null ? null : fromJson(r.before),
    after: r.after === null ? null : fromJson(r.after),
    requestId: r.request_id,
    via: r.via,
  }));
}
