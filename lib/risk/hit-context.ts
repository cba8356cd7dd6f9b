/**
 * Context rules for lexicon hits, each looking at a few words around the hit. Crisis signals: a
 * phrase that names a situation elsewhere does not here ("I don't use it" is a habit, "your logic
 * doesn't work" judges an argument, "the refund arrived" is news, "it broke my heart" is a feeling,
 * "people are disappointed" reports others' feelings, "vulnerable to leaks" is no leak). Insults:
 * a word that judges things as often as people ("trash") is an insult only next to a person.
 */
import type { Language } from './types';
import { findPattern, matches, parsePattern, type Hit } from './lexicon-match';
import { BAD_NEWS } from './lexicons/frames';
import type { ModelInput } from './model-input';
import { joinedToNext } from './tokens';
import { negatorAt } from './negation';

type Tokens = ModelInput['tokens'];

// English subjects and determiners that make a call-to-action or rumour phrase a plain statement.
const SUBJECT = new Set(['i', 'we', 'they', 'he', 'she', 'who', 'still', 'also', 'just']);
const DETERMINER = new Set([
  'each',
  'every',
  'this',
  'that',
  'one',
  'a',
  'no',
  'last',
  'first',
  'which',
  'your',
  'my',
  'his',
  'her',
  'their',
  'our',
  'any',
]);

/**
 * "I don't use it" is a habit, not a call to boycott ("Don't use them"); "each word is chosen" is
 * not "word is they're closing". English phrases only (Polish calls are imperatives: "nie kupujcie").
 */
function notACall(h: Hit, tokens: Tokens, language: Language): boolean {
  if (language !== 'en' || h.token === 0) return false;
  const before = tokens[h.token - 1]!.text;
  if (h.target === 'boycott') return SUBJECT.has(before);
  if (h.target === 'rumour' && tokens[h.token]!.text === 'word') return DETERMINER.has(before);
  return false;
}

// What a writer's argument is made of: "your logic doesn't work", "ta teoria nie działa" judge a
// line of reasoning, not a product.
const REASONING = [
  'analog',
  'argument',
  'comparison',
  'equation',
  'excuse',
  'logic',
  'logik',
  'math',
  'point$',
  'porownani',
  'reasoning',
  'rozumowani',
  'teori',
  'theory',
  'wymowk',
].map(parsePattern);
const WORKS = ['work$', 'works$', 'dziala$', 'dzialaja$'].map(parsePattern);
// A refund that came ("the refund arrived today", "zwrot wpłynął") is news, not a grievance, unless
// it is still awaited or came short ("still", "nie", "only half").
const REFUND = ['refund', 'zwrot'].map(parsePattern);
const CAME = [
  'arrived',
  'back$',
  'came$',
  'dotarl',
  'landed',
  'oddali$',
  'otrzymal',
  'processed',
  'przyszedl',
  'przyszla',
  'received',
  'smooth',
  'sprawnie',
  'wplynal',
  'wplynel',
  'wrocil',
  'zaksiegowan',
].map(parsePattern);
const NOT_YET = ['half', 'jeszcze', 'nadal', 'nie', 'never', 'no', 'not', 'only', 'still', 't', 'tylko', 'yet'].map(
  (w) => parsePattern(`${w}$`),
);

// "It broke my heart", "złamało mi serce": a feeling, not a defect.
const HEART = ['heart$', 'hearts$', 'serce$', 'serduszko$'].map(parsePattern);

/** A defect word followed within three words by a heart. */
function aHeartBroke(h: Hit, tokens: Tokens): boolean {
  const end = h.token + (h.tokens ?? 1);
  return h.target === 'refundDelayDefect' && anyWord(tokens, end, end + 3, HEART);
}

/** Does one of tokens[from, to) match one of the single-word patterns? */
function anyWord(tokens: Tokens, from: number, to: number, patterns: ReturnType<typeof parsePattern>[]) {
  for (let k = Math.max(0, from); k < Math.min(tokens.length, to); k++)
    for (const p of patterns) if (matches(tokens[k]!.text, p.stems[0]!, p.exact[0]!)) return true;
  return false;
}

/** A "does not work" whose subject, within three words before it, is an argument, not a product. */
function anArgumentFails(h: Hit, tokens: Tokens): boolean {
  const end = h.token + (h.tokens ?? 1);
  return (
    h.target === 'refundDelayDefect' &&
    anyWord(tokens, h.token, end, WORKS) &&
    anyWord(tokens, h.token - 3, h.token, REASONING)
  );
}

/**
 * A refund hit with "arrived" / "wpłynął" within six words, and nothing within three words of the
 * two saying it is still awaited ("zwrot jeszcze nie przyszedł", "came, but only half"); a "nie"
 * further on is about something else ("przyszedł w 2 dni, nawet nie zdążyłam się zdenerwować").
 */
function refundArrived(h: Hit, tokens: Tokens): boolean {
  const end = h.token + (h.tokens ?? 1);
  if (h.target !== 'refundDelayDefect' || !anyWord(tokens, h.token, end, REFUND)) return false;
  for (let k = Math.max(0, h.token - 6); k < Math.min(tokens.length, end + 6); k++)
    if (anyWord(tokens, k, k + 1, CAME))
      return !anyWord(tokens, Math.min(h.token, k) - 3, Math.max(end, k + 1) + 3, NOT_YET);
  return false;
}

// People in general as the ones who feel or would want something: "I understand why people would
// want a refund", "people are still disappointed" report others' feelings in an argument, not a
// customer's own grievance. Customers and users are not in the list: "customers are disappointed"
// speaks for the brand's own buyers.
const PEOPLE = ['people$', 'folks$', 'everyone$', 'everybody$', 'someone$', 'somebody$', 'ludzie$', 'niektorzy$'].map(
  parsePattern,
);
// Feelings, not faults: only these complaint words are others' feelings when people feel them.
const FEELINGS = [
  'angry',
  'annoyed',
  'disappoint',
  'frustrat',
  'upset',
  'rozczarowan',
  'wkurz',
  'wscie',
  'zawiedz',
].map(parsePattern);
const MODAL = ['would$', 'might$', 'could$', 'may$', 'by$', 'mogliby$', 'moga$', 'moze$'].map(parsePattern);
const FIRST_OR_SECOND = ['i$', 'me$', 'my$', 'we$', 'us$', 'you$', 'u$', 'ja$', 'mnie$', 'mi$', 'wy$'].map(
  parsePattern,
);

/**
 * A complaint felt by people in general ("people are still disappointed") or a refund they would
 * want, with no first or second person in the four words before it.
 */
function othersFeel(h: Hit, tokens: Tokens): boolean {
  if (h.target !== 'complaint' && h.target !== 'refundDelayDefect') return false;
  const from = h.token - 4;
  if (!anyWord(tokens, from, h.token, PEOPLE) || anyWord(tokens, from, h.token, FIRST_OR_SECOND)) return false;
  const end = h.token + (h.tokens ?? 1);
  return h.target === 'complaint'
    ? anyWord(tokens, h.token, end, FEELINGS)
    : anyWord(tokens, from, h.token, MODAL) && anyWord(tokens, h.token, end, REFUND);
}

// A weakness described, not a leak that happened: "vulnerable to credential leaks", "risk of
// unauthorized access", "podatny na wyciek".
const POTENTIAL = ['vulnerab', 'risk', 'potential', 'podatn', 'ryzyk', 'zagrozen'].map(parsePattern);

/** A data-leak hit with a vulnerability or risk word within six words before it. */
function aWeakness(h: Hit, tokens: Tokens): boolean {
  return h.target === 'dataLeak' && anyWord(tokens, h.token - 6, h.token, POTENTIAL);
}

