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

/**
 * Calls to boycott that say so outright ("boycott this", "nie kupujcie", "cancel your", "you should
 * too"): they count in any tone that is not warm, as boycotts are often called calmly ("We moved all
 * our accounts elsewhere. Would suggest other businesses do the same."). The other boycott phrases
 * ("avoid", "spread the word", "please share", "don't use") are everyday advice and count only in
 * a negative or hostile comment. Normalised words as in the lexicon (prefixes, `$` for a whole word).
 */
export const OPEN_CALLS: readonly string[] = [
  'a boycott',
  'anulujcie abonament',
  'anulujcie subskrypcj',
  'anulujcie suby',
  'bojkotowac',
  'bojkotujcie',
  'bojkotujmy',
  'boycott now',
  'boycott the',
  'boycott their',
  'boycott them',
  'boycott these',
  'boycott this',
  'boycott your',
  'boycott$',
  'boycotting them',
  'boycotting this',
  'cancel your',
  'close your accounts',
  'ditch them',
  'ditch your',
  'do bojkotu',
  'do not book',
  'do not buy',
  'do not give them',
  'do not order',
  'do not preorder',
  'do not shop',
  'do the same if i were you',
  'don t book',
  'don t buy',
  'don t give them',
  'don t order',
  'don t preorder',
  'don t shop',
  'dont buy',
  'dont give them',
  'dont order',
  'dont preorder',
  'encourage everyone',
  'friends to do the same',
  'go to an independent',
  'go with anyone else',
  'into doing the same',
  'mass exodus',
  'namowie',
  'neither is anyone',
  'neither should you',
  'nie dawajcie im',
  'nie korzystajcie',
  'nie kupujcie',
  'nie latajcie',
  'nie zamawiajcie',
  'nie zapisujcie',
  'nor should you',
  'odinstalowujemy',
  'odinstalujcie',
  'odradzam wszystkim',
  'przenoscie sie',
  'przestancie kupowac',
  'przestancie placic',
  'pull your money',
  'radze wam to samo',
  'rezygnujcie',
  'should do the same',
  'stop buying',
  'stop ordering',
  'stop paying for',
  'stop shopping',
  'stop supporting',
  'take your business elsewhere',
  'take your money elsewhere',
  'tell everyone to',
  'tell my friends to',
  'tell your mates',
  'use anyone else',
  'usuncie konta',
  'vote with your wallet',
  'wam radze to samo',
  'wam tez radze',
  'wszyscy rezygnujemy',
  'wy tez powinniscie',
  'wyciagajcie kase',
  'wyciagajcie pieniadze',
  'you should too',
  'zamknijcie konta',
  'zrobilabym to samo na waszym miejscu',
  'zrobilbym to samo na waszym miejscu',
];
const OPEN_CALL_WORDS = OPEN_CALLS.map((c) => c.split(' '));

/** Whether normalised words are one of the open calls to boycott. */
export function isOpenCall(words: readonly string[]): boolean {
  return OPEN_CALL_WORDS.some(
    (c) =>
      c.length === words.length &&
      c.every((w, i) => (w.endsWith('$') ? words[i] === w.slice(0, -1) : words[i]!.startsWith(w))),
  );
}
