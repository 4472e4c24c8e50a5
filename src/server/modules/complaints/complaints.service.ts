import { createHash } from 'node:crypto';
import { uuidv7 } from 'uuidv7';
import { AndonError, unknownReference } from '#domain/errors.ts';
import type { Tx } from '../../db/writer.ts';
import { attachToOpenAndon, checkRepeats, findAndon, findOpenAndon, pullAndon } from '../andons/andons.service.ts';
import { getIssueCode } from '../issue-codes/issue-codes.service.ts';
import { openAndonsOfTarget as openAndonsOf, probationAndon, recordRuleHit } from '../andons/andons.repository.ts';
import type { IssueCode } from '../issue-codes/issue-codes.schema.ts';
import type { MatchingEngine } from '../matching/matching.engine.ts';
import { checkRepeatsByText, matchingFor } from '../matching/matching.service.ts';
import type { TargetRecord } from '../targets/targets.repository.ts';
import { getTarget, lockTarget } from '../targets/targets.service.ts';
import { teamOf } from '../teams/teams.service.ts';
import { type ComplaintRecord, findComplaintByExternalId, insertComplaint } from './complaints.repository.ts';
import type { ComplaintResult, CreateComplaintInput } from './complaints.schema.ts';

export interface RecordedComplaint extends Omit<ComplaintResult, 'complaint'> {
  complaint: ComplaintRecord;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The fingerprint of a submission: a resubmission with the same external id must match it. */
export function requestHash(input: CreateComplaintInput): string {
  return createHash('sha256').update(canonical(input)).digest('base64url');
}

/**
 * Records a complaint and answers at once whether it is a repeat: how many distinct customers
 * complained about the same target and problem in the rule's window, which complaints, and whether
 * the rule is met. It joins the problem's open andon if there is one; in `auto` mode it pulls the cord.
 */
export async function recordComplaint(
  tx: Tx,
  given: CreateComplaintInput,
  deps: { matching?: MatchingEngine | undefined } = {},
): Promise<RecordedComplaint> {
  // The customer as stored (a keyed hash when configured); the fingerprint below never sees the raw ref.
  const input: CreateComplaintInput = { ...given, customerRef: tx.customerRef(given.customerRef) };
  const found = await getTarget(tx.db, { id: input.targetId, ref: input.targetRef });
  if (!found) throw unknownReference(input.targetId ? 'targetId' : 'targetRef', input.targetId ?? input.targetRef);
  const issueCode = await getIssueCode(tx.db, input.issueCode, tx.memo);
  if (!issueCode || !issueCode.active) throw unknownReference('issueCode', input.issueCode);
  // Writers of one target queue here (PostgreSQL row lock), so two racing complaints see each other.
  const target = tx.dialect === 'postgres' ? ((await lockTarget(tx.db, found.id)) ?? found) : found;

  const hash = input.externalId ? requestHash(input) : null;
  const now = tx.now.toISOString();
  const complaint: ComplaintRecord = {
    id: uuidv7(),
    externalId: input.externalId ?? null,
    requestHash: hash,
    targetId: target.id,
    customerRef: input.customerRef,
    issueCode: issueCode.code,
    text: input.text,
    orderRef: input.orderRef ?? null,
    lotRef: input.lotRef ?? null,
    channel: input.channel ?? null,
    compensation: input.compensation ? { kind: input.compensation.kind, amount: input.compensation.amount ?? null } : null,
    recordedBy: input.recordedBy ?? null,
    occurredAt: input.occurredAt ? new Date(input.occurredAt).toISOString() : now,
    createdAt: now,
    andonId: null,
    andonRole: null,
  };
  if (!(await insertComplaint(tx.db, complaint))) return replay(tx, input, hash);

  // A target kind whose rule matches by what customers wrote: "same problem" is decided by the matcher.
  if (deps.matching) {
    const { mode, threshold } = await tx.memo.get(`matching:${target.kind}`, () => matchingFor(tx.db, deps.matching!, target.kind));
    if (mode !== 'issue_code') return recordByText(tx, deps.matching, { target, issueCode, complaint, mode, threshold });
  }
  // An open andon means the target is off sale: only then is there one to look for.
  const open = target.status === 'on_sale' ? undefined : await findOpenAndon(tx.db, target.id, issueCode.code);
  tx.emit({ type: 'complaint.created', complaintId: complaint.id, targetId: target.id, issueCode: issueCode.code });
  if (open) {
    const andon = await attachToOpenAndon(tx, open, complaint.id);
    const check = await checkRepeats(tx.db, target, issueCode, tx.now, andon.id, tx.memo, andon.distinctCustomers);
    return {
      complaint: { ...complaint, andonId: andon.id, andonRole: 'attached' },
      replayed: false,
      action: 'attached',
      repeat: check.evidence,
      andon,
      targetStatus: target.status,
    };
  }

  const check = await checkRepeats(tx.db, target, issueCode, tx.now, null, tx.memo);
  // Probation: one matching complaint after a relist re-pulls at once, whatever the threshold.
  // Only a target that was off sale before (status version past its first) can be on probation.
  const relisted =
    target.status === 'retired' || !issueCode.counts || target.statusVersion <= 1
      ? null
      : await probationAndon(tx.db, target.id, issueCode.code, now);
  if (relisted) {
    const andon = await pullAndon(tx, {
      target,
      issueCode,
      check,
      trigger: 'recurrence',
      pulledBy: 'system',
      reason: `recurrence during probation (andon ${relisted})`,
      triggeringRecorder: complaint.recordedBy,
      recurrenceOf: relisted,
    });
    return {
      complaint: { ...complaint, andonId: andon.id, andonRole: 'trigger' },
      replayed: false,
      action: 'recurrence_pulled',
      repeat: check.evidence,
      andon,
      targetStatus: 'suppressed',
    };
  }
  if (check.evidence.met && check.evidence.mode === 'auto' && target.status !== 'retired') {
    const andon = await pullAndon(tx, {
      target,
      issueCode,
      check,
      trigger: 'auto',
      pulledBy: 'system',
      reason: null,
      triggeringRecorder: complaint.recordedBy,
    });
    return {
      complaint: { ...complaint, andonId: andon.id, andonRole: 'trigger' },
      replayed: false,
      action: 'auto_pulled',
      repeat: check.evidence,
      andon,
      targetStatus: 'suppressed',
    };
  }
  const suggest = check.evidence.met && target.status !== 'retired';
  if (suggest) {
    // Remembered until a pull answers it: "rule met, nobody pulled within N hours" is a missed andon.
    const team = await teamOf(tx.db, complaint.recordedBy);
    await recordRuleHit(tx.db, { id: uuidv7(), targetId: target.id, issueCode: issueCode.code, complaintId: complaint.id, recordedBy: complaint.recordedBy, teamId: team?.id ?? null, metAt: now });
  }
  return {
    complaint,
    replayed: false,
    action: suggest ? 'suggest_pull' : 'recorded',
    repeat: check.evidence,
    andon: null,
    targetStatus: target.status,
  };
}

/** The rest of `recordComplaint` when the rule matches by text: join the look-alikes' open andon, or count them. */
async function recordByText(
  tx: Tx,
  matching: MatchingEngine,
  input: {
    target: TargetRecord;
    issueCode: IssueCode;
    complaint: ComplaintRecord;
    mode: 'text' | 'either';
    threshold: number;
  },
): Promise<RecordedComplaint> {
  const { target, issueCode, complaint } = input;
  tx.emit({ type: 'complaint.created', complaintId: complaint.id, targetId: target.id, issueCode: issueCode.code });
  const open = target.status === 'on_sale' ? [] : await openAndonsOf(tx.db, target.id);
  const { check, joinAndonId } = await checkRepeatsByText(tx, matching, {
    target,
    issueCode,
    complaint,
    mode: input.mode,
    threshold: input.threshold,
    openAndonIds: open.map((a) => a.id),
  });
  const join = open.find((a) => a.id === joinAndonId) ?? (input.mode === 'either' ? open.find((a) => a.issueCode === issueCode.code) : undefined);
  if (join) {
    const andon = await attachToOpenAndon(tx, join, complaint.id);
    return { complaint: { ...complaint, andonId: andon.id, andonRole: 'attached' }, replayed: false, action: 'attached', repeat: check.evidence, andon, targetStatus: target.status };
  }
  if (check.evidence.met && check.evidence.mode === 'auto' && target.status !== 'retired') {
    const andon = await pullAndon(tx, { target, issueCode, check, trigger: 'auto', pulledBy: 'system', reason: null, triggeringRecorder: complaint.recordedBy });
    return { complaint: { ...complaint, andonId: andon.id, andonRole: 'trigger' }, replayed: false, action: 'auto_pulled', repeat: check.evidence, andon, targetStatus: 'suppressed' };
  }
  const suggest = check.evidence.met && target.status !== 'retired';
  if (suggest) {
    const team = await teamOf(tx.db, complaint.recordedBy);
    await recordRuleHit(tx.db, { id: uuidv7(), targetId: target.id, issueCode: issueCode.code, complaintId: complaint.id, recordedBy: complaint.recordedBy, teamId: team?.id ?? null, metAt: tx.now.toISOString() });
  }
  return { complaint, replayed: false, action: suggest ? 'suggest_pull' : 'recorded', repeat: check.evidence, andon: null, targetStatus: target.status };
}

/** A resubmitted external id: the original complaint, and the state of its problem now. */
async function replay(tx: Tx, input: CreateComplaintInput, hash: string | null): Promise<RecordedComplaint> {
  const original = await findComplaintByExternalId(tx.db, input.externalId!);
  if (!original) throw new Error('external id conflict without an original complaint');
  if (original.requestHash !== hash) {
    throw new AndonError('idempotency_conflict', { complaintId: original.id, externalId: input.externalId }, [
      { path: ['externalId'], code: 'duplicate', params: { value: input.externalId } },
    ]);
  }
  const target = await getTarget(tx.db, { id: original.targetId });
  const issueCode = await getIssueCode(tx.db, original.issueCode);
  if (!target || !issueCode) throw new Error('complaint references a missing target or issue code');
  const andon = original.andonId ? ((await findAndon(tx.db, original.andonId)) ?? null) : null;
  const openAndonId = andon && andon.closedAt === null ? andon.id : null;
  const check = await checkRepeats(tx.db, target, issueCode, tx.now, openAndonId, tx.memo);
  return { complaint: original, replayed: true, action: 'replayed', repeat: check.evidence, andon, targetStatus: target.status };
}