// "it doesn't work for most people" after "your equation": the pronoun stands for the argument.
const PRONOUN = ['it$', 'this$', 'that$', 'to$', 'ono$'].map(parsePattern);

/** "It doesn't work" with an argument named within the twelve words before the pronoun. */
function itsArgumentFails(h: Hit, tokens: Tokens): boolean {
  const end = h.token + (h.tokens ?? 1);
  return (
    h.target === 'refundDelayDefect' &&
    anyWord(tokens, h.token, end, WORKS) &&
    anyWord(tokens, h.token - 1, h.token, PRONOUN) &&
    anyWord(tokens, h.token - 13, h.token - 1, REASONING)
  );
}

// A product that gave out after years ("po 12 latach", "after ten years") is old, not defective.
const YEARS = ['latach$', 'years$'].map(parsePattern);

/** A defect hit with "after … years" within eight words of it. */
function wornOut(h: Hit, tokens: Tokens): boolean {
  const end = h.token + (h.tokens ?? 1);
  return h.target === 'refundDelayDefect' && anyWord(tokens, h.token - 8, end + 8, YEARS);
}

// What follows "heard" when it is hearing, not hearsay: "the best voice I have heard and…",
// "never heard of them", "have you heard this one's voice", "haven't you heard?" (a sentence end).
// Hearsay names what was heard: "heard the bank is in trouble", "heard your CEO…", "heard that…".
const HEARING_NEXT = new Set([
  'and',
  'anything',
  'back',
  'before',
  'but',
  'enough',
  'him',
  'me',
  'my',
  'nothing',
  'of',
  'or',
  'so',
  'such',
  'them',
  'this',
  'us',
  'yet',
]);

// Polish hearsay says what or whom it heard: "słyszałam, że…", "słyszałem o…", "od sąsiadki".
// Anything else in the same sentence is hearing: "słyszałam waszą reklamę w radiu", "słyszała
// cała kolejka", "słyszałam jak sąsiad chrapie".
const HEARSAY_NEXT_PL = ['iz$', 'jakoby', 'niby', 'o$', 'od$', 'plotk', 'podobno', 'ponoc', 'ze$'].map(parsePattern);
const HEARD_PL = ['slyszal', 'slyszel'].map(parsePattern);

/** "heard" as hearing: at a sentence end or before a word that does not open what was heard. */
function hearingNotHearsay(h: Hit, tokens: Tokens, text: string): boolean {
  if (h.target !== 'rumour') return false;
  const last = h.token + (h.tokens ?? 1) - 1;
  const heard = tokens[last]!;
  const next = tokens[last + 1];
  if (heard.text === 'heard') return !next || !joinedToNext(tokens, last) || HEARING_NEXT.has(next.text);
  if (!anyWord(tokens, last, last + 1, HEARD_PL) || !next || /[.!?]/.test(text.slice(heard.end, next.start)))
    return false;
  return !anyWord(tokens, last + 1, last + 2, HEARSAY_NEXT_PL);
}

const BELIEVE = ['believe$', 'wierz'].map(parsePattern);
// "Nie zgadzam się z tymi, co piszą, że…", "I disagree with people saying…": others' opinion, disputed.
const DISAGREE = [
  ['nie', 'zgadzam', 'sie'],
  ['disagree', 'with'],
  ['don', 't', 'agree', 'with'],
];
const RUMOUR_WORD = ['gossip', 'plotk', 'poglosk', 'rumor', 'rumour'].map(parsePattern);
/** A negation among tokens [from, to). */
const negatedIn = (tokens: Tokens, from: number, to: number) => {
  for (let k = Math.max(0, from); k < to; k++) if (negatorAt(tokens, k)) return true;
  return false;
};

// "I heard that's a myth", "słyszałam, że to mit": hearsay debunked.
const MYTH = ['mit$', 'myth$'].map(parsePattern);

/**
 * A rumour named to deny it: "Nie wierzcie w te plotki, że zamykacie…", "don't believe the rumours
 * about…". A "believe" negated in the four words before the rumour word, in its clause.
 */
function rumourDenied(h: Hit, tokens: Tokens, text: string): boolean {
  if (h.target !== 'rumour') return false;
  // "nie wiem od czego zacząć": nobody heard anything.
  if (tokens[h.token]?.text === 'wiem' && tokens[h.token - 1]?.text === 'nie') return true;
  // "To nie żadna plotka", "not a rumour": the word itself negated.
  if (anyWord(tokens, h.token, h.token + 1, RUMOUR_WORD) && negatedIn(tokens, h.token - 2, h.token)) return true;
  if (hasPhrase(tokens, DISAGREE, anywhere, h.token - 8, h.token)) return true;
  // "I heard that's a myth", "słyszałam, że to mit": hearsay debunked.
  const end = h.token + (h.tokens ?? 1);
  if (anyWord(tokens, end, tokens.length, MYTH)) return true;
  for (let k = Math.max(1, h.token - 4); k < h.token; k++) {
    if (!anyWord(tokens, k, k + 1, BELIEVE)) continue;
    const from = tokens[k]!.end;
    if (/[.!?;]/.test(text.slice(from, tokens[h.token]!.start))) continue;
    if (negatedIn(tokens, k - 2, k)) return true;
  }
  return false;
}

/** A word written with a capital and then a lower-case letter ("Mould", "Iskrze"; not "ALL CAPS"). */
const capitalised = (text: string, t: { start: number }) => isUpper(text, t.start) && !isUpper(text, t.start + 1);

const isUpper = (text: string, at: number) => {
  const c = text[at] ?? '';
  return c !== c.toLowerCase() && c === c.toUpperCase();
};

/**
 * A capitalised word right after another capitalised one inside a sentence is part of a name:
 * "Bob Mould", "Aunt Sue", "Freddie Mercury" name people, not mould or a lawsuit. "I" is no name.
 */
function partOfAName(h: Hit, tokens: Tokens, text: string): boolean {
  if ((h.tokens ?? 1) !== 1 || h.token === 0) return false;
  const before = tokens[h.token - 1]!;
  return (
    capitalised(text, tokens[h.token]!) &&
    joinedToNext(tokens, h.token - 1) &&
    before.text !== 'i' &&
    capitalised(text, before)
  );
}

/** Whether a crisis-signal hit, read in the words around it, does not name its situation. */
export function notThisSignal(h: Hit, tokens: Tokens, language: Language, text: string): boolean {
  return (
    notACall(h, tokens, language) ||
    hearingNotHearsay(h, tokens, text) ||
    rumourDenied(h, tokens, text) ||
    notAClaim(h, tokens) ||
    aBurglary(h, tokens) ||
    notThatKind(h, tokens) ||
    playOrCode(h, tokens) ||
    scamDenied(h, tokens) ||
    partOfAName(h, tokens, text) ||
    anArgumentFails(h, tokens) ||
    itsArgumentFails(h, tokens) ||
    refundArrived(h, tokens) ||
    aHeartBroke(h, tokens) ||
    othersFeel(h, tokens) ||
    wornOut(h, tokens) ||
    aWeakness(h, tokens) ||
    ownMistake(h, tokens) ||
    banterScam(h, tokens, text) ||
    insuredHarm(h, tokens) ||
    sportNotBrand(h, tokens) ||
    soMuchItIsDangerous(h, tokens) ||
    goodNewsRumour(h, tokens) ||
    aFriendLate(h, tokens) ||
    nostalgia(h, tokens) ||
    fixedSince(h, tokens) ||
    slangSick(h, tokens) ||
    worthIt(h, tokens) ||
    hypothetical(h, tokens) ||
    anotherFirm(h, tokens) ||
    askedNotReported(h, tokens, text) ||
    debunked(h, tokens, text) ||
    toldOtherwise(h, tokens, text, language)
  );
}

