/** English words that carry no problem on their own; negations are kept on purpose ("not cut", "not mine"). */
export const englishStopwords: ReadonlySet<string> = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below between both but by ' +
    'could did do does doing down during each few for from further had has have having he her here hers herself him himself his ' +
    'how i if in into is it its itself just me more most my myself of off on once only or other our ours ourselves out over own ' +
    'same she should so some such than that the their theirs them themselves then there these they this those through to too ' +
    'under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves ' +
    'also am im ive id ill youre thats theres us s t d ll m re ve get got go went can may might must shall yet even still ' +
    'ok okay please thank thanks hello hi dear regards sincerely'
  ).split(' '),
);

/** Han characters that are grammar rather than content; they start no n-gram of their own. */
export const chineseStopChars: ReadonlySet<string> = new Set([
  ...'的了是我你他她它们在和与及或就都也而且但这那之其个吗呢吧啊呀哦嗯么着过把被让给向从对于以为所',
]);

const vowel = /[aeiouy]/;

function hasVowel(stem: string): boolean {
  return vowel.test(stem);
}

/** Undoes the doubled consonant left by -ed/-ing ("stopped" → "stop"), but not in "ll"/"ss"/"zz". */
function undouble(stem: string): string {
  const n = stem.length;
  if (n > 2 && stem[n - 1] === stem[n - 2] && !'lsz'.includes(stem[n - 1] ?? '')) return stem.slice(0, -1);
  return stem;
}

/**
 * A light English stemmer: folds plurals, -ed, -ing, -ly, a few derivational endings and a final
 * silent e, so that "charge", "charged", "charges" and "charging" meet. Stems need not be words.
 */
export function stemEnglish(word: string): string {
  let w = word;
  if (w.length <= 2) return w;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:ch|sh|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ed') && !w.endsWith('eed') && w.length > 3 && hasVowel(w.slice(0, -2)))
    w = undouble(w.slice(0, -2));
  else if (w.endsWith('ing') && w.length > 4 && hasVowel(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  for (const [suffix, replacement] of derivational) {
    if (w.endsWith(suffix) && w.length - suffix.length >= (suffix === 'ate' ? 4 : 3)) {
      w = w.slice(0, -suffix.length) + replacement;
      break;
    }
  }
  if (w.endsWith('e') && w.length >= 3) w = w.slice(0, -1);
  return w;
}

// Suffixes whose stems would otherwise part from their verbs ("payment"/"pay", "notification"/"notify").
const derivational: readonly (readonly [string, string])[] = [
  ['ication', 'y'],
  ['ization', 'ize'],
  ['ation', ''],
  ['ement', ''],
  ['ment', ''],
  ['ness', ''],
  ['ction', 'ct'],
  ['ate', ''],
];
