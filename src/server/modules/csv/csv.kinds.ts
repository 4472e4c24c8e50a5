import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Permission } from '#domain/access.ts';
import type { Database } from '../../db/schema.ts';
import type { Command } from '../../db/writer.ts';
import type { MatchingEngine } from '../matching/matching.engine.ts';
import { type RowOutcome, upsertTargetsBatch } from './targets.bulk.ts';
import { listComplaintsPage, listIssueCodesPage, listTargetsPage } from './csv.repository.ts';
import { CreateComplaintBody } from '../complaints/complaints.schema.ts';
import { recordComplaint } from '../complaints/complaints.service.ts';
import { CreateIssueCodeBody } from '../issue-codes/issue-codes.schema.ts';
import { createIssueCode, updateIssueCode } from '../issue-codes/issue-codes.service.ts';
import { findIssueCode } from '../issue-codes/issue-codes.repository.ts';
import { CreateTargetBody } from '../targets/targets.schema.ts';
import { createTarget, updateTarget } from '../targets/targets.service.ts';
import { findTargetByRef } from '../targets/targets.repository.ts';

export const csvKinds = ['targets', 'complaints', 'issue-codes'] as const;
export type CsvKind = (typeof csvKinds)[number];

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const opt = <T extends z.ZodType>(s: T) => z.preprocess(blank, s.optional());
const bool = z.preprocess(
  (v) => (typeof v === 'string' ? ['true', '1', 'yes', 'y', '是'].includes(v.trim().toLowerCase()) : v),
  z.boolean(),
);
const json = z.preprocess((v) => {
  if (typeof v !== 'string' || v.trim() === '') return undefined;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}, z.record(z.string(), z.unknown()).optional());

/** Cells to fields (numbers, booleans, JSON), then the API's own schema. */
function twoStep(
  cells: z.ZodType,
  api: z.ZodType,
  row: Record<string, string>,
): z.ZodSafeParseResult<unknown> {
  const pre = cells.safeParse(row);
  return pre.success ? api.safeParse(pre.data) : pre;
}

/** One kind of CSV: its columns (the header), how a row becomes a command, and how rows are exported. */
export interface CsvKindSpec {
  columns: readonly string[];
  required: readonly string[];
  /** Columns an export adds (ids, status): an import of an exported file ignores them. */
  exportOnly: readonly string[];
  /** What importing and exporting this kind needs. */
  writePermission: Permission;
  readPermission: Permission;
  /** Parses a row (cells by column) into the service's input; zod issues name the columns. */
  parse(row: Record<string, string>): z.ZodSafeParseResult<unknown>;
  command(input: unknown, deps: { matching?: MatchingEngine | undefined }): Command<unknown>;
  /** A whole batch in one unit of work, each row's outcome apart (the fast path; rows fall back to `command` if it fails). */
  batch?: ((inputs: unknown[]) => Command<RowOutcome[]>) | undefined;
  /** Pages of rows as cells, in a stable order, after `cursor`. */
  page(
    db: Kysely<Database>,
    cursor: string | null,
    limit: number,
  ): Promise<{ rows: Record<string, unknown>[]; next: string | null }>;
}

const TargetRow = z
  .object({
    ref: z.string(),
    kind: z.string(),
    name: z.string(),
    organisationId: opt(z.string()),
    supplierTeamId: opt(z.string()),
    qualityTeamId: opt(z.string()),
    gmvMinor: opt(z.coerce.number()),
    currency: opt(z.string()),
    attributes: json,
  })
  .transform(({ gmvMinor, currency, ...r }) => ({
    ...r,
    monthlyGmv:
      gmvMinor === undefined && currency === undefined ? undefined : { amountMinor: gmvMinor, currency },
  }));

const IssueCodeRow = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  descriptionZh: opt(z.string()),
  descriptionEn: opt(z.string()),
  counts: z.preprocess(blank, bool.optional()),
  safetyCritical: z.preprocess(blank, bool.optional()),
  active: z.preprocess(blank, bool.optional()),
});

const ComplaintRow = z
  .object({
    externalId: opt(z.string()),
    targetRef: z.string(),
    customerRef: z.string(),
    issueCode: z.string(),
    text: opt(z.string()),
    orderRef: opt(z.string()),
    lotRef: opt(z.string()),
    channel: opt(z.string()),
    recordedBy: opt(z.string()),
    occurredAt: opt(z.string()),
    compensationKind: opt(z.string()),
  })
  .transform(({ compensationKind, ...r }) => ({
    ...r,
    compensation: compensationKind ? { kind: compensationKind } : undefined,
  }));

export const kinds: Record<CsvKind, CsvKindSpec> = {
  targets: {
    columns: [
      'ref',
      'kind',
      'name',
      'organisationId',
      'supplierTeamId',
      'qualityTeamId',
      'gmvMinor',
      'currency',
      'attributes',
    ],
    required: ['ref', 'kind', 'name'],
    exportOnly: ['status', 'id'],
    writePermission: 'targets:write',
    readPermission: 'targets:read',
    parse: (row) => twoStep(TargetRow, CreateTargetBody, row),
    // By ref: a new ref is created, a known one updated (its sale status is never touched).
    command: (input) => async (tx) => {
      const t = input as z.infer<typeof CreateTargetBody>;
      const existing = await findTargetByRef(tx.db, t.ref);
      return existing ? updateTarget(tx, existing.id, t) : createTarget(tx, t);
    },
    batch: (inputs) => (tx) => upsertTargetsBatch(tx, inputs as z.infer<typeof CreateTargetBody>[]),
    page: listTargetsPage,
  },
  'issue-codes': {
    columns: [
      'code',
      'nameZh',
      'nameEn',
      'descriptionZh',
      'descriptionEn',
      'counts',
      'safetyCritical',
      'active',
    ],
    required: ['code', 'nameZh', 'nameEn'],
    exportOnly: [],
    writePermission: 'config:write',
    readPermission: 'config:read',
    parse: (row) => twoStep(IssueCodeRow, CreateIssueCodeBody, row),
    command: (input) => async (tx) => {
      const c = input as z.infer<typeof CreateIssueCodeBody>;
      const { code, ...rest } = c;
      return (await findIssueCode(tx.db, code)) ? updateIssueCode(tx, code, rest) : createIssueCode(tx, c);
    },
    page: listIssueCodesPage,
  },
  complaints: {
    columns: [
      'externalId',
      'targetRef',
      'customerRef',
      'issueCode',
      'text',
      'orderRef',
      'lotRef',
      'channel',
      'recordedBy',
      'occurredAt',
      'compensationKind',
    ],
    required: ['targetRef', 'customerRef', 'issueCode'],
    exportOnly: ['id', 'andonId', 'createdAt'],
    writePermission: 'complaints:write',
    readPermission: 'complaints:read',
    parse: (row) => twoStep(ComplaintRow, CreateComplaintBody, row),
    // Idempotent by externalId, as through the API: importing a file twice records each complaint once.
    command: (input, deps) => (tx) => recordComplaint(tx, input as z.infer<typeof CreateComplaintBody>, deps),
    page: listComplaintsPage,
  },
};