// Insults that judge things as often as people ("see other models as trash", "żenada"): an insult
// only when a person is named next to them, else a negative word.
const THING_INSULTS = ['garbage$', 'pathetic', 'smieci$', 'trash$', 'useless', 'worthless', 'zalosn', 'zenad'].map(
  parsePattern,
);
const PERSON = [
  'bro$',
  'ciebie$',
  'cie$',
  'dude$',
  'facet',
  'guys$',
  'he$',
  'her$',
  'him$',
  'jestes',
  'koles',
  'ktos$',
  'ludzi',
  'man$',
  'oni$',
  'ona$',
  'on$',
  'people$',
  'person$',
  'she$',
  'them$',
  'they$',
  'ty$',
  'u$',
  'ur$',
  'was$',
  'wy$',
  'ya$',
  'yall$',
  'you',
  'your',
].map(parsePattern);

// "just me being an idiot", "jestem idiotą": the writer's own, no one insulted; "called me an
// idiot" reports an insult all the same.
const MYSELF = ['im$', 'jestem$', 'me$', 'myself'].map(parsePattern);
const CALLED = ['call$', 'called', 'calls$', 'nazwal', 'nazywa'].map(parsePattern);

/** An insult the writer aims at themselves. */
export function selfInsult(h: Hit, tokens: Tokens): boolean {
  if (h.target !== 'insult' || (h.tokens ?? 1) !== 1) return false;
  for (let k = Math.max(0, h.token - 3); k < h.token; k++)
    if (anyWord(tokens, k, k + 1, MYSELF) && !anyWord(tokens, k - 1, k, CALLED)) return true;
  return false;
}

/** Whether no person is named in the four words before a hit or the two after it. */
export const noPersonNear = (h: Hit, tokens: Tokens): boolean => !anyWord(tokens, h.token - 4, h.token + 3, PERSON);

/** An insult word that judges things, with no person named in the four words before or two after it. */
export function aimedAtAThing(h: Hit, tokens: Tokens): boolean {
  return (
    h.target === 'insult' &&
    (h.tokens ?? 1) === 1 &&
    anyWord(tokens, h.token, h.token + 1, THING_INSULTS) &&
    !anyWord(tokens, h.token - 4, h.token + 3, PERSON)
  );
}

const KILL_YOURSELF = new Set(['zabij', 'zabijcie']);
const SIE = ['sie$'].map(parsePattern);

/**
 * A Polish "kill" with "się" beside it is no threat to anyone: "ktoś się zabije na tych schodach"
 * is a fall, "zabiję się" a despair; both are a safety matter (`healthSafety`).
 */
export function reflexiveKill(h: Hit, tokens: Tokens): boolean {
  const word = tokens[h.token]!.text;
  // "zabij się", "zabijcie się" tell someone to kill themselves: that stays a threat.
  if (h.target !== 'threat' || (h.tokens ?? 1) !== 1 || !word.startsWith('zabi') || KILL_YOURSELF.has(word))
    return false;
  // Polish lets "się" stand a few words before its verb ("ktoś się w końcu zabije").
  return anyWord(tokens, h.token - 3, h.token + 2, SIE);
}

// "My lawyer friend and I split the pizza": a lawyer who is a friend or family is no legal step.
const LAWYER = ['lawyer', 'attorney', 'prawnik', 'adwokat', 'solicitor'].map(parsePattern);
const KIN = [
  'aunt$',
  'brother',
  'buddy',
  'colleague',
  'cousin',
  'dad$',
  'friend',
  'husband',
  'kolega',
  'kolezank',
  'kuzyn',
  'landlord',
  'mate$',
  'mom$',
  'mum$',
  'neighbor',
  'neighbour',
  'sasiad',
  'siostr',
  'sister',
  'szwagier',
  'uncle',
  'wife',
  'wujek',
  'znajom',
].map(parsePattern);
// A court for games ("basketball court", "kort tenisowy") is no court of law.
const COURT = ['court', 'courts'].map(parsePattern);
const GAME = [
  'basketball',
  'boisk',
  'food$',
  'futsal',
  'koszyk',
  'netball',
  'padel',
  'pickleball',
  'squash',
  'tenis',
  'tennis',
  'volleyball',
].map(parsePattern);
// A pet or a family member as the thief ("mój kot ukradł mi miejsce", "my son stole my fries").
const NOT_A_FIRM = [
  'gull',
  'mewa$',
  'monkey',
  'malpa$',
  'raccoon',
  'seagull',
  'squirrel',
  'wiewiork',
  'boyfriend',
  'friends$',
  'kumpl',
  'mates$',
  'znajomi$',
  'brat$',
  'brother',
  'cat$',
  'chlopak',
  'chomik',
  'corka',
  'daughter',
  'dog$',
  'dziewczyna',
  'girlfriend',
  'government',
  'husband',
  'kitten',
  'kot$',
  'kotek',
  'maz$',
  'pies$',
  'piesek',
  'politicians',
  'politycy',
  'puppy',
  'rzad$',
  'siostra',
  'sister',
  'son$',
  'syn$',
  'synek',
  'wife',
  'zona',
  'mama$',
  'mum$',
  'mom$',
  'tata$',
  'dad$',
  'babcia',
  'dziadek',
  'tesciowa',
  'roommate',
  'flatmate',
  'wspollokator',
].map(parsePattern);

const COPULA = ['is$', 'jest$', 'to$', 'was$', 'byl$', 'byla$'].map(parsePattern);
// "oszust z tego mojego brata": the thief named after the word.
const KIN_OF_MINE = ['brat$', 'brata$', 'meza$', 'siostry$', 'syna$', 'corki$', 'brother', 'sister'].map(parsePattern);
// The writer as the thief ("ukradłam mężowi bluzę", "I stole my sister's hoodie"): no scam of the brand's.
const I_STOLE = ['ukradlam$', 'ukradlem$', 'ukradlysmy$', 'ukradlismy$'].map(parsePattern);
const STOLE = ['stole$', 'steal$', 'nicked$', 'pinched$'].map(parsePattern);
const WE_OR_I = ['i$', 'we$'].map(parsePattern);
// Theft told as burglary or shoplifting ("stealing sh...t, breaking into homes") is a crime story,
// not a brand's cheating; a break-in to a basement, a flat or a car ("włamali się do piwnicy") is
// no hack.
const BURGLARY = ['burglar', 'burgl', 'homes$', 'houses$', 'shoplift'].map(parsePattern);
const PLACES = [
  'altan',
  'car$',
  'dom$',
  'domu$',
  'domow$',
  'garaz',
  'house$',
  'mieszkani',
  'piwnic',
  'samochod',
  'shed$',
  'auta$',
].map(parsePattern);

const BREAK_IN = ['break$', 'breaking$', 'broke$', 'wlam'].map(parsePattern);

// "Mój rower ukradli mi spod bloku", "someone stole my bike": thieves, not the brand.
const THEY_STOLE = ['ukradli$', 'ukradziono', 'stole$', 'stolen$'].map(parsePattern);
const BELONGINGS = ['auto$', 'bike', 'car$', 'portfel', 'purse', 'rower', 'samochod', 'torebk', 'wallet'].map(
  parsePattern,
);

/** A theft by thieves (a burglary, a break-in, a bike or a wallet stolen): no scam of the brand's, no data leak. */
function aBurglary(h: Hit, tokens: Tokens): boolean {
  if (h.target !== 'scamFraud' && h.target !== 'dataLeak') return false;
  const end = h.token + (h.tokens ?? 1);
  return (
    anyWord(tokens, h.token - 5, end + 5, BURGLARY) ||
    (anyWord(tokens, h.token - 5, end + 5, BREAK_IN) && anyWord(tokens, h.token - 5, end + 5, PLACES)) ||
    (h.target === 'scamFraud' &&
      anyWord(tokens, h.token, end, THEY_STOLE) &&
      (anyWord(tokens, h.token - 3, h.token, BELONGINGS) || anyWord(tokens, end, end + 3, BELONGINGS)))
  );
}

