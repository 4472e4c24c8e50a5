import { chineseStopChars, englishStopwords, stemEnglish } from './stem.ts';
import type { TermTable } from './term-table.ts';

/** Placeholders that stand for what redaction, numbers and dates hide, so "{$21.00}" and "{$5.00}" meet. */
export const placeholders = { date: '#date', money: '#money', number: '#num', link: '#link' } as const;

export interface TokeniseOptions {
  /** Synonyms and translations: terms become concept tokens shared by both languages. */
  terms?: TermTable;
  /** The entity's own name (company, product, shop): its words are dropped, since every complaint about it has them. */
  entityName?: string;
  /** Also emit adjacent-word pairs for English ("late fee"), which sharpen matching of long texts. */
  wordPairs?: boolean;
}

const han = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u3040-\\u30ff';
// One scanner for every piece of a complaint, most specific first: dates, amounts, redactions, links, numbers, Han runs, words.
const scanner = new RegExp(
  [
    `(?<date>(?:\\d{1,4}|x{1,4})[/.-](?:\\d{1,2}|x{1,2})[/.-](?:\\d{2,4}|x{2,4})(?![\\d])|\\d{4}年\\d{1,2}月(?:\\d{1,2}[日号])?|\\d{1,2}月\\d{1,2}[日号])`,
    `(?<money>\\{\\$[\\d.,x]*\\}|[$¥€£]\\s?\\d[\\d,]*(?:\\.\\d+)?|\\d[\\d,]*(?:\\.\\d+)?\\s?(?:元|块钱|块|美元|dollars?\\b|usd\\b|rmb\\b|yuan\\b))`,
    `(?<redacted>(?<![a-z])x{2,}(?![a-z])|\\*{2,}|×{2,}|某某)`,
    `(?<link>https?://\\S+|www\\.\\S+|[\\w.+-]+@[\\w-]+\\.[\\w.]+)`,
    `(?<number>\\d+(?:[.,:]\\d+)*)`,
    `(?<han>[${han}]+)`,
    `(?<word>(?:(?![${han}])[\\p{L}\\p{M}])+(?:['’](?:(?![${han}])[\\p{L}\\p{M}])+)*)`,
  ].join('|'),
  'gu',
);

/** Lower-cases and folds width and compatibility forms (全角 → half-width), as every comparison needs. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The stems of an entity's name, less legal suffixes, to drop from its complaints. */
export function entityNameWords(name: string): Set<string> {
  const words = new Set<string>();
  for (const m of normaliseText(name).matchAll(/[\p{L}\p{M}]+/gu)) {
    const w = m[0];
    if (w.length > 1 && !englishStopwords.has(w) && !legalSuffixes.has(w)) words.add(stemEnglish(w));
  }
  return words;
}

const legalSuffixes = new Set([
  'inc',
  'llc',
  'ltd',
  'corp',
  'corporation',
  'co',
  'company',
  'na',
  'plc',
  'gmbh',
  'sa',
  'lp',
  'llp',
]);

/** English word → stem, or null for stopwords; "didn't" yields its negation. */
function englishWord(word: string, out: string[]): void {
  const w = word.replace(/’/g, "'");
  const apostrophe = w.indexOf("'");
  if (apostrophe > 0) {
    const tail = w.slice(apostrophe + 1);
    const head = w.slice(0, apostrophe);
    if (tail === 't') {
      out.push('not');
      return;
    }
    return englishWord(head, out);
  }
  if (englishStopwords.has(w) || w.length < 2) return;
  out.push(stemEnglish(w));
}

/** Emits a run of stems (and adjacent pairs), plus the concept of each known phrase starting there, longest first. */
function mapEnglishRun(
  stems: readonly string[],
  terms: TermTable | undefined,
  out: string[],
  wordPairs: boolean,
): void {
  let coveredUntil = 0;
  for (let i = 0; i < stems.length; i++) {
    const stem = stems[i] as string;
    out.push(stem);
    if (wordPairs && i > 0) out.push(`${stems[i - 1] as string} ${stem}`);
    if (!terms || i < coveredUntil || !terms.englishStarts.has(stem)) continue;
    for (let n = Math.min(terms.maxEnglish, stems.length - i); n >= 1; n--) {
      const concepts = terms.english.get(n === 1 ? stem : stems.slice(i, i + n).join(' '));
      if (concepts) {
        for (const c of concepts) out.push(c);
        coveredUntil = i + n;
        break;
      }
    }
  }
}

/** Han characters → unigrams (less grammar characters) and bigrams, plus the concept of each word the term table knows there, longest first. */
function mapHanRun(run: string, terms: TermTable | undefined, out: string[]): void {
  let coveredUntil = 0;
  for (let i = 0; i < run.length; i++) {
    const c = run[i] as string;
    const stop = chineseStopChars.has(c);
    if (!stop) out.push(c);
    if (i + 1 < run.length) {
      const next = run[i + 1] as string;
      if (!(stop && chineseStopChars.has(next))) out.push(c + next);
    }
    if (!terms || i < coveredUntil) continue;
    for (let n = Math.min(terms.maxChinese, run.length - i); n >= 1; n--) {
      const concepts = terms.chinese.get(n === 1 ? c : run.slice(i, i + n));
      if (concepts) {
        for (const concept of concepts) out.push(concept);
        coveredUntil = i + n;
        break;
      }
    }
  }
}

/**
 * Turns a complaint into the tokens it is compared by: English stems (stopwords out, negations in),
 * Han character unigrams and bigrams, placeholders for dates, amounts and numbers, redactions
 * (XXXX, ***) dropped, and concept tokens where the term table knows a word in either language.
 */
export function tokenise(text: string, options: TokeniseOptions = {}): string[] {
  const { terms, wordPairs = false } = options;
  let normalised = normaliseText(text);
  const drop = options.entityName ? entityNameWords(options.entityName) : undefined;
  if (options.entityName && /[\u3400-\u9fff]/.test(options.entityName)) {
    const hanName = normaliseText(options.entityName).replace(/[^\u3400-\u9fff]/g, '');
    if (hanName.length > 1) normalised = normalised.split(hanName).join(' ');
  }
  const out: string[] = [];
  let stems: string[] = [];
  const flushEnglish = () => {
    if (stems.length > 0) mapEnglishRun(stems, terms, out, wordPairs);
    stems = [];
  };
  for (const m of normalised.matchAll(scanner)) {
    const g = m.groups ?? {};
    if (g['word'] !== undefined) {
      const before = stems.length;
      englishWord(g['word'], stems);
      if (drop && stems.length > before && drop.has(stems[stems.length - 1] as string)) stems.pop();
      continue;
    }
    flushEnglish();
    if (g['han'] !== undefined) mapHanRun(g['han'], terms, out);
    else if (g['date'] !== undefined) out.push(placeholders.date);
    else if (g['money'] !== undefined) out.push(placeholders.money);
    else if (g['number'] !== undefined) out.push(placeholders.number);
    else if (g['link'] !== undefined) out.push(placeholders.link);
  }
  flushEnglish();
  if (terms && terms.aliases.size > 0) {
    for (let i = 0; i < out.length; i++) out[i] = terms.aliases.get(out[i] as string) ?? (out[i] as string);
  }
  return out;
}
