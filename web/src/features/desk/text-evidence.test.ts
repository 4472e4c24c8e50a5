import { describe, expect, it } from 'vitest';
import type { SimilarMatch } from '../../api/lifecycle-types.ts';
import type { ComplaintEvidence } from '../../api/types.ts';
import { countsByText, type DeskEvidence, withVerdicts } from './text-evidence.ts';

const complaint = (id: string, customerRef: string, occurredAt: string): ComplaintEvidence => ({
  id,
  customerRef,
  occurredAt,
  text: `words of ${customerRef}`,
  orderRef: null,
  lotRef: null,
  recordedBy: 'xiao.lin',
  andonRole: null,
});

const match = (c: ComplaintEvidence, verdict: SimilarMatch['verdict'], extra: Partial<SimilarMatch> = {}) =>
  ({
    ...c,
    issueCode: 'other',
    similarity: 0.4,
    verdict,
    sameProblem: verdict === 'confirm',
    ...extra,
  }) satisfies SimilarMatch;

const mine = complaint('c-b', 'C-B', '2026-07-02T10:00:00.000Z');
const earlier = complaint('c-a', 'C-A', '2026-07-01T10:00:00.000Z');
const base: DeskEvidence = {
  distinctCustomers: 1,
  threshold: 2,
  windowDays: 30,
  met: false,
  mode: 'suggest',
  counts: true,
  safetyCritical: false,
  ruleId: 'rule-1',
  complaints: [mine],
  matchedBy: 'text',
};

describe('the desk’s text-matched evidence after an agent’s verdicts', () => {
  it('counts a confirmed look-alike: the rule becomes met', () => {
    const after = withVerdicts(base, [match(earlier, 'confirm')]);
    expect(after.complaints.map((c) => c.id)).toEqual(['c-b', 'c-a']);
    expect(after).toMatchObject({ distinctCustomers: 2, met: true });
  });

  it('drops a rejected one that the words had counted', () => {
    const counted = { ...base, complaints: [mine, earlier], distinctCustomers: 2, met: true };
    expect(withVerdicts(counted, [match(earlier, 'reject')])).toMatchObject({
      distinctCustomers: 1,
      met: false,
    });
  });

  it('never counts a look-alike that already belongs to an andon, nor a problem that never counts', () => {
    expect(withVerdicts(base, [match(earlier, 'confirm', { andonRole: 'trigger' })]).met).toBe(false);
    expect(withVerdicts({ ...base, counts: false }, [match(earlier, 'confirm')]).met).toBe(false);
  });

  it('keeps one customer once, and leaves the evidence alone without verdicts', () => {
    const again = complaint('c-a2', 'C-B', '2026-07-01T09:00:00.000Z');
    expect(withVerdicts(base, [match(again, 'confirm')])).toMatchObject({ distinctCustomers: 1, met: false });
    expect(withVerdicts(base, [])).toBe(base);
  });

  it('counts an undecided look-alike that is alike enough, as the server would (another agent recorded it)', () => {
    const alike = match(earlier, null, { sameProblem: true });
    expect(withVerdicts(base, [alike])).toMatchObject({ distinctCustomers: 2, met: true });
    expect(withVerdicts(base, [match(earlier, null)])).toBe(base);
    // In `either` mode the same issue code counts too, whatever the words.
    const either = { ...base, matchedBy: 'either' as const };
    expect(withVerdicts(either, [match(earlier, null)], 'other').met).toBe(true);
    expect(withVerdicts(either, [match(earlier, null)], 'pages_not_cut')).toBe(either);
  });

  it('knows which rules count by text', () => {
    expect(countsByText(base)).toBe(true);
    expect(countsByText({ ...base, matchedBy: 'either' })).toBe(true);
    expect(countsByText({ ...base, matchedBy: 'issue_code' })).toBe(false);
    const { matchedBy: _, ...plain } = base;
    expect(countsByText(plain)).toBe(false);
  });
});