/** A legal word that names a friend or a sports court, a theft by a pet, kin or the writer: no legal threat or scam. */
export function notAClaim(h: Hit, tokens: Tokens): boolean {
  const end = h.token + (h.tokens ?? 1);
  if (h.target === 'legalThreat') {
    for (let k = h.token; k < end; k++) {
      if (anyWord(tokens, k, k + 1, LAWYER) && (anyWord(tokens, k + 1, k + 2, KIN) || anyWord(tokens, k - 4, k, KIN)))
        return true;
      if (anyWord(tokens, k, k + 1, COURT) && (anyWord(tokens, k - 2, k, GAME) || anyWord(tokens, k + 1, k + 4, GAME)))
        return true;
    }
    return false;
  }
  return (
    h.target === 'scamFraud' &&
    (h.tokens ?? 1) === 1 &&
    (anyWord(tokens, h.token - 2, h.token, NOT_A_FIRM) ||
      anyWord(tokens, h.token + 1, h.token + 3, NOT_A_FIRM) ||
      // "my cat is a little scammer", "mój kot to oszust"
      (anyWord(tokens, h.token - 4, h.token - 1, NOT_A_FIRM) && anyWord(tokens, h.token - 3, h.token, COPULA)) ||
      anyWord(tokens, h.token + 1, h.token + 5, KIN_OF_MINE) ||
      anyWord(tokens, h.token, h.token + 1, I_STOLE) ||
      (anyWord(tokens, h.token - 1, h.token, WE_OR_I) && anyWord(tokens, h.token, h.token + 1, STOLE)))
  );
}

// What leaks from a box, a bottle or a roof is a liquid, not data ("my kid's juice box leaked").
const LEAK = ['leak', 'wyciek', 'przecie'].map(parsePattern);
const VESSEL = [
  'bottle',
  'box$',
  'butelk',
  'carton',
  'cup$',
  'dach',
  'diaper',
  'juice',
  'kartonik',
  'kubek',
  'milk$',
  'mleko',
  'nappy',
  'oil$',
  'olej',
  'pipe',
  'pieluch',
  'rura',
  'roof',
  'sok$',
  'water',
  'woda',
  'wody',
].map(parsePattern);
// A hospital where the writer works ("hospital night shift here", "pracuję w szpitalu na nocki").
const HOSPITAL = ['hospital', 'szpital'].map(parsePattern);
const WORKS_THERE = [
  'dyzur',
  'nocki',
  'nurse',
  'pielegniark',
  'pracuj',
  'ratownik',
  'shift',
  'work$',
  'worked',
  'working',
  'works$',
].map(parsePattern);

// "przewróciła oczami": she rolled her eyes, nobody fell.
const EYES = ['oczami$', 'oczyma$'].map(parsePattern);

/** A leak of a drink or a roof, a hospital someone works in, eyes rolled: no data leak, no harm. */
export function notThatKind(h: Hit, tokens: Tokens): boolean {
  const end = h.token + (h.tokens ?? 1);
  if (h.target === 'dataLeak')
    return anyWord(tokens, h.token, end, LEAK) && anyWord(tokens, h.token - 4, end + 3, VESSEL);
  if (h.target === 'healthSafety')
    return (
      (anyWord(tokens, h.token, end, HOSPITAL) && anyWord(tokens, h.token - 4, end + 4, WORKS_THERE)) ||
      anyWord(tokens, end, end + 1, EYES)
    );
  return false;
}

// "lagi mnie zabijają", "this heat is killing me": the writer is the one "killed".
const ME = ['me$', 'mnie$'].map(parsePattern);
// A game's fight ("Zabij najpierw healera", "the tank will kill the mobs") and code ("your function is
// broken because you're mutating the array") use the words of threats and defects.
const FIGHT = [
  'boisk',
  'bramk',
  'dps$',
  'goal$',
  'gol$',
  'gola$',
  'gracz',
  'healer',
  'level$',
  'lobby',
  'match$',
  'mecz',
  'mob$',
  'mobs$',
  'moby',
  'npc',
  'quest',
  'raid',
  'respawn',
  'spawn',
  'tank$',
  'tanka',
].map(parsePattern);
const CODE = [
  'array',
  'build$',
  'kod$',
  'kodu$',
  'kodzie$',
  'compile',
  'function',
  'funkcj',
  'loop$',
  'method',
  'petl',
  'pointer',
  'query',
  'regex',
  'script',
  'skrypt',
  'test$',
  'tests$',
  'variable',
  'zmienn',
].map(parsePattern);

// What one kills on a computer: "I will kill the daemon", "zabij ten proces".
const PROCESS = ['container', 'daemon', 'pid$', 'proces', 'process', 'task$', 'tab$', 'tabs$', 'watek', 'thread$'].map(
  parsePattern,
);

/** A threat in a game's fight or a match, to a process, at one's own brother ("zabiję brata jak zje moje lody"); a defect in someone's code. */
export function playOrCode(h: Hit, tokens: Tokens): boolean {
  const end = h.token + (h.tokens ?? 1);
  if (h.target === 'threat')
    return (
      anyWord(tokens, h.token - 4, end + 4, FIGHT) ||
      anyWord(tokens, end, end + 5, PROCESS) ||
      ((h.tokens ?? 1) === 1 && anyWord(tokens, end, end + 1, KIN_OF_MINE)) ||
      ((h.tokens ?? 1) === 1 && (anyWord(tokens, h.token - 2, h.token, ME) || anyWord(tokens, end, end + 1, ME)))
    );
  // "The AI wrote a test that mocked the function", "przeklinam własny kod": code, not staff.
  if (h.target === 'employeeMisconduct') return anyWord(tokens, h.token - 4, end + 4, CODE);
  return h.target === 'refundDelayDefect' && anyWord(tokens, h.token - 3, end + 1, CODE);
}

/**
 * A scam word after a negation in its clause, at most three words before: "operator, co nie robi
 * ludzi w konia", "you never cheated me".
 */
// "myślałam, że to oszustwo…, ale sprawdziłam", "I thought it was a scam until…": a belief revised.
const THOUGHT = [['myslalam'], ['myslalem'], ['i', 'thought']];

function scamDenied(h: Hit, tokens: Tokens): boolean {
  if (h.target !== 'scamFraud') return false;
  if (hasPhrase(tokens, THOUGHT, anywhere, h.token - 4, h.token)) return true;
  // "…o oszustwie nie ma mowy"
  const end = h.token + (h.tokens ?? 1);
  if (hasPhrase(tokens, NO_WAY, anywhere, end, end + 1)) return true;
  for (let k = h.token - 1; k >= Math.max(0, h.token - 3) && joinedToNext(tokens, k); k--)
    if (negatorAt(tokens, k)) return true;
  return false;
}

// "moja wina, wpisałem zły numer mieszkania i paczka wróciła": the writer's own mistake, not a delay
// or a defect of the brand's; "to nie moja wina" is no admission.
const OWN_MISTAKE = [
  ['moja', 'wina'],
  ['moj', 'blad'],
  ['wlasna', 'wina'],
  ['my', 'fault'],
  ['my', 'mistake'],
  ['my', 'bad'],
  ['my', 'own', 'fault'],
  ['that', 's', 'on', 'me'],
  ['thats', 'on', 'me'],
  ['sam', 'sobie', 'winien'],
  ['sama', 'sobie', 'winna'],
  ['sam', 'sobie', 'winny'],
  ['zle', 'przeczytalam'],
  ['zle', 'przeczytalem'],
  ['i', 'misread'],
];
// "my bad for trusting you", "moja wina, że wam zaufałam": sarcasm, no admission.
const TRUSTED = ['believ', 'trust', 'uwierzy', 'wierzyl', 'zaufal', 'ufal'].map(parsePattern);

