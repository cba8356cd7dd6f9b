/**
 * Situation words that are everyday words too: alone, they raise their signal only in a negative
 * or hostile comment ("an extremely aggressive cancer", "a martial-arts injury", "worse is
 * better", "defecting"). Chosen by counting, on the training splits of GoEmotions, CLARIN-Emo,
 * XED-pl, OLID and the PEAP tweets (67,182 comments, almost none about a brand) and the ordinary
 * set, how often each single word raised a signal: the words that did so 12 times or more and
 * never in a true signal of the signal set's training part. Stems, normalised (lowercase, no
 * diacritics), matched as word prefixes. One entry per line, sorted.
 */
export const AMBIGUOUS_STEMS: readonly string[] = [
  'aggressive',
  'broken',
  'cheat',
  'condescending',
  'cursed',
  'dangerous',
  'delay',
  'deliberately',
  'discriminat',
  'disrespect',
  'flames',
  'harassment',
  'hospital',
  'injur',
  'lied',
  'lies',
  'misleading',
  'racist',
  'rats',
  'sarcastic',
  'sexist',
  'stealing',
  'sue',
  'szpital',
  'throwing',
  'yelling',
];

/**
 * Everyday phrases of the same kind, counted the same way (12 or more signals on those corpora,
 * none true in the signal set): "still not too high on him", "on purpose". Whole phrases,
 * normalised words joined by one space. "doesn't work" and "not working" passed the count too but
 * stay out: a defect is often reported flatly ("The app doesn't work since the update").
 */
export const AMBIGUOUS_PHRASES: readonly string[] = ['kilka godzin', 'lying to', 'on purpose', 'still not'];

/** Whether a single normalised word is one of the ambiguous situation words. */
export function isAmbiguousWord(word: string): boolean {
  for (const s of AMBIGUOUS_STEMS) if (word.startsWith(s)) return s !== 'sue' || word === 'sue';
  return false;
}

/** Whether normalised words, joined by one space, are one of the ambiguous situation phrases. */
export const isAmbiguousPhrase = (words: readonly string[]): boolean => AMBIGUOUS_PHRASES.includes(words.join(' '));
