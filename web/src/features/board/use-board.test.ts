import { describe, expect, it } from 'vitest';
import { changesBoard } from './use-board.ts';

const snapshot = (id: string) => ({
  id,
  ref: id,
  status: 'on_sale' as const,
  andonId: null,
  since: null,
  version: 1,
});

describe('which live events reload the board', () => {
  const lit = new Set(['t-lit']);
  it('reloads on pulls, lifecycle changes and status changes', () => {
    expect(
      changesBoard(
        { type: 'andon.pulled', andonId: 'a', targetId: 't-new', issueCode: 'defective', trigger: 'rule' },
        lit,
      ),
    ).toBe(true);
    expect(
      changesBoard(
        { type: 'andon.changed', andonId: 'a', targetId: 't-lit', state: 'contained', change: 'state' },
        lit,
      ),
    ).toBe(true);
    expect(changesBoard({ type: 'target.relisted', target: snapshot('t-lit') }, lit)).toBe(true);
  });

  it('ignores complaints and edits about targets that have no lamp', () => {
    expect(
      changesBoard(
        { type: 'complaint.created', complaintId: 'c', targetId: 't-other', issueCode: 'defective' },
        lit,
      ),
    ).toBe(false);
    expect(
      changesBoard(
        { type: 'complaint.created', complaintId: 'c', targetId: 't-lit', issueCode: 'defective' },
        lit,
      ),
    ).toBe(true);
    expect(changesBoard({ type: 'target.upserted', target: snapshot('t-other') }, lit)).toBe(false);
  });
});