/**
 * Whether one of `phrases` (whole normalised words) stands in the comment and `keep(k, n)` holds for
 * it (k: its first token, n: its length); by default it must not be negated ("nie moja wina").
 */
/** A `keep` for `hasPhrase` that takes every occurrence, negated or not. */
const anywhere = () => true;
const NO_WAY = [['nie', 'ma', 'mowy']];

function hasPhrase(
  tokens: Tokens,
  phrases: readonly (readonly string[])[],
  keep = (k: number, _n: number) => !(k > 0 && negatorAt(tokens, k - 1)),
  from = 0,
  to = tokens.length,
): boolean {
  for (let k = Math.max(0, from); k < to; k++)
    for (const words of phrases)
      if (words.every((w, i) => tokens[k + i]?.text === w) && keep(k, words.length)) return true;
  return false;
}

// "to nie wasza wina", "not your fault at all": the writer clears the brand.
const NOT_YOURS = [
  ['nie', 'wasza', 'wina'],
  ['nie', 'wina', 'waszego'],
  ['nie', 'wina', 'waszej'],
  ['nie', 'z', 'waszej', 'winy'],
  ['not', 'your', 'fault'],
  ['not', 'you', 'guys', 'fault'],
  ['no', 'fault', 'of', 'yours'],
];
// "…powiedziała, że to moja wina": the brand's words reported, no admission.
const REPORTED = ['ze$', 'that$', 'said$', 'says$', 'twierdzil', 'twierdzila', 'powiedzial', 'powiedziala'].map(
  parsePattern,
);

function ownMistake(h: Hit, tokens: Tokens): boolean {
  if (h.target === 'employeeMisconduct') return false;
  const admitted = (k: number, n: number) =>
    !(k > 0 && negatorAt(tokens, k - 1)) &&
    !anyWord(tokens, k + n, k + n + 4, TRUSTED) &&
    !anyWord(tokens, k - 3, k, REPORTED);
  return (
    hasPhrase(tokens, OWN_MISTAKE, admitted) ||
    hasPhrase(tokens, NOT_YOURS, (k) => !anyWord(tokens, k - 3, k, REPORTED))
  );
}

/** Laughter: "😂", "xD", "haha", "lol". */
export const LAUGH = /😂|🤣|😅|😆|😜|\bxd+\b|\bhaha|\bhehe|\blol\b|\blmao\b/i;
// "lol @jess you absolute scammer 😂", "haha oszust z ciebie": one person called a cheat, laughing.
const ONE_CHEAT = [
  'cheater$',
  'fraud$',
  'oszust$',
  'oszuscie$',
  'oszustka$',
  'oszustko$',
  'scammer$',
  'zlodziej$',
  'zlodziejka$',
  'zlodzieju$',
].map(parsePattern);
const YOU_ONE = ['you$', 'ty$', 'ciebie$', 'cie$'].map(parsePattern);
const THEE = ['cie$', 'ciebie$'].map(parsePattern);

function banterScam(h: Hit, tokens: Tokens, text: string): boolean {
  const end = h.token + (h.tokens ?? 1);
  // "pozywam cię do sądu rodzinnego 😂": Polish sues a brand as "was", a friend as "cię".
  if (h.target === 'legalThreat') return anyWord(tokens, h.token - 2, end + 2, THEE) && LAUGH.test(text);
  return (
    h.target === 'scamFraud' &&
    anyWord(tokens, h.token, end, ONE_CHEAT) &&
    (anyWord(tokens, h.token - 3, h.token, YOU_ONE) || anyWord(tokens, end, end + 2, YOU_ONE)) &&
    LAUGH.test(text)
  );
}

// "złamałam nogę na nartach, ale polisa od was pokryła wszystko": harm in an insurance story is the
// insured event, not harm the brand caused.
const INSURANCE = ['assistance', 'insurance', 'insurer', 'polis', 'ubezpiecz'].map(parsePattern);

function insuredHarm(h: Hit, tokens: Tokens): boolean {
  return h.target === 'healthSafety' && anyWord(tokens, 0, tokens.length, INSURANCE);
}

// A slur named to condemn or discuss it ("nazywanie ludzi ciapatymi to rasizm", "Calling migrants
// 'cockroaches'…", "Słowo »Murzyn«…", "komentarze typu…") is mentioned, not used.
const NAMING = [
  'call$',
  'calling',
  'nazywac',
  'nazywaja',
  'nazywanie',
  'pisza$',
  'pisze$',
  'posting',
  'slowo$',
  'slowa$',
  'term$',
  'typu$',
  'word$',
  'wyzywac',
  'wyzywanie',
  'wyzwisk',
].map(parsePattern);
// "pedał gazu", "a delay pedal", "murzynek z kakao": a pedal and a cake, not slurs.
const PEDAL = ['pedal$', 'pedals$'].map(parsePattern);
const PEDAL_THINGS = [
  'bike',
  'brake',
  'clutch',
  'delay$',
  'effect',
  'gas$',
  'gaz',
  'guitar',
  'gitar',
  'hamul',
  'pian',
  'rower',
  'sprzegl',
  'sustain',
].map(parsePattern);
const CAKE = ['murzynek$', 'murzynka$', 'murzynki$', 'murzynkiem$', 'murzynku$'].map(parsePattern);
const BAKING = ['blach', 'ciast', 'deser', 'kakao', 'piek', 'przepis', 'upiec', 'upiekl', 'wypiek'].map(parsePattern);

/** An identity-attack word that is mentioned to condemn it, a pedal or a cake. */
export function notASlur(h: Hit, tokens: Tokens): boolean {
  if (h.target !== 'identityAttack') return false;
  const end = h.token + (h.tokens ?? 1);
  if (anyWord(tokens, h.token - 3, h.token, NAMING)) return true;
  if (anyWord(tokens, h.token, end, PEDAL) && anyWord(tokens, h.token - 3, end + 3, PEDAL_THINGS)) return true;
  return anyWord(tokens, h.token, end, CAKE) && anyWord(tokens, 0, tokens.length, BAKING);
}

// "sędzia oszust", "kontuzja naszego napastnika to dramat": a match's referee and players, not the brand.
const SPORT = [
  'bramkarz',
  'goalkeeper',
  'keeper$',
  'league$',
  'ligi$',
  'mecz',
  'napastnik',
  'obronc',
  'pilkarz',
  'ref$',
  'referee',
  'sedzi',
  'spalon',
  'striker',
  'var$',
  'zawodnik',
].map(parsePattern);
const REFEREE = ['ref$', 'referee', 'sedzi'].map(parsePattern);

// "This thread is making me so hungry it's dangerous", "dangerous for my diet": hyperbole.
const MY_HABITS = ['diet$', 'diety$', 'wallet$', 'portfela$', 'waistline', 'figury$', 'bank$'].map(parsePattern);

function soMuchItIsDangerous(h: Hit, tokens: Tokens): boolean {
  if (h.target !== 'healthSafety' || !tokens[h.token]!.text.startsWith('danger')) return false;
  // "dangerous for my diet", "niebezpieczne dla mojej diety"
  if (anyWord(tokens, h.token + 2, h.token + 4, MY_HABITS)) return true;
  const k = tokens[h.token - 1]?.text === 's' && tokens[h.token - 2]?.text === 'it' ? h.token - 2 : h.token - 1;
  if (tokens[k]?.text !== 'its' && tokens[k]?.text !== 'it') return false;
  return [k - 2, k - 3].some((j) => tokens[j]?.text === 'so');
}

