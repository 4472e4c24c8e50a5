import { builtInTerms } from './term-table-data.ts';
import { tokenise } from './tokenise.ts';

/** One concept and the words for it, in any language ("书页未裁开" can sit beside "uncut pages"). */
export interface TermEntry {
  concept: string;
  terms: readonly string[];
}

/** A compiled term table: what the tokeniser looks up. */
export interface TermTable {
  /** Stemmed English phrase ("pag not cut") → concept tokens. */
  readonly english: ReadonlyMap<string, readonly string[]>;
  /** First stems of English phrases, to skip the look-up for most words. */
  readonly englishStarts: ReadonlySet<string>;
  readonly maxEnglish: number;
  /** Han (or other unspaced) string → concept tokens. */
  readonly chinese: ReadonlyMap<string, readonly string[]>;
  readonly maxChinese: number;
  /** Learned synonyms: token → the token of its class, applied after everything else. */
  readonly aliases: ReadonlyMap<string, string>;
  /** The entries it was built from, so it can be extended. */
  readonly entries: readonly TermEntry[];
}

/** The token a concept is written as; it cannot collide with a word or a character. */
export function conceptToken(concept: string): string {
  return `~${concept}`;
}

const hanPattern = /[\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff]/;

function addTo(map: Map<string, string[]>, key: string, concept: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [concept]);
  else if (!list.includes(concept)) list.push(concept);
}

/**
 * Compiles term entries (and learned aliases) into a table. English terms are stemmed with the
 * tokeniser's own rules, so "pages not cut" also matches "page not cut" and "Pages NOT cut".
 */
export function buildTermTable(
  entries: readonly TermEntry[] = builtInTerms,
  aliases: ReadonlyMap<string, string> = new Map(),
): TermTable {
  const english = new Map<string, string[]>();
  const chinese = new Map<string, string[]>();
  for (const entry of entries) {
    const concept = conceptToken(entry.concept);
    for (const term of entry.terms) {
      if (hanPattern.test(term)) {
        const key = term.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
        if (key) addTo(chinese, key, concept);
      } else {
        const stems = tokenise(term);
        if (stems.length > 0) addTo(english, stems.join(' '), concept);
      }
    }
  }
  let maxEnglish = 1;
  const englishStarts = new Set<string>();
  for (const key of english.keys()) {
    const words = key.split(' ');
    maxEnglish = Math.max(maxEnglish, words.length);
    englishStarts.add(words[0] as string);
  }
  let maxChinese = 1;
  for (const key of chinese.keys()) maxChinese = Math.max(maxChinese, key.length);
  return { english, englishStarts, maxEnglish, chinese, maxChinese, aliases, entries };
}

/** A table with the user's own entries added to it (a deployment's product words, its customers' slang). */
export function extendTermTable(table: TermTable, extra: readonly TermEntry[]): TermTable {
  return buildTermTable([...table.entries, ...extra], table.aliases);
}

/** A table with learned synonyms (token → class token) merged into the ones it already had. */
export function withAliases(table: TermTable, aliases: ReadonlyMap<string, string>): TermTable {
  return buildTermTable(table.entries, new Map([...table.aliases, ...aliases]));
}

let defaultTable: TermTable | undefined;

/** The built-in bilingual table, compiled once. */
export function defaultTermTable(): TermTable {
  defaultTable ??= buildTermTable(builtInTerms);
  return defaultTable;
}
