import type { Kysely } from 'kysely';
import { AndonError, notFound, unknownReference } from '#domain/errors.ts';
import { ProblemGroups } from '#domain/matching/group.ts';
import type { MatchingMode } from '#domain/matching/rank.ts';
import { evaluateRepeat, windowStart } from '#domain/rules.ts';
import type { TargetKind } from '#domain/targets.ts';
import { type Locale, translate } from '#i18n/index.ts';
import type { Database } from '../../db/schema.ts';
import type { Tx } from '../../db/writer.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { RepeatCheck } from '../andons/andons.service.ts';
import { toEvidence } from '../andons/repeats.repository.ts';
import type { TargetRecord } from '../targets/targets.repository.ts';
import { ruleFor } from '../rules/rules.service.ts';
import { getTarget } from '../targets/targets.service.ts';
import type { MatchingEngine } from './matching.engine.ts';
import {
  deleteTerm,
  linksOfTarget,
  matchingSettingFor,
  type ProblemLink,
  saveLink,
  saveTerm,
  targetComplaintsSince,
  upsertMatchingSetting,
} from './matching.repository.ts';
import type { DecisionInput, PreviewInput, SimilarResult } from './matching.schema.ts';

export { matchingSettings, userTerms } from './matching.repository.ts';

/** The matching mode and threshold in force for a target kind. */
export async function matchingFor(db: Kysely<Database>, engine: MatchingEngine, kind: TargetKind) {
  const setting = await matchingSettingFor(db, kind);
  return { mode: (setting?.mode ?? 'issue_code') as MatchingMode, threshold: setting?.threshold ?? engine.threshold };
}

type Query = { id: string; targetId: string; customerRef: string; text: string; issueCode: string; occurredAt: string };

async function rankFor(
  db: Kysely<Database>,
  engine: MatchingEngine,
  query: Query,
  limit: number,
  locale: Locale,
  among: 'earlier' | 'window' = 'earlier',
): Promise<SimilarResult> {
  const target = await getTarget(db, { id: query.targetId });
  if (!target) throw notFound('target', query.targetId);
  await engine.catchUp(db);
  const rule = await ruleFor(db, target.kind, query.issueCode);
  const { mode, threshold } = await matchingFor(db, engine, target.kind);
  const earlier = (await targetComplaintsSince(db, target.id, windowStart(new Date(query.occurredAt), rule.windowDays))).filter(
    (c) => c.id !== query.id && (among === 'window' || c.occurred_at <= query.occurredAt),
  );
  const ranked = await engine.rank(
    { id: query.id, text: query.text, customerRef: query.customerRef, entityName: target.name },
    earlier.map((c) => ({ id: c.id, text: c.text, customerRef: c.customer_ref, entityName: target.name, issueCode: c.issue_code })),
    limit,
  );
  const links = query.id ? await linksOfTarget(db, target.id) : [];
  const verdictWith = (otherId: string) =>
    links.find((l) => (l.complaintA === query.id && l.complaintB === otherId) || (l.complaintB === query.id && l.complaintA === otherId))?.verdict ?? null;
  const byId = new Map(earlier.map((c) => [c.id, c]));
  const matches = ranked.map((m) => {
    const c = byId.get(m.id)!;
    const verdict = verdictWith(m.id);
    return {
      id: c.id,
      customerRef: c.customer_ref,
      occurredAt: c.occurred_at,
      text: c.text,
      orderRef: c.order_ref,
      lotRef: c.lot_ref,
      recordedBy: c.recorded_by,
      andonRole: c.andon_role as 'trigger' | 'attached' | null,
      issueCode: c.issue_code,
      similarity: Math.round(m.similarity * 1000) / 1000,
      verdict,
      sameProblem: verdict === 'confirm' || (verdict !== 'reject' && m.similarity >= threshold),
    };
  });
  const same = matches.filter((m) => m.sameProblem);
  const others = new Set(same.map((m) => m.customerRef));
  others.delete(query.customerRef);
  const best = same.reduce((max, m) => Math.max(max, m.similarity), 0);
  return {
    targetId: target.id,
    matcher: engine.name,
    mode,
    threshold: Math.round(threshold * 1000) / 1000,
    suggestion:
      same.length === 0
        ? null
        : {
            complaintIds: same.map((m) => m.id),
            otherCustomers: others.size,
            similarity: best,
            message: translate(locale, 'matching.suggestion', {
              complaints: translate(locale, among === 'window' ? 'matching.otherComplaints' : 'matching.earlierComplaints', { count: same.length }),
              customers: translate(locale, 'matching.otherCustomers', { count: others.size }),
              similarity: `${Math.round(best * 100)}%`,
            }),
          },
    matches,
  };
}