function sportNotBrand(h: Hit, tokens: Tokens): boolean {
  const end = h.token + (h.tokens ?? 1);
  // "krzyczała na sędziego głośniej ode mnie": shouting at the referee is no employee's misconduct.
  if (h.target === 'employeeMisconduct') return anyWord(tokens, end, end + 2, REFEREE);
  if (h.target !== 'complaint' && h.target !== 'scamFraud' && h.target !== 'boycott') return false;
  return anyWord(tokens, h.token - 3, h.token, SPORT) || anyWord(tokens, end, end + 2, SPORT);
}

// "Słyszałam, że otwieracie w niedziele", "is it true you're opening in Leeds", "podobno dziś ma
// padać": an opening or a return is good news, the weather is nobody's rumour.
const GOOD_NEWS = [
  'coming back',
  'comes back',
  'launch',
  'open$',
  'opening',
  'czynne$',
  'otwarci$',
  'otwarte$',
  'otwiera',
  'otworz',
  'wraca$',
  'wracacie',
  'wroci$',
  'wrocicie',
].map(parsePattern);
const WEATHER = ['burz', 'deszcz', 'padac', 'pogod', 'rain$', 'snieg', 'snow$', 'upal', 'weather'].map(parsePattern);

let badNews: ReturnType<typeof parsePattern>[] | null = null;

/**
 * Bad news about the brand (BAD_NEWS: closing, layoffs, a recall) within eight words after a rumour's
 * word: "I heard you're closing stores" is a rumour in any tone (evidence.ts), and an opening told
 * beside it ("…and opening fewer", "zamykacie sklepy i otwieracie tylko w galeriach") is no good news.
 */
export function badNewsAfter(h: Hit, tokens: Tokens): boolean {
  badNews ??= BAD_NEWS.map(parsePattern);
  const end = h.token + (h.tokens ?? 1);
  return findPattern(tokens, end, end + 8, badNews) !== null;
}

function goodNewsRumour(h: Hit, tokens: Tokens): boolean {
  if (h.target !== 'rumour') return false;
  const end = h.token + (h.tokens ?? 1);
  if (anyWord(tokens, end, end + 4, WEATHER)) return true;
  return anyWord(tokens, end, end + 8, GOOD_NEWS) && !badNewsAfter(h, tokens);
}

// "My mate Dave turned up 2 hours late", "kolega jak zwykle spóźniony": a friend late, not an order
// ("my mum's parcel is two weeks late" is one).
const SENT_OR_TRAVELLED = [
  'autobus',
  'bus$',
  'delivery',
  'dostaw',
  'flight',
  'lot$',
  'order',
  'package',
  'paczk',
  'parcel',
  'pociag',
  'przesylk',
  'refund',
  'repair',
  'train',
  'zamowien',
  'zwrot',
].map(parsePattern);

function aFriendLate(h: Hit, tokens: Tokens): boolean {
  if (h.target !== 'refundDelayDefect') return false;
  for (let k = Math.max(0, h.token - 5); k < h.token; k++)
    if (anyWord(tokens, k, k + 1, KIN)) return !anyWord(tokens, k, h.token + (h.tokens ?? 1), SENT_OR_TRAVELLED);
  return false;
}

// "Kto jeszcze pamięta tę reklamę?": a question about memories, not "Kto jeszcze?" after leaving.
function nostalgia(h: Hit, tokens: Tokens): boolean {
  if (h.target !== 'boycott' || tokens[h.token]?.text !== 'kto' || tokens[h.token + 1]?.text !== 'jeszcze')
    return false;
  // "Kto jeszcze nie odinstalował…?" asks who else has not left yet.
  const next = h.token + (tokens[h.token + 2]?.text === 'nie' ? 3 : 2);
  return next < tokens.length && joinedToNext(tokens, next - 1) && !anyWord(tokens, next, next + 1, LEAVING);
}
const LEAVING = [
  'bojkot',
  'odchodzi',
  'przechodzi',
  'rezygn',
  'usuwa',
  'wypisuj',
  'wypowiad',
  'zmienia',
  'zrezygn',
].map(parsePattern);

// "awaria była w całej Europie… Już wszystko śmiga", "the outage was the cloud provider, it's back up
// now": a failure that is over, told to calm others down.
const FIXED = [
  ['back', 'up', 'now'],
  ['money', 'was', 'back'],
  ['refunded', 'automatically'],
  ['was', 'refunded'],
  ['works', 'fine', 'now'],
  ['pieniadze', 'wrocily'],
  ['kasa', 'wrocila'],
  ['all', 'fixed'],
  ['working', 'again'],
  ['juz', 'dziala'],
  ['juz', 'wszystko'],
  ['wszystko', 'smiga'],
  ['znowu', 'dziala'],
  ['juz', 'naprawione'],
  ['refund', 'landed'],
  ['fixed', 'it', 'within'],
  ['sorted', 'it', 'within'],
  ['bylo', 'odkrecone'],
  ['zostalo', 'odkrecone'],
  ['w', 'koncu', 'oddali'],
  ['zwrot', 'byl', 'w'],
  ['odszkodowanie', 'przyszlo'],
  ['sama', 'oddzwonila'],
  ['sam', 'oddzwonil'],
  ['dostalam', 'zwrot'],
  ['dostalem', 'zwrot'],
  ['got', 'my', 'money', 'back'],
  ['all', 'sorted'],
  ['sorted', 'it', 'out'],
  ['dalem', 'napiwek'],
  ['dalam', 'napiwek'],
  ['gave', 'him', 'a', 'tip'],
  ['gave', 'her', 'a', 'tip'],
];

// "Zapłaciłem fakturę dwa razy przez pomyłkę, ale po jednym mailu oddali w 3 dni", "the kettle
// stopped heating, they replaced it on the spot": the brand put the failure right, told after it.
const PUT_RIGHT = [
  'fixed$',
  'naprawili$',
  'naprawiliscie$',
  'oddali$',
  'oddaliscie$',
  'refunded$',
  'reimbursed$',
  'replaced$',
  'rozpatrzyli$',
  'swapped$',
  'uznali$',
  'uznaliscie$',
  'wymienili$',
  'wymieniliscie$',
  'zwrocili$',
  'zwrociliscie$',
].map(parsePattern);

// "I've replaced the locks at all our rentals": the writer did it, not the brand.
const WRITER = ['i$', 'ive$', 've$', 'we$', 'weve$', 'myself$'].map(parsePattern);

/** A failure the brand put right later in the comment, with nothing saying it is still awaited. */
function putRightAfter(h: Hit, tokens: Tokens): boolean {
  const end = h.token + (h.tokens ?? 1);
  const found = findPattern(tokens, end, end + 15, PUT_RIGHT);
  if (!found) return false;
  const [k] = found;
  return !anyWord(tokens, k - 3, k + 3, NOT_YET) && !anyWord(tokens, k - 2, k, WRITER);
}

function fixedSince(h: Hit, tokens: Tokens): boolean {
  if (h.target !== 'refundDelayDefect') return false;
  if (putRightAfter(h, tokens)) return true;
  // "kran już nie cieknie", "it no longer leaks"
  const before = (k: number) => tokens[h.token - k]?.text;
  if ((before(2) === 'juz' && before(1) === 'nie') || (before(2) === 'no' && before(1) === 'longer')) return true;
  return hasPhrase(tokens, FIXED);
}

// "that drop was sick", "ten beat jest chory": slang praise of a thing, nobody is ill.
const SLANG_THING = ['beat$', 'drop$', 'fit$', 'goal$', 'set$', 'shot$', 'song$', 'track$', 'trick$', 'view$'].map(
  parsePattern,
);

function slangSick(h: Hit, tokens: Tokens): boolean {
  return h.target === 'healthSafety' && anyWord(tokens, h.token - 2, h.token, SLANG_THING);
}

