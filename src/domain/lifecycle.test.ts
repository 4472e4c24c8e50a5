import { describe, expect, it } from 'vitest';
import { andonStates, type AndonState } from './andon.ts';
import {
  advance,
  andonActions,
  type AndonAction,
  decideReview,
  isIndependentVerifier,
  isOpenState,
  type LifecycleFacts,
  missingForRelist,
  probationUntil,
  transition,
} from './lifecycle.ts';

const none: LifecycleFacts = { containmentDone: false, rootCauseDone: false, openCorrectiveActions: 1, rectificationRecorded: false, acceptance: null };
const all: LifecycleFacts = { containmentDone: true, rootCauseDone: true, openCorrectiveActions: 0, rectificationRecorded: true, acceptance: 'passed' };
const failed: LifecycleFacts = { ...all, acceptance: 'failed' };

// The whole table: every state × every action, with every gate met (failed acceptance for the rejection).
const expected: Record<AndonState, Partial<Record<AndonAction, AndonState>>> = {
  pulled: { contain: 'contained', retire: 'retired', invalidate: 'invalid' },
  contained: { record_root_cause: 'root_caused', retire: 'retired', invalidate: 'invalid' },
  root_caused: { request_acceptance: 'awaiting_acceptance', retire: 'retired', invalidate: 'invalid' },
  awaiting_acceptance: { relist: 'relisted', reject_rectification: 'root_caused', retire: 'retired', invalidate: 'invalid' },
  relisted: {},
  retired: {},
  invalid: {},
};

describe('the andon state machine', () => {
  for (const state of andonStates) {
    for (const action of andonActions) {
      const to = expected[state][action];
      it(`${state} --${action}--> ${to ?? 'refused'}`, () => {
        const result = transition(state, action, action === 'reject_rectification' ? failed : all);
        if (to) expect(result).toEqual({ ok: true, from: state, to });
        else expect(result.ok).toBe(false);
      });
    }
  }

  it('never moves a closed andon, and says so', () => {
    for (const state of ['relisted', 'retired', 'invalid'] as const) {
      expect(isOpenState(state)).toBe(false);
      expect(transition(state, 'retire', all)).toEqual({ ok: false, from: state, reason: 'closed', missing: [] });
    }
  });

  it('refuses a forward step whose gate is not met, naming what is missing', () => {
    expect(transition('pulled', 'contain', none)).toEqual({ ok: false, from: 'pulled', reason: 'gate', missing: ['containment'] });
    expect(transition('contained', 'record_root_cause', { ...all, rootCauseDone: false })).toMatchObject({ reason: 'gate', missing: ['root_cause'] });
    expect(transition('root_caused', 'request_acceptance', { ...all, openCorrectiveActions: 2, rectificationRecorded: false })).toMatchObject({
      reason: 'gate',
      missing: ['corrective_actions', 'rectification'],
    });
    expect(transition('awaiting_acceptance', 'reject_rectification', all)).toMatchObject({ reason: 'gate', missing: ['acceptance'] });
  });

  it('refuses a step out of order with the state it is in', () => {
    expect(transition('pulled', 'record_root_cause', all)).toMatchObject({ ok: false, from: 'pulled', reason: 'wrong_state' });
    expect(transition('contained', 'contain', all)).toMatchObject({ ok: false, reason: 'wrong_state' });
  });

  it('lists exactly what is still missing when a relist is refused', () => {
    expect(transition('pulled', 'relist', none)).toEqual({
      ok: false,
      from: 'pulled',
      reason: 'gate',
      missing: ['containment', 'root_cause', 'corrective_actions', 'rectification', 'acceptance'],
    });
    expect(transition('awaiting_acceptance', 'relist', { ...all, acceptance: null })).toMatchObject({ missing: ['acceptance'] });
    expect(transition('awaiting_acceptance', 'relist', failed)).toMatchObject({ missing: ['acceptance'] });
    expect(missingForRelist(all)).toEqual([]);
  });

  it('advances as far as the facts allow when they arrive out of order, never to relisted', () => {
    expect(advance('pulled', { ...none, rootCauseDone: true })).toEqual([]);
    expect(advance('pulled', { ...none, containmentDone: true })).toEqual(['contained']);
    expect(advance('pulled', { ...none, containmentDone: true, rootCauseDone: true })).toEqual(['contained', 'root_caused']);
    expect(advance('contained', { ...none, containmentDone: true, rootCauseDone: true })).toEqual(['root_caused']);
    expect(advance('awaiting_acceptance', all)).toEqual([]);
    expect(advance('relisted', all)).toEqual([]);
  });
});

describe('the review', () => {
  const base = { state: 'pulled' as const, alreadyReviewed: false, reasonCode: null, reviewer: 'manager.wu', pulledBy: 'xiao.lin', rewardRecipient: 'xiao.lin' };
  it('grants the reward of a valid pull', () => {
    expect(decideReview({ ...base, verdict: 'valid' })).toEqual({ ok: true, reward: 'granted', close: false });
  });
  it('voids the reward of an invalid pull and closes it while open', () => {
    expect(decideReview({ ...base, verdict: 'invalid', reasonCode: 'customer_choice' })).toEqual({ ok: true, reward: 'void', close: true });
    expect(decideReview({ ...base, state: 'relisted', verdict: 'invalid', reasonCode: 'other' })).toEqual({ ok: true, reward: 'void', close: false });
  });
  it('needs a reason code for an invalid verdict', () => {
    expect(decideReview({ ...base, verdict: 'invalid' })).toEqual({ ok: false, reason: 'reason_required' });
  });
  it('reviews each pull once, never by the puller or the rewarded agent', () => {
    expect(decideReview({ ...base, alreadyReviewed: true, verdict: 'valid' })).toEqual({ ok: false, reason: 'already_reviewed' });
    expect(decideReview({ ...base, reviewer: 'xiao.lin', verdict: 'valid' })).toEqual({ ok: false, reason: 'self_review' });
    expect(decideReview({ ...base, pulledBy: 'system', reviewer: 'xiao.lin', verdict: 'valid' })).toEqual({ ok: false, reason: 'self_review' });
  });
});

describe('acceptance and probation', () => {
  it('needs a verifier who did not make the fix', () => {
    expect(isIndependentVerifier('qa.zhou', ['wang.fang', null])).toBe(true);
    expect(isIndependentVerifier(' Wang.Fang ', ['wang.fang'])).toBe(false);
  });
  it('ends probation a set number of days after the relist', () => {
    expect(probationUntil(new Date('2026-11-01T00:00:00.000Z'), 30)).toBe('2026-12-01T00:00:00.000Z');
  });
});