/** "Looks like the same problem as complaints X and Y from 2 other customers": a recorded complaint's look-alikes. */
export async function similarToComplaint(
  db: Kysely<Database>,
  engine: MatchingEngine,
  complaintId: string,
  limit: number,
  locale: Locale,
  among: 'earlier' | 'window' = 'earlier',
) {
  const c = await db
    .selectFrom('complaints')
    .select(['id', 'target_id', 'customer_ref', 'text', 'issue_code', 'occurred_at'])
    .where('id', '=', complaintId)
    .executeTakeFirst();
  if (!c) throw notFound('complaint', complaintId);
  return rankFor(
    db,
    engine,
    { id: c.id, targetId: c.target_id, customerRef: c.customer_ref, text: c.text, issueCode: c.issue_code, occurredAt: c.occurred_at },
    limit,
    locale,
    among,
  );
}

/** The same, for words not yet recorded (the agent desk asks while the agent types). */
export async function previewSimilar(db: Kysely<Database>, engine: MatchingEngine, input: PreviewInput, locale: Locale) {
  const target = await getTarget(db, { id: input.targetId, ref: input.targetRef });
  if (!target) throw unknownReference(input.targetId ? 'targetId' : 'targetRef', input.targetId ?? input.targetRef);
  return rankFor(
    db,
    engine,
    { id: '', targetId: target.id, customerRef: input.customerRef ?? '', text: input.text, issueCode: 'other', occurredAt: new Date().toISOString() },
    input.limit,
    locale,
  );
}

/** An agent's verdict on two complaints of one target: confirm joins them into one problem group, reject keeps them apart. */
export async function decideSameProblem(tx: Tx, complaintId: string, input: DecisionInput): Promise<ProblemLink> {
  if (complaintId === input.otherComplaintId) {
    throw new AndonError('validation_failed', { count: 1 }, [
      { path: ['otherComplaintId'], code: 'custom', message: 'a complaint is always the same problem as itself' },
    ]);
  }
  const rows = await tx.db.selectFrom('complaints').select(['id', 'target_id']).where('id', 'in', [complaintId, input.otherComplaintId]).execute();
  const self = rows.find((r) => r.id === complaintId);
  if (!self) throw notFound('complaint', complaintId);
  const other = rows.find((r) => r.id === input.otherComplaintId);
  if (!other) throw unknownReference('otherComplaintId', input.otherComplaintId);
  if (other.target_id !== self.target_id) {
    throw new AndonError('validation_failed', { count: 1 }, [
      { path: ['otherComplaintId'], code: 'custom', message: 'both complaints must be about the same target' },
    ]);
  }
  const link = await saveLink(tx.db, {
    complaintA: complaintId,
    complaintB: input.otherComplaintId,
    targetId: self.target_id,
    verdict: input.verdict,
    decidedBy: input.decidedBy,
    decidedAt: tx.now.toISOString(),
  });
  await recordAudit(tx, {
    action: input.verdict === 'confirm' ? 'complaints.same_problem_confirmed' : 'complaints.same_problem_rejected',
    subjectType: 'complaint',
    subjectId: complaintId,
    targetId: self.target_id,
    after: { otherComplaintId: input.otherComplaintId, verdict: input.verdict, decidedBy: input.decidedBy },
  });
  return link;
}

/** A target's problem groups: complaints joined by agents' confirmations (rejections never join). */
export async function problemGroupsOf(db: Kysely<Database>, targetId: string) {
  if (!(await getTarget(db, { id: targetId }))) throw notFound('target', targetId);
  const links = await linksOfTarget(db, targetId);
  const groups = new ProblemGroups();
  const ids = new Set<string>();
  for (const l of links) {
    if (l.verdict !== 'confirm') continue;
    groups.join(l.complaintA, l.complaintB);
    ids.add(l.complaintA);
    ids.add(l.complaintB);
  }
  const members = [...ids].sort();
  const customers = new Map(
    members.length
      ? (await db.selectFrom('complaints').select(['id', 'customer_ref']).where('id', 'in', members).execute()).map((r) => [r.id, r.customer_ref])
      : [],
  );
  return {
    targetId,
    groups: groups
      .groupsOf(members)
      .filter((g) => g.length > 1)
      .map((g) => ({ complaintIds: g, customers: new Set(g.map((id) => customers.get(id))).size })),
    links,
  };
}

/** Sets how a target kind's rule decides "same problem": by issue code, by text, or either. */
export async function setMatchingMode(tx: Tx, kind: TargetKind, input: { mode: MatchingMode; threshold: number | null }) {
  const setting = { targetKind: kind, mode: input.mode, threshold: input.threshold, updatedAt: tx.now.toISOString() };
  tx.memo.clear();
  await upsertMatchingSetting(tx.db, setting);
  await recordAudit(tx, { action: 'matching.setting_changed', subjectType: 'matching_setting', subjectId: kind, after: setting });
  return setting;
}

