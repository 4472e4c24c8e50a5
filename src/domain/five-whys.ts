import type { FieldIssue } from './errors.ts';

/** Where a root cause lives; `people_in_process` is a person's step in a process, never bare blame. */
export const rootCauseCategories = ['process', 'supplier', 'design', 'system', 'people_in_process'] as const;
export type RootCauseCategory = (typeof rootCauseCategories)[number];

export const actionKinds = ['corrective', 'preventive'] as const;
export type ActionKind = (typeof actionKinds)[number];

/** The default shortest chain of whys (the seed: "ask why more than five times"). */
export const DEFAULT_MIN_WHYS = 5;

export interface Why {
  why: string;
  because: string;
  evidence: string;
}

export interface RootCauseAction {
  kind: ActionKind;
  description: string;
  owner: string;
  dueAt: string;
}

export interface RootCauseAnalysis {
  whys: Why[];
  statement: string;
  category: RootCauseCategory;
  processLevel: boolean;
  actions: RootCauseAction[];
}

// Blame words: a cause that only says "someone got it wrong" stops the whys too early.
const blamePhrases = [
  'human error',
  'operator error',
  'user error',
  'staff error',
  'careless',
  'negligence',
  'negligent',
  'mistake',
  'forgot',
  'not careful',
  'lack of attention',
  '人为失误',
  '人为错误',
  '人为因素',
  '操作失误',
  '员工失误',
  '工人失误',
  '粗心',
  '疏忽',
  '马虎',
  '不认真',
  '责任心',
];

// A cause that names a process element has gone past the person to the system around them.
const processWords = [
  'process',
  'procedure',
  'step',
  'check',
  'inspection',
  'standard',
  'sop',
  'policy',
  'specification',
  'spec',
  'workflow',
  'training',
  'criteria',
  'control',
  'system',
  '流程',
  '步骤',
  '环节',
  '工序',
  '检查',
  '检验',
  '标准',
  '规程',
  '规范',
  '制度',
  '机制',
  '培训',
  '系统',
];

/** Is this statement just blame ("human error", "操作失误") with no process element named? */
export function isBareHumanError(statement: string): boolean {
  const s = statement.toLowerCase();
  return blamePhrases.some((p) => s.includes(p)) && !processWords.some((w) => s.includes(w));
}

/**
 * Checks a five-whys analysis before it is accepted as the root cause: at least `minWhys` levels,
 * each with a why, a because and its evidence; the cause classified and marked process-level, not
 * a bare human error; at least one corrective and one preventive action, each with one owner and a
 * due date after `now`. Returns every problem found, each at its field.
 */
export function checkAnalysis(analysis: RootCauseAnalysis, options: { minWhys: number; now: Date }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (analysis.whys.length < options.minWhys) {
    issues.push({ path: ['whys'], code: 'too_few_whys', params: { min: options.minWhys, count: analysis.whys.length } });
  }
  analysis.whys.forEach((w, i) => {
    for (const field of ['why', 'because', 'evidence'] as const) {
      if (w[field].trim().length === 0) issues.push({ path: ['whys', i, field], code: 'required' });
    }
  });
  if (!analysis.processLevel) issues.push({ path: ['processLevel'], code: 'not_process_level' });
  if (isBareHumanError(analysis.statement)) issues.push({ path: ['statement'], code: 'bare_human_error' });
  const last = analysis.whys[analysis.whys.length - 1];
  if (last && isBareHumanError(last.because)) {
    issues.push({ path: ['whys', analysis.whys.length - 1, 'because'], code: 'bare_human_error' });
  }
  for (const kind of actionKinds) {
    if (!analysis.actions.some((a) => a.kind === kind)) issues.push({ path: ['actions'], code: `${kind}_action_required` });
  }
  analysis.actions.forEach((a, i) => {
    if (Date.parse(a.dueAt) <= options.now.getTime()) issues.push({ path: ['actions', i, 'dueAt'], code: 'due_in_past' });
  });
  return issues;
}

/** Words and Han bigrams of a text: enough to compare two short root-cause statements in either language. */
export function causeTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  const lower = text.toLowerCase();
  for (const word of lower.match(/[a-z0-9]+/g) ?? []) {
    if (word.length >= 3 && !stopWords.has(word)) tokens.add(word.replace(/(ing|ed|es|s)$/, ''));
  }
  for (const run of lower.match(/[\u4e00-\u9fff]+/g) ?? []) {
    if (run.length === 1) tokens.add(run);
    for (let i = 0; i + 1 < run.length; i++) tokens.add(run.slice(i, i + 2));
  }
  return tokens;
}

const stopWords = new Set(['the', 'and', 'for', 'not', 'any', 'was', 'were', 'are', 'that', 'this', 'with', 'from', 'into', 'only', 'never', 'its', 'our', 'has', 'have', 'had', 'but', 'all', 'one']);

/** Jaccard similarity of two statements' tokens, 0 … 1. */
export function causeSimilarity(a: string, b: string): number {
  const x = causeTokens(a);
  const y = causeTokens(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  return shared / (x.size + y.size - shared);
}

export interface PastCause {
  andonId: string;
  statement: string;
  category: RootCauseCategory;
}

/**
 * Past root causes like a new one (a recurrence): the same category and a statement at least
 * `threshold` similar, most similar first.
 */
export function findRecurrences<P extends PastCause>(
  cause: { statement: string; category: RootCauseCategory },
  library: readonly P[],
  threshold: number,
): (P & { similarity: number })[] {
  return library
    .filter((p) => p.category === cause.category)
    .map((p) => ({ ...p, similarity: Math.round(causeSimilarity(cause.statement, p.statement) * 1000) / 1000 }))
    .filter((p) => p.similarity >= threshold)
    .sort((a, b) => b.similarity - a.similarity);
}
