import { AndonError, notFound } from '#domain/errors.ts';
import type { Kysely } from 'kysely';
import type { ConfigMemo } from '../../db/memo.ts';
import type { Database } from '../../db/schema.ts';
import type { Tx } from '../../db/writer.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { findIssueCode, insertIssueCode, updateIssueCodeRow } from './issue-codes.repository.ts';
import type { CreateIssueCodeInput, IssueCode, UpdateIssueCodeInput } from './issue-codes.schema.ts';

/** Adds a problem to the taxonomy, named in both languages. */
export async function createIssueCode(tx: Tx, input: CreateIssueCodeInput): Promise<IssueCode> {
  if (await findIssueCode(tx.db, input.code)) {
    throw new AndonError('already_exists', { entity: 'issue code', field: 'code', value: input.code }, [
      { path: ['code'], code: 'duplicate', params: { value: input.code } },
    ]);
  }
  const now = tx.now.toISOString();
  const issueCode: IssueCode = {
    code: input.code,
    nameZh: input.nameZh,
    nameEn: input.nameEn,
    descriptionZh: input.descriptionZh ?? null,
    descriptionEn: input.descriptionEn ?? null,
    counts: input.counts,
    safetyCritical: input.safetyCritical,
    active: input.active,
    createdAt: now,
    updatedAt: now,
  };
  tx.memo.clear();
  await insertIssueCode(tx.db, issueCode);
  await recordAudit(tx, { action: 'issue_code.created', subjectType: 'issue_code', subjectId: issueCode.code, after: issueCode });
  return issueCode;
}

/** Renames, re-flags or retires an issue code; codes are never deleted (complaints keep pointing at them). */
export async function updateIssueCode(tx: Tx, code: string, input: UpdateIssueCodeInput): Promise<IssueCode> {
  const before = await findIssueCode(tx.db, code);
  if (!before) throw notFound('issue code', code);
  const after: IssueCode = { ...before, updatedAt: tx.now.toISOString() };
  for (const key of ['nameZh', 'nameEn', 'descriptionZh', 'descriptionEn', 'counts', 'safetyCritical', 'active'] as const) {
    if (input[key] !== undefined) (after as Record<string, unknown>)[key] = input[key];
  }
  tx.memo.clear();
  await updateIssueCodeRow(tx.db, after);
  await recordAudit(tx, { action: 'issue_code.updated', subjectType: 'issue_code', subjectId: code, before, after });
  return after;
}

/** An issue code by its code; through the memo on the intake path. */
export function getIssueCode(db: Kysely<Database>, code: string, memo?: ConfigMemo): Promise<IssueCode | undefined> {
  return memo ? memo.get(`issue_code:${code}`, () => findIssueCode(db, code)) : findIssueCode(db, code);
}