// "Got food poisoning in Bangkok and I still think the street food was worth it": the writer's own
// choice, told with no grievance.
const WORTH = [
  ['worth', 'it'],
  ['no', 'regrets'],
  ['zero', 'regrets'],
  ['bylo', 'warto'],
  ['warto', 'bylo'],
];

function worthIt(h: Hit, tokens: Tokens): boolean {
  return h.target === 'healthSafety' && hasPhrase(tokens, WORTH, anywhere);
}

// "gdyby kiedyś wyciekły wasze przepisy", "Hypothetically, if my phone got stolen": what has not
// happened. "Gdyby nie wasz kurier…" blames, so it stays.
const HYPOTHETICAL = [
  'bym$',
  'gdyby$',
  'gdybym$',
  'gdybys$',
  'hipotetycznie',
  'hypothetically',
  'jakby$',
  'jesliby',
].map(parsePattern);

function hypothetical(h: Hit, tokens: Tokens): boolean {
  // "Gdyby to się powtórzyło, idę do UOKiK" is a threat all the same.
  if (h.target === 'legalThreat' || h.target === 'boycott') return false;
  for (let k = Math.max(0, h.token - 4); k < h.token; k++)
    if (anyWord(tokens, k, k + 1, HYPOTHETICAL) && tokens[k + 1]?.text !== 'nie') return true;
  // "If I ever get food poisoning it won't be from you lot".
  for (let k = Math.max(0, h.token - 5); k < h.token; k++)
    if (tokens[k]!.text === 'if' && [k + 1, k + 2].some((j) => tokens[j]?.text === 'ever')) return true;
  return false;
}

// "w innej sieci złapałam zatrucie… a u was zero problemów", "u konkurencji wczoraj był wyciek": the
// situation is another firm's.
const OTHER = ['another$', 'former$', 'inna$', 'innej$', 'innym$', 'old$', 'other$', 'poprzedni', 'previous$'].map(
  parsePattern,
);
const FIRM = [
  'airline',
  'bank',
  'insurer',
  'provider',
  'ubezpieczyciel',
  'brand',
  'chain$',
  'company',
  'firm',
  'market',
  'network',
  'operator',
  'restaurac',
  'shop$',
  'siec',
  'sklep',
  'store$',
].map(parsePattern);
const COMPETITOR = ['competitor', 'konkurencj'].map(parsePattern);

// "…different company entirely": the writer says so outright.
const SAYS_ANOTHER = [
  ['different', 'company'],
  ['different', 'companies'],
  ['different', 'supplier'],
  ['inna', 'firma'],
  ['inny', 'bank'],
  ['inny', 'dostawca'],
  ['nie', 'ta', 'firma'],
  ['nie', 'ta', 'siec'],
  ['not', 'this', 'chain'],
  ['not', 'you', 'guys'],
  ['not', 'you', 'lot'],
];

function anotherFirm(h: Hit, tokens: Tokens): boolean {
  if (hasPhrase(tokens, SAYS_ANOTHER, anywhere)) return true;
  // Before the hit, or right after a rumour's "słyszałam, że…".
  const to = h.target === 'rumour' ? h.token + (h.tokens ?? 1) + 4 : h.token;
  for (let k = Math.max(0, h.token - 5); k < to; k++)
    if (
      (anyWord(tokens, k, k + 1, OTHER) && anyWord(tokens, k + 1, k + 2, FIRM)) ||
      (anyWord(tokens, k, k + 1, COMPETITOR) && ['u', 'w', 'at', 'a'].includes(tokens[k - 1]?.text ?? ''))
    )
      return true;
  return false;
}

// "Jak długo trwa zwrot pieniędzy na kartę? Jeszcze nie oddawałam": a question asked before any
// problem.
const HOW_LONG = [
  ['jak', 'dlugo', 'trwa'],
  ['ile', 'trwa'],
  ['ile', 'czasu', 'trwa'],
  ['how', 'long', 'does'],
  ['how', 'long', 'do'],
  ['how', 'long', 'will'],
];

// "a jest opcja zwrotu w paczkomacie?", "can I return it in store?": how returns work, asked.
const ASK_HOW = [
  ['jest', 'opcja'],
  ['czy', 'mozna'],
  ['czy', 'jest', 'mozliwosc'],
  ['is', 'there', 'an', 'option'],
];

// "Quick question before I order: if something arrives damaged…", "zanim zamówię: ile trwa…": a
// question asked before any purchase.
const BEFORE_BUYING = [
  ['before', 'i', 'order'],
  ['before', 'i', 'buy'],
  ['before', 'ordering'],
  ['before', 'buying'],
  ['zanim', 'zamowie'],
  ['zanim', 'kupie'],
  ['przed', 'zakupem'],
  ['przed', 'zamowieniem'],
  ['zanim', 'wykupie'],
  ['pytam', 'zawczasu'],
  ['asking', 'in', 'advance'],
];

/** A question asked before any problem: how long refunds take, how returns work, what if, before buying. */
function askedNotReported(h: Hit, tokens: Tokens, text: string): boolean {
  if (h.target !== 'refundDelayDefect' && h.target !== 'healthSafety') return false;
  if (!text.includes('?'))
    return h.target === 'refundDelayDefect' && hasPhrase(tokens, HOW_LONG, anywhere, h.token - 4, h.token);
  return (
    hasPhrase(tokens, BEFORE_BUYING, anywhere) ||
    (h.target === 'refundDelayDefect' &&
      (hasPhrase(tokens, HOW_LONG, anywhere, h.token - 4, h.token) ||
        hasPhrase(tokens, ASK_HOW, anywhere, h.token - 4, h.token)))
  );
}

// "Ten „wyciek” z TikToka to fotomontaż", "the 'they got hacked' post is from a parody account": a
// story the writer shows to be fake.
const FAKED = ['fotomontaz', 'hoax', 'parodi', 'parody', 'photoshop'].map(parsePattern);

function debunked(h: Hit, tokens: Tokens, text: string): boolean {
  if (h.target !== 'rumour' && h.target !== 'dataLeak') return false;
  for (let k = 0; k < tokens.length; k++)
    // "To fotomontaż czy prawda?" asks; it does not say so.
    if (anyWord(tokens, k, k + 1, FAKED)) return !/^[^.!?]*\?/.test(text.slice(tokens[k]!.end));
  return false;
}

// "żartowałam z mężem, że pozwę was do sądu za to, że nie mogę przestać jeść tych chipsów": a joke
// told as one.
const JOKING = ['joked', 'joking', 'jokingly', 'zartobliwie', 'zartowal', 'zartujac'].map(parsePattern);

function toldAsAJoke(h: Hit, tokens: Tokens): boolean {
  return (
    (h.target === 'legalThreat' || h.target === 'scamFraud' || h.target === 'boycott') &&
    anyWord(tokens, h.token - 8, h.token, JOKING)
  );
}

// "spóźniłam się na pociąg, bo koleżanka…": the writer missed the train, no train was late; "przez
// was spóźniłem się na egzamin" is late for an exam because of a late bus.
const I_WAS_LATE = ['spoznilam$', 'spoznilem$', 'spoznilismy$', 'spoznilysmy$'].map(parsePattern);
const A_RIDE = ['autobus', 'bus$', 'flight', 'lot$', 'pociag', 'samolot', 'train$', 'tramwaj'].map(parsePattern);

function iWasLate(h: Hit, tokens: Tokens): boolean {
  if (h.target !== 'refundDelayDefect' || !anyWord(tokens, h.token, h.token + 1, I_WAS_LATE)) return false;
  // "spóźniłam się na pociąg": "się", "na", the ride; or nothing more said ("…z przedsprzedaży?
  // Spóźniłem się").
  if (tokens[h.token + 1]?.text === 'sie' && h.token + 2 >= tokens.length) return true;
  return anyWord(tokens, h.token + 1, h.token + 4, A_RIDE);
}