/** Adds or replaces one of the deployment's own terms: a concept and its words in any language. */
export async function saveMatchTerm(tx: Tx, concept: string, terms: string[]) {
  await saveTerm(tx.db, { concept, terms }, tx.now.toISOString());
  await recordAudit(tx, { action: 'matching.term_saved', subjectType: 'match_term', subjectId: concept, after: { concept, terms } });
  return { concept, terms };
}

/** Removes one of the deployment's own terms. */
export async function deleteMatchTerm(tx: Tx, concept: string): Promise<void> {
  if (!(await deleteTerm(tx.db, concept))) throw notFound('term', concept);
  await recordAudit(tx, { action: 'matching.term_deleted', subjectType: 'match_term', subjectId: concept });
}

/**
 * The repeat check for a target kind whose rule matches by text (or either): the new complaint's
 * look-alikes among the target's complaints in the window — alike at or above the threshold, or
 * confirmed by an agent, and never rejected; in `either` mode also those of the same issue code —
 * counted by distinct customers. The pull then joins exactly those complaints.
 */
export async function checkRepeatsByText(
  tx: Tx,
  engine: MatchingEngine,
  input: {
    target: Pick<TargetRecord, 'id' | 'kind' | 'name'>;
    issueCode: { code: string; counts: boolean; safetyCritical: boolean };
    complaint: { id: string; customerRef: string; text: string; occurredAt: string };
    mode: Exclude<MatchingMode, 'issue_code'>;
    threshold: number;
    openAndonIds: readonly string[];
  },
): Promise<{ check: RepeatCheck; joinAndonId: string | null }> {
  const { target, issueCode, complaint, mode, threshold } = input;
  const rule = await ruleFor(tx.db, target.kind, issueCode.code, tx.memo);
  const since = windowStart(tx.now, rule.windowDays);
  const open = new Set(input.openAndonIds);
  const earlier = (await targetComplaintsSince(tx.db, target.id, since)).filter(
    (c) => c.id !== complaint.id && (c.andon_id === null || open.has(c.andon_id)),
  );
  const ranked = await engine.rank(
    { id: complaint.id, text: complaint.text, customerRef: complaint.customerRef, entityName: target.name },
    earlier.map((c) => ({ id: c.id, text: c.text, customerRef: c.customer_ref, entityName: target.name, issueCode: c.issue_code })),
    earlier.length,
  );
  const links = await linksOfTarget(tx.db, target.id);
  const verdict = (otherId: string) =>
    links.find((l) => (l.complaintA === complaint.id && l.complaintB === otherId) || (l.complaintB === complaint.id && l.complaintA === otherId))
      ?.verdict;
  const similarity = new Map(ranked.map((m) => [m.id, m.similarity]));
  const same = earlier.filter((c) => {
    const v = verdict(c.id);
    if (v === 'reject') return false;
    if (v === 'confirm') return true;
    const byText = (similarity.get(c.id) ?? 0) >= threshold;
    return mode === 'either' ? byText || c.issue_code === issueCode.code : byText;
  });
  const candidates = [
    { id: complaint.id, customerRef: complaint.customerRef, occurredAt: complaint.occurredAt },
    ...same.map((c) => ({ id: c.id, customerRef: c.customer_ref, occurredAt: c.occurred_at })),
  ];
  const evaluation = evaluateRepeat({ rule, issueCode, candidates, now: tx.now });
  const mine = await tx.db
    .selectFrom('complaints')
    .select(['id', 'customer_ref', 'occurred_at', 'text', 'order_ref', 'lot_ref', 'recorded_by', 'andon_role'])
    .where('id', '=', complaint.id)
    .execute();
  const evidenceRows = [...mine, ...same].sort((a, b) => (a.occurred_at < b.occurred_at ? 1 : -1)).slice(0, 50);
  // The open andon the closest look-alike already belongs to: the new complaint joins it.
  const joined = same
    .filter((c) => c.andon_id !== null)
    .sort((a, b) => (similarity.get(b.id) ?? 0) - (similarity.get(a.id) ?? 0))[0];
  const check: RepeatCheck = {
    rule,
    complaintIds: evaluation.complaintIds,
    attachIds: [complaint.id, ...same.filter((c) => c.andon_id === null).map((c) => c.id)],
    evidence: {
      distinctCustomers: evaluation.distinctCustomers,
      threshold: evaluation.threshold,
      windowDays: evaluation.windowDays,
      windowStart: evaluation.windowStart,
      met: evaluation.met,
      mode: evaluation.mode,
      counts: evaluation.counts,
      safetyCritical: evaluation.safetyCritical,
      ruleId: rule.id,
      complaints: evidenceRows.map(toEvidence),
      matchedBy: mode,
      similarityThreshold: Math.round(threshold * 1000) / 1000,
    },
  };
  return { check, joinAndonId: joined?.andon_id ?? null };
}
