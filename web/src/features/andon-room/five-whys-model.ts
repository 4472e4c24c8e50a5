import { checkAnalysis } from '#domain/five-whys.ts';
import type { FieldIssue } from '#domain/errors.ts';
import type { ActionKind, RootCauseBody, RootCauseCategory } from '../../api/lifecycle-types.ts';

/** One why → because pair being edited; `key` keeps React's identity through reordering. */
export interface WhyDraft {
  key: number;
  why: string;
  because: string;
  evidence: string;
}

export interface ActionDraft {
  key: number;
  kind: ActionKind;
  description: string;
  owner: string;
  /** yyyy-mm-dd from <input type=date>; the action is due at the end of that day, local time. */
  due: string;
}

export interface FiveWhysDraft {
  whys: WhyDraft[];
  statement: string;
  category: RootCauseCategory;
  processLevel: boolean;
  actions: ActionDraft[];
  nextKey: number;
}

export type FiveWhysEdit =
  | { type: 'addWhy' }
  | { type: 'removeWhy'; index: number }
  | { type: 'moveWhy'; index: number; by: -1 | 1 }
  | { type: 'setWhy'; index: number; field: 'why' | 'because' | 'evidence'; value: string }
  | { type: 'set'; field: 'statement'; value: string }
  | { type: 'setCategory'; value: RootCauseCategory }
  | { type: 'setProcessLevel'; value: boolean }
  | { type: 'addAction'; kind: ActionKind }
  | { type: 'removeAction'; index: number }
  | { type: 'setAction'; index: number; field: 'description' | 'owner' | 'due'; value: string }
  | { type: 'setActionKind'; index: number; value: ActionKind };

/** A fresh analysis: as many empty pairs as the minimum asks, no actions yet. */
export function emptyDraft(minWhys: number): FiveWhysDraft {
  const whys = Array.from({ length: minWhys }, (_, i) => ({ key: i, why: '', because: '', evidence: '' }));
  return { whys, statement: '', category: 'process', processLevel: false, actions: [], nextKey: minWhys };
}

function move<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= list.length) return [...list];
  const copy = [...list];
  [copy[index], copy[to]] = [copy[to]!, copy[index]!];
  return copy;
}

/** The editor's reducer: add, remove, reorder and fill the pairs and the actions. */
export function editFiveWhys(d: FiveWhysDraft, e: FiveWhysEdit): FiveWhysDraft {
  switch (e.type) {
    case 'addWhy':
      return {
        ...d,
        whys: [...d.whys, { key: d.nextKey, why: '', because: '', evidence: '' }],
        nextKey: d.nextKey + 1,
      };
    case 'removeWhy':
      return { ...d, whys: d.whys.filter((_, i) => i !== e.index) };
    case 'moveWhy':
      return { ...d, whys: move(d.whys, e.index, e.by) };
    case 'setWhy':
      return { ...d, whys: d.whys.map((w, i) => (i === e.index ? { ...w, [e.field]: e.value } : w)) };
    case 'set':
      return { ...d, [e.field]: e.value };
    case 'setCategory':
      return { ...d, category: e.value };
    case 'setProcessLevel':
      return { ...d, processLevel: e.value };
    case 'addAction':
      return {
        ...d,
        actions: [...d.actions, { key: d.nextKey, kind: e.kind, description: '', owner: '', due: '' }],
        nextKey: d.nextKey + 1,
      };
    case 'removeAction':
      return { ...d, actions: d.actions.filter((_, i) => i !== e.index) };
    case 'setAction':
      return { ...d, actions: d.actions.map((a, i) => (i === e.index ? { ...a, [e.field]: e.value } : a)) };
    case 'setActionKind':
      return { ...d, actions: d.actions.map((a, i) => (i === e.index ? { ...a, kind: e.value } : a)) };
  }
}

/** The end of a local calendar day as an ISO timestamp; '' for no date. */
export function endOfDay(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return '';
  return new Date(`${date}T23:59:00`).toISOString();
}

/** The request body the draft becomes (text trimmed). */
export function toRootCauseBody(d: FiveWhysDraft, recordedBy: string): RootCauseBody {
  return {
    recordedBy,
    whys: d.whys.map((w) => ({ why: w.why.trim(), because: w.because.trim(), evidence: w.evidence.trim() })),
    statement: d.statement.trim(),
    category: d.category,
    processLevel: d.processLevel,
    actions: d.actions.map((a) => ({
      kind: a.kind,
      description: a.description.trim(),
      owner: a.owner.trim(),
      dueAt: endOfDay(a.due) || new Date(0).toISOString(),
    })),
  };
}

/**
 * Why the analysis is not yet acceptable, by the same rules the server applies (src/domain/five-whys):
 * too few whys, a level without its because or evidence, a cause not at the process level or bare
 * blame, a missing corrective or preventive action, a due date not in the future — plus what the
 * body's schema requires (an owner, a description, a statement).
 */
export function analysisIssues(d: FiveWhysDraft, minWhys: number, now: Date): FieldIssue[] {
  const body = toRootCauseBody(d, 'draft');
  const issues = checkAnalysis(body, { minWhys, now });
  if (!body.statement) issues.push({ path: ['statement'], code: 'required' });
  body.actions.forEach((a, i) => {
    if (!a.description) issues.push({ path: ['actions', i, 'description'], code: 'required' });
    if (!a.owner) issues.push({ path: ['actions', i, 'owner'], code: 'required' });
  });
  return issues;
}

/** The JSON-pointer form of an issue's path, as the API reports fields: /whys/0/evidence. */
export function pointer(path: readonly (string | number)[]): string {
  return `/${path.join('/')}`;
}