// "Hydraulik dziś u mnie, bo cieknie pod zlewem": a leak a plumber comes for is the writer's pipe.
const PLUMBER = ['hydraulik', 'plumber'].map(parsePattern);
const DRIPS = [...LEAK, ...['ciek', 'drip'].map(parsePattern)];

function aPlumbersLeak(h: Hit, tokens: Tokens): boolean {
  return (
    h.target === 'refundDelayDefect' &&
    anyWord(tokens, h.token, h.token + (h.tokens ?? 1), DRIPS) &&
    anyWord(tokens, 0, tokens.length, PLUMBER)
  );
}

// "na FB krąży profil podszywający się pod bank": a fake profile going round is phishing, not hearsay.
const GOES_ROUND = ['kraz'].map(parsePattern);
const FAKE_THING = ['fake', 'konto$', 'link', 'mail', 'profil', 'sms', 'strona$', 'wiadomosc'].map(parsePattern);

function aFakeGoesRound(h: Hit, tokens: Tokens): boolean {
  return (
    h.target === 'rumour' &&
    anyWord(tokens, h.token, h.token + 1, GOES_ROUND) &&
    anyWord(tokens, h.token + 1, h.token + 5, FAKE_THING)
  );
}

// "oszustwo roku – tak bym nazwała ten plot twist w finale": a season or an episode talked about.
const SHOW = [
  ['w', 'finale'],
  ['season', 'finale'],
  ['finale', 'sezonu'],
  ['drugi', 'sezon'],
  ['nowy', 'sezon'],
  ['second', 'season'],
  ['new', 'season'],
  ['next', 'episode'],
  ['last', 'episode'],
  ['ostatnim', 'odcinku'],
  ['kolejnym', 'odcinku'],
  ['nastepnym', 'odcinku'],
];

function aboutAShow(h: Hit, tokens: Tokens): boolean {
  return h.target !== 'healthSafety' && hasPhrase(tokens, SHOW, anywhere);
}

// "If any of those three reused those passwords…", "Password managers are where the passwords are":
// advice about passwords, not a leak.
const PASSWORD = ['hasel$', 'hasla$', 'haslo$', 'password', 'passwords'].map(parsePattern);
const PASSWORD_TALK = ['manager', 'managers', 'menedzer', 'menadzer', 'reuse', 'reused', 'reusing', 'wielokrotn'].map(
  parsePattern,
);

function passwordAdvice(h: Hit, tokens: Tokens): boolean {
  const end = h.token + (h.tokens ?? 1);
  return (
    h.target === 'dataLeak' &&
    anyWord(tokens, h.token, end, PASSWORD) &&
    anyWord(tokens, h.token - 6, end + 6, PASSWORD_TALK)
  );
}

// "złamałam 4h na maratonie", "broke 3:30 at last": a record broken, no bone.
const BROKE_IT = ['broke$', 'zlamal'].map(parsePattern);

function aRecordBroken(h: Hit, tokens: Tokens, text: string): boolean {
  return (
    h.target === 'healthSafety' &&
    anyWord(tokens, h.token, h.token + 1, BROKE_IT) &&
    // The text itself: the scanner reads leetspeak inside words, so "4h" is the token "ah".
    [1, 2].some((k) => {
      const t = tokens[h.token + k];
      return t !== undefined && /^(sub)?\d/i.test(text.slice(t.start, t.end));
    })
  );
}

// "Iskra", "Pożar Festival": a word capitalised inside a sentence (after a lowercase word) names a
// brand, a place or a person, not a spark or a fire. Threats, insults and accusations are never
// names here: this holds for situation words only.
const NAMED = new Set(['healthSafety', 'refundDelayDefect', 'dataLeak']);

function aCapitalisedName(h: Hit, tokens: Tokens, text: string, language: Language): boolean {
  // Polish only: English names products after what they do ("her EpiPen").
  if (language !== 'pl' || !NAMED.has(h.target) || (h.tokens ?? 1) !== 1 || h.token === 0) return false;
  const t = tokens[h.token]!;
  const before = tokens[h.token - 1]!;
  return (
    capitalised(text, t) && !/[.!?:;\n"„“”'«»(]/.test(text.slice(before.end, t.start)) && !isUpper(text, before.start)
  );
}

// "with a broken wrist", "złamany nadgarstek": a bone, not a product.
const BODY = [
  'ankle',
  'arm$',
  'finger',
  'hip$',
  'kostk',
  'leg$',
  'nadgarst',
  'noga$',
  'nogi$',
  'nos$',
  'nose$',
  'palec',
  'reka$',
  'reki$',
  'rib$',
  'ribs$',
  'wrist',
  'zebro',
  'zebra$',
].map(parsePattern);

function aBrokenBone(h: Hit, tokens: Tokens): boolean {
  const end = h.token + (h.tokens ?? 1);
  return h.target === 'refundDelayDefect' && anyWord(tokens, end, end + 1, BODY);
}

// "half our party has been throwing up": sickness, not staff throwing parcels.
function throwingUp(h: Hit, tokens: Tokens): boolean {
  return h.target === 'employeeMisconduct' && tokens[h.token + (h.tokens ?? 1)]?.text === 'up';
}

// "this boss in the new event is a scam, killed me three times": a game's enemy.
const GAME_ENEMY = ['boss$', 'bossa$', 'bossem$', 'bosses$', 'evencie$', 'event$', 'npc', 'raid'].map(parsePattern);

function aGameCheat(h: Hit, tokens: Tokens): boolean {
  return h.target === 'scamFraud' && anyWord(tokens, h.token - 5, h.token + 5, GAME_ENEMY);
}

// "I SCREAMED at the mirror bit", "ja krzyczałam": the writer, no employee (a Polish "i" is "and").
const I_OR_WE = { en: new Set(['i', 'we']), pl: new Set(['ja', 'my']) };

function theWriterDidIt(h: Hit, tokens: Tokens, language: Language): boolean {
  const before = tokens[h.token - 1]?.text ?? '';
  return h.target === 'employeeMisconduct' && I_OR_WE[language === 'en' ? 'en' : 'pl'].has(before);
}

// "Ten eyeliner zabija", "korki zabijają": slang for "is stunning" or "wears me out"; a threat names
// whom ("zabija cię").
const KILLS_WHOM = ['cie$', 'ciebie$', 'was$', 'go$', 'ja$', 'ich$', 'you$'].map(parsePattern);

export function itKills(h: Hit, tokens: Tokens): boolean {
  return (
    h.target === 'threat' &&
    (h.tokens ?? 1) === 1 &&
    (tokens[h.token]?.text === 'zabija' || tokens[h.token]?.text === 'zabijaja') &&
    !anyWord(tokens, h.token + 1, h.token + 3, KILLS_WHOM)
  );
}

/**
 * Told jokes, the writer's own lateness, pipes, fake profiles, shows, password advice, records,
 * names, bones, sickness, game enemies and the writer's own acts.
 */
export function toldOtherwise(h: Hit, tokens: Tokens, text: string, language: Language): boolean {
  return (
    toldAsAJoke(h, tokens) ||
    iWasLate(h, tokens) ||
    aPlumbersLeak(h, tokens) ||
    aFakeGoesRound(h, tokens) ||
    aboutAShow(h, tokens) ||
    passwordAdvice(h, tokens) ||
    aRecordBroken(h, tokens, text) ||
    aCapitalisedName(h, tokens, text, language) ||
    aBrokenBone(h, tokens) ||
    throwingUp(h, tokens) ||
    aGameCheat(h, tokens) ||
    theWriterDidIt(h, tokens, language)
  );
}
