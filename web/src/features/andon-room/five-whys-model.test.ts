import { describe, expect, it } from 'vitest';
import {
  analysisIssues,
  editFiveWhys,
  emptyDraft,
  endOfDay,
  type FiveWhysDraft,
  pointer,
  toRootCauseBody,
} from './five-whys-model.ts';

const now = new Date('2026-07-01T12:00:00Z');
const apply = (d: FiveWhysDraft, ...edits: Parameters<typeof editFiveWhys>[1][]) =>
  edits.reduce(editFiveWhys, d);

describe('the five-whys editor', () => {
  it('starts with as many pairs as the minimum, adds, removes and reorders them', () => {
    let d = emptyDraft(5);
    expect(d.whys).toHaveLength(5);
    d = apply(
      d,
      { type: 'setWhy', index: 0, field: 'why', value: 'first' },
      { type: 'setWhy', index: 1, field: 'why', value: 'second' },
    );
    d = apply(d, { type: 'moveWhy', index: 1, by: -1 });
    expect(d.whys.slice(0, 2).map((w) => w.why)).toEqual(['second', 'first']);
    // Moving past either end changes nothing.
    expect(apply(d, { type: 'moveWhy', index: 0, by: -1 }).whys.map((w) => w.key)).toEqual(
      d.whys.map((w) => w.key),
    );
    d = apply(d, { type: 'addWhy' }, { type: 'removeWhy', index: 0 });
    expect(d.whys).toHaveLength(5);
    expect(d.whys[0]!.why).toBe('first');
    expect(new Set(d.whys.map((w) => w.key)).size).toBe(5);
  });

  it('says why the analysis is not yet acceptable, by the server’s rules', () => {
    const d = apply(
      emptyDraft(2),
      { type: 'set', field: 'statement', value: 'human error' },
      { type: 'addAction', kind: 'corrective' },
    );
    const codes = analysisIssues(d, 5, now).map((i) => `${pointer(i.path)}:${i.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        '/whys:too_few_whys',
        '/whys/0/because:required',
        '/whys/0/evidence:required',
        '/processLevel:not_process_level',
        '/statement:bare_human_error',
        '/actions:preventive_action_required',
        '/actions/0/dueAt:due_in_past',
        '/actions/0/owner:required',
        '/whys/1/why:required',
      ]),
    );
  });

  it('accepts a complete analysis and sends it trimmed, due at the end of the chosen day', () => {
    let d = emptyDraft(1);
    d = apply(
      d,
      { type: 'setWhy', index: 0, field: 'why', value: ' Why uncut? ' },
      { type: 'setWhy', index: 0, field: 'because', value: 'No step checks the page block' },
      { type: 'setWhy', index: 0, field: 'evidence', value: 'Process map' },
      { type: 'set', field: 'statement', value: 'No inspection step checks the page block' },
      { type: 'setProcessLevel', value: true },
      { type: 'addAction', kind: 'corrective' },
      { type: 'setAction', index: 0, field: 'description', value: 'Reprint' },
      { type: 'setAction', index: 0, field: 'owner', value: 'wang.fang' },
      { type: 'setAction', index: 0, field: 'due', value: '2026-07-10' },
      { type: 'addAction', kind: 'corrective' },
      { type: 'setActionKind', index: 1, value: 'preventive' },
      { type: 'setAction', index: 1, field: 'description', value: 'Add a check' },
      { type: 'setAction', index: 1, field: 'owner', value: 'qa.zhou' },
      { type: 'setAction', index: 1, field: 'due', value: '2026-08-01' },
    );
    expect(analysisIssues(d, 1, now)).toEqual([]);
    const body = toRootCauseBody(d, 'qa.zhou');
    expect(body.whys[0]!.why).toBe('Why uncut?');
    expect(body.actions.map((a) => a.kind)).toEqual(['corrective', 'preventive']);
    expect(body.actions[0]!.dueAt).toBe(endOfDay('2026-07-10'));
    expect(new Date(body.actions[0]!.dueAt).getDate()).toBe(10);
    expect(endOfDay('')).toBe('');
  });
});
