/**
 * Folding text for the thread cues (derail-cues.ts) and the brand / watch-keyword matcher used for
 * "brand named in negative comments". Polish and English, with or without diacritics.
 */
/** Lower-case, diacritics folded (ł → l): users write Polish with and without them. */
export function fold(text: string): string {
  const t = text.toLowerCase();
  // Most comments are plain ASCII: skip the (slower) Unicode decomposition for them.
  return !/[^\p{ASCII}]/u.test(t)
    ? t
    : t
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/ł/g, 'l');
}

const matchers = new Map<string, (text: string) => string | undefined>();

/**
 * A matcher for brand names and watch keywords: whole words at the start, up to three more letters
 * for Polish inflection ("Zefir" matches "Zefira", "Zefirze"). Returns the matched term or undefined.
 * Compiled once per list of terms: every thread of a page shares it.
 */
export function termMatcher(terms: readonly string[]): (text: string) => string | undefined {
  const key = terms.join('\u0000');
  let m = matchers.get(key);
  if (!m) {
    if (matchers.size >= 32) matchers.clear();
    m = compileTerms(terms);
    matchers.set(key, m);
  }
  return m;
}

function compileTerms(terms: readonly string[]): (text: string) => string | undefined {
  const list = terms
    .map((t) => ({ term: t, folded: fold(t.trim()) }))
    .filter((t) => t.folded.length >= 2)
    .map((t) => ({
      term: t.term,
      re: new RegExp(
        `(?<![\\p{L}\\p{N}])${t.folded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\p{L}{0,3}(?![\\p{L}\\p{N}])`,
        'u',
      ),
    }));
  if (list.length === 0) return () => undefined;
  return (text) => {
    const t = fold(text);
    return list.find((x) => x.re.test(t))?.term;
  };
}
