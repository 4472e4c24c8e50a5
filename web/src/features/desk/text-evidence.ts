import type { SimilarMatch } from '../../api/lifecycle-types.ts';
import type { RepeatEvidence } from '../../api/types.ts';

/** How the target kind's rule decides "same problem" (the server's `matchedBy`; issue_code when absent). */
export type MatchedBy = 'issue_code' | 'text' | 'either';

/** The repeat evidence as the server sends it, with how "same problem" was decided. */
export type DeskEvidence = RepeatEvidence & { matchedBy?: MatchedBy; similarityThreshold?: number };

/** The server lists at most this many complaints as evidence (newest first). */
const EVIDENCE_LIMIT = 50;

/** Whether the rule counts look-alikes by what customers said (so an agent's verdict changes the count). */
export function countsByText(evidence: DeskEvidence): boolean {
  return evidence.matchedBy === 'text' || evidence.matchedBy === 'either';
}

/**
 * The text-matched evidence of a just-recorded complaint, recounted from its look-alikes (the server's
 * `/similar` answer, reloaded when other agents record complaints on the target), as the server's repeat
 * check counts it: a rejected complaint never counts; a confirmed one, or an undecided one alike enough
 * (in `either` mode also one of the same issue code), counts unless it already belongs to an andon;
 * distinct customers against the threshold. The server checks again when the cord is pulled, so this
 * only keeps the page in step without asking.
 */
export function withVerdicts(
  base: DeskEvidence,
  matches: readonly SimilarMatch[],
  issueCode?: string,
): DeskEvidence {
  const counted = (m: SimilarMatch) =>
    m.verdict === 'confirm' ||
    (m.verdict === null &&
      (m.sameProblem ||
        (base.matchedBy === 'either' && issueCode !== undefined && m.issueCode === issueCode)));
  const rejected = new Set(matches.filter((m) => m.verdict === 'reject').map((m) => m.id));
  const kept = base.complaints.filter((c) => !rejected.has(c.id));
  const known = new Set(kept.map((c) => c.id));
  const added = matches.filter((m) => counted(m) && m.andonRole === null && !known.has(m.id));
  if (kept.length === base.complaints.length && added.length === 0) return base;
  const complaints = [
    ...kept,
    ...added.map(({ id, customerRef, occurredAt, text, orderRef, lotRef, recordedBy, andonRole }) => ({
      id,
      customerRef,
      occurredAt,
      text,
      orderRef,
      lotRef,
      recordedBy,
      andonRole,
    })),
  ].sort((a, b) => (a.occurredAt < b.occurredAt ? 1 : a.occurredAt > b.occurredAt ? -1 : 0));
  const customers = new Set(complaints.map((c) => c.customerRef)).size;
  // A full list was cut at the limit: the server's count covers complaints not listed here.
  const distinctCustomers =
    base.complaints.length >= EVIDENCE_LIMIT ? Math.max(customers, base.distinctCustomers) : customers;
  return {
    ...base,
    complaints,
    distinctCustomers,
    met: base.counts && distinctCustomers >= base.threshold,
  };
}
