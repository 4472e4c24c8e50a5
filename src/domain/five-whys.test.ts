import { describe, expect, it } from 'vitest';
import { causeSimilarity, checkAnalysis, findRecurrences, isBareHumanError, type RootCauseAnalysis } from './five-whys.ts';

const now = new Date('2026-11-25T00:00:00.000Z');
const later = '2026-12-20T00:00:00.000Z';

// Story 1, step 5: asked why until the cause is a process.
const bookAnalysis: RootCauseAnalysis = {
  whys: [
    { why: 'Why were the pages uncut?', because: 'The trimming step skipped a stack of lot 2024-07', evidence: 'Printer log 2024-07-12' },
    { why: 'Why did the trimmer skip a stack?', because: 'The stack was fed twice as thick after a jam', evidence: 'Operator shift report' },
    { why: 'Why was it not caught at the printer?', because: "The printer's final inspection looks at covers, never at the page block", evidence: 'Inspection checklist v3' },
    { why: 'Why was it not caught when we received it?', because: "Our receiving check copies the printer's checklist", evidence: 'Receiving SOP WH-12' },
    { why: 'Why do both checklists miss it?', because: 'No step in the process looks for this defect at all', evidence: 'Process map review' },
  ],
  statement: 'No inspection step in the print-to-warehouse process checks the page block for uncut pages',
  category: 'process',
  processLevel: true,
  actions: [
    { kind: 'corrective', description: 'Return lot 2024-07; reprint with a page-block check', owner: 'wang.fang', dueAt: later },
    { kind: 'preventive', description: 'Add a fan-the-block check to the receiving SOP', owner: 'qa.zhou', dueAt: later },
  ],
};

describe('checkAnalysis', () => {
  it('accepts five whys down to a process cause, with both kinds of action', () => {
    expect(checkAnalysis(bookAnalysis, { minWhys: 5, now })).toEqual([]);
  });
  it('refuses fewer whys than the configured minimum', () => {
    const issues = checkAnalysis({ ...bookAnalysis, whys: bookAnalysis.whys.slice(0, 3) }, { minWhys: 5, now });
    expect(issues).toEqual([{ path: ['whys'], code: 'too_few_whys', params: { min: 5, count: 3 } }]);
    expect(checkAnalysis({ ...bookAnalysis, whys: bookAnalysis.whys.slice(0, 3) }, { minWhys: 3, now })).toEqual([]);
  });
  it('refuses a bare "human error", in either language', () => {
    expect(isBareHumanError('Human error')).toBe(true);
    expect(isBareHumanError('操作工粗心')).toBe(true);
    expect(isBareHumanError('Operator error because the SOP has no check of the page block')).toBe(false);
    const issues = checkAnalysis({ ...bookAnalysis, statement: '人为失误' }, { minWhys: 5, now });
    expect(issues).toContainEqual({ path: ['statement'], code: 'bare_human_error' });
  });
  it('needs evidence at every level, a process-level cause, both actions, and due dates ahead', () => {
    const issues = checkAnalysis(
      {
        ...bookAnalysis,
        whys: bookAnalysis.whys.map((w, i) => (i === 2 ? { ...w, evidence: ' ' } : w)),
        processLevel: false,
        actions: [{ ...bookAnalysis.actions[0]!, dueAt: '2026-01-01T00:00:00.000Z' }],
      },
      { minWhys: 5, now },
    );
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['whys.2.evidence', 'required'],
      ['processLevel', 'not_process_level'],
      ['actions', 'preventive_action_required'],
      ['actions.0.dueAt', 'due_in_past'],
    ]);
  });
});

describe('the root-cause library', () => {
  const library = [
    { andonId: 'a1', statement: 'No inspection step in the process checks the page block for uncut pages', category: 'process' as const },
    { andonId: 'a2', statement: 'Supplier ships without batch certificates', category: 'supplier' as const },
    { andonId: 'a3', statement: '收货检验流程没有检查书页裁切', category: 'process' as const },
  ];
  it('finds a like cause of the same category (a recurrence)', () => {
    const found = findRecurrences({ statement: bookAnalysis.statement, category: 'process' }, library, 0.4);
    expect(found.map((f) => f.andonId)).toEqual(['a1']);
    expect(found[0]!.similarity).toBeGreaterThan(0.4);
  });
  it('compares Chinese statements by characters', () => {
    expect(causeSimilarity('收货检验流程没有检查书页裁切', '收货检验流程不检查书页裁切')).toBeGreaterThan(0.5);
    expect(findRecurrences({ statement: '收货检验流程不检查书页裁切', category: 'process' }, library, 0.5).map((f) => f.andonId)).toEqual(['a3']);
  });
  it('ignores other categories and unlike causes', () => {
    expect(findRecurrences({ statement: 'Supplier ships without batch certificates', category: 'process' }, library, 0.5)).toEqual([]);
    expect(causeSimilarity('', 'x')).toBe(0);
  });
});
