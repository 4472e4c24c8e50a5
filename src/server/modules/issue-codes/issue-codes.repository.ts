import type { Kysely, Selectable } from 'kysely';
import { fromBool } from '../../db/dialect.ts';
import { prepared } from '../../db/prepared.ts';
import type { Database, IssueCodesTable } from '../../db/schema.ts';
import type { IssueCode } from './issue-codes.schema.ts';

export function toIssueCode(r: Selectable<IssueCodesTable>): IssueCode {
  return {
    code: r.code,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    descriptionZh: r.description_zh,
    descriptionEn: r.description_en,
    counts: fromBool(r.counts),
    safetyCritical: fromBool(r.safety_critical),
    active: fromBool(r.active),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toRow(c: IssueCode) {
  return {
    name_zh: c.nameZh,
    name_en: c.nameEn,
    description_zh: c.descriptionZh,
    description_en: c.descriptionEn,
    counts: c.counts,
    safety_critical: c.safetyCritical,
    active: c.active,
    updated_at: c.updatedAt,
  };
}

const issueCodeByCode = prepared<{ code: string }, Selectable<IssueCodesTable>>((db, p) =>
  db.selectFrom('issue_codes').selectAll().where('code', '=', p('code')),
);

export async function findIssueCode(db: Kysely<Database>, code: string): Promise<IssueCode | undefined> {
  const [r] = await issueCodeByCode.execute(db, { code });
  return r && toIssueCode(r);
}

export async function listIssueCodes(
  db: Kysely<Database>,
  f: { limit: number; cursor?: string | undefined; active?: boolean | undefined },
): Promise<IssueCode[]> {
  let q = db.selectFrom('issue_codes').selectAll();
  if (f.active !== undefined) q = q.where('active', '=', f.active);
  if (f.cursor) q = q.where('code', '>', f.cursor);
  return (await q.orderBy('code').limit(f.limit + 1).execute()).map(toIssueCode);
}

export async function insertIssueCode(db: Kysely<Database>, c: IssueCode): Promise<void> {
  await db.insertInto('issue_codes').values({ code: c.code, created_at: c.createdAt, ...toRow(c) }).execute();
}

export async function updateIssueCodeRow(db: Kysely<Database>, c: IssueCode): Promise<void> {
  await db.updateTable('issue_codes').set(toRow(c)).where('code', '=', c.code).execute();
}
