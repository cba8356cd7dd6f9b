/**
 * Idioms whose words look negative, violent or like a crisis term while the phrase is warm or
 * neutral, and a brand's own apologies ("przepraszamy za utrudnienia"), which are no risk: each is
 * read as one positive expression, and no word inside it counts on its own. Folded Polish (no
 * diacritics) and English, matched like the curated terms (word prefixes, `$` for a whole word).
 * One entry per line, sorted.
 */
export const IDIOMS: readonly string[] = [
  'ani troche nie',
  'apologies for the inconvenience',
  'bez problemu',
  'bez zadnego problemu',
  'bez zarzutu',
  'cannot complain',
  'cant complain',
  'could not be better',
  'couldn t be better',
  'couldnt be better',
  'dangerously addictive',
  'dangerously good',
  'deserves nothing but',
  'killing it',
  'masakra jak dobr',
  'masakra jak tani',
  'nic dodac nic ujac',
  'nic tylko',
  'nie ma co narzekac',
  'nie ma to jak',
  'nie mam zastrzezen',
  'nie moge narzekac',
  'nie narzekam',
  'nie zawiodl',
  'nie zawiodla',
  'nie zawiodlo',
  'no complaints',
  'no problem',
  'not bad',
  'nothing but good',
  'nothing but love',
  'nothing but praise',
  'nothing but the best',
  'przepraszam za utrudnienia',
  'przepraszamy za',
  'sick beat',
  'sorry for any inconvenience',
  'sorry for the inconvenience',
  'stupidly comfortable',
  'stupidly good',
  'szok jak dobr',
  'szok jakie dobr',
  'to die for',
  'wcale nie jest zle',
  'wcale nie zle',
  'we apologise for',
  'we apologize for',
  'zabojczo dobr',
  'zle nie jest',
];

/**
 * Hedges that hold a negative word and say nothing negative ("don't get me wrong", "no offence",
 * "nie zrozum mnie źle"): neutral, not warm. Their words do not count on their own either.
 */
export const HEDGES: readonly string[] = [
  'bez obrazy',
  'do not get me wrong',
  'don t get me wrong',
  'dont get me wrong',
  'nie zrozum mnie zle',
  'nie zrozumcie mnie zle',
  'no offence',
  'no offense',
];
