/**
 * Curated terms, Polish (folded: no diacritics, as after normalisation) and English. Each entry is
 * `stem[ stem...]` matched as word prefixes, in order; a trailing `$` means the whole word.
 * Inflected Polish forms are covered by stems ("oszu" → oszust, oszukali, oszukaliscie).
 * Data only.
 */
import type { ReasonTarget } from '../types';

/**
 * Internal targets besides the public ones: `positive` (praise, used for negation and tone) and
 * `group` (a group of people named: an identity attack only in a hostile comment).
 */
export type LexTarget = ReasonTarget | 'positive' | 'group';
export type TermEntry = readonly [pattern: string, target: LexTarget, weight: number];

export const TERMS: readonly TermEntry[] = [
  // insults
  ...['idiot', 'idioc', 'debil', 'kretyn', 'imbecyl', 'matol', 'cymbal', 'glupek', 'glupi$', 'glupia$', 'glupie$', 'tepak', 'tepy$', 'baran$', 'osiol$', 'frajer', 'nieudaczni', 'zalosn', 'zenad', 'smiec$', 'smieci$', 'gnoj', 'kanali', 'scierw', 'bydl', 'patol', 'dzban', 'buc$', 'cham$', 'chamsk', 'klaun', 'pajac', 'lamus', 'banda$'].map((s): TermEntry => [s, 'insult', s === 'banda$' ? 0.45 : 0.8]),
  ...['stupid', 'idiot', 'moron', 'dumb$', 'dumbass', 'imbecile', 'retard', 'loser', 'pathetic', 'clown', 'scum', 'trash$', 'garbage$', 'incompetent', 'useless', 'worthless', 'fool$', 'fools$', 'jerk$', 'dipshit', 'dickhead', 'asshole', 'bastard', 'bitch', 'twat', 'wanker', 'prick$', 'cunt'].map((s): TermEntry => [s, 'insult', 0.8]),
  // profanity (English; Polish comes from the BAN-PL list)
  ...['fuck', 'shit', 'crap$', 'damn$', 'bullshit', 'wtf$', 'piss', 'motherf'].map((s): TermEntry => [s, 'profanity', 0.7]),
  // threats
  ...['zabij', 'zabije', 'zajeb', 'wpierdol', 'spal$', 'spale', 'podpal', 'znajde cie', 'dopadne', 'pozalujesz', 'pozalujecie', 'policzymy sie', 'lepiej uwazaj'].map((s): TermEntry => [s, 'threat', 0.85]),
  ...['kill you', 'kill yourself', 'kys$', 'i will find you', 'hunt you', 'burn down', 'shoot', 'you will regret', 'watch your back', 'beat you', 'die$'].map((s): TermEntry => [s, 'threat', 0.85]),
  // identity attacks
  ...['ciapat', 'pedal', 'ped$', 'zydk', 'murzyn', 'asfalt$', 'brudas', 'ukrop', 'kacap', 'lesb', 'ciota', 'faggot', 'fag$', 'nigger', 'nigga', 'tranny', 'kike', 'spic$', 'chink', 'wetback', 'raghead', 'dyke$'].map((s): TermEntry => [s, 'identityAttack', 0.9]),
  // identity attacks typical of hate against migrants and women (HatEval-style)
  ...['illegal alien', 'illegals', 'invader', 'invasion', 'rapefugee', 'refugees', 'migrants', 'immigrants', 'deport', 'send them back', 'go back to', 'buildthewall', 'build the wall', 'buildthatwall', 'build that wall', 'stoptheinvasion', 'closetheborder', 'close the border', 'noamnesty', 'whitegenocide', 'deportthemall', 'deport them', 'nodaca', 'hysterical wom', 'stay in the kitchen', 'back to the kitchen', 'make me a sandwich', 'whore', 'slut', 'skank', 'hoe$', 'hoes', 'feminazi', 'women are', 'muzzie', 'islamist', 'uchodzc', 'imigranci', 'imigrant', 'islamis', 'ciapaty', 'dziwk', 'szmat', 'kurwiszon'].map((s): TermEntry => (/refugees|migrants|immigrants|imigran|invasion|women are|islamis/.test(s) ? [s, 'group', 0.6] : [s, 'identityAttack', 0.8])),
  // complaint
  ...['skandal', 'zadam', 'zadamy', 'nie polecam', 'odradzam', 'reklamacj', 'skarg', 'rozczarow', 'porazk', 'dramat$', 'kpina', 'zenujac', 'fatalnie', 'fataln', 'beznadziejn', 'najgorsz', 'nikt nie odpowiada', 'zadnej informacji', 'zadnej odpowiedzi', 'olewacie', 'olewaja', 'tak traktujecie', 'mam dosc', 'complaint', 'complain', 'disappointed', 'disappointing', 'terrible', 'horrible', 'awful', 'worst', 'unacceptable', 'ridiculous', 'a joke', 'no one answers', 'nobody answers', 'still waiting', 'never again', 'do not recommend', 'dont recommend', 'not recommend'].map((s): TermEntry => [s, 'complaint', 0.6]),
  // refund, delay, defect
  ...['zwrot', 'zwroc', 'oddajcie pieniadze', 'pieniadze z powrotem', 'reklamacj', 'opozni', 'spozni', 'nie dotarl', 'nie doszl', 'nie przyszl', 'czekam od', 'czekam juz', 'trzeci dzien', 'tydzien czekam', 'bez internetu', 'bez zasiegu', 'nie dziala', 'nie dzialaja', 'zepsut', 'wadliw', 'usterk', 'awaria', 'awarie', 'refund', 'money back', 'chargeback', 'delayed', 'delay', 'late delivery', 'never arrived', 'not arrived', 'still not', 'broken', 'defect', 'faulty', 'doesnt work', 'does not work', 'stopped working', 'outage', 'without service', 'no service', 'no refund'].map((s): TermEntry => [s, 'refundDelayDefect', 0.6]),
  // scam, fraud
  ...['oszu', 'oszust', 'naciag', 'zlodzie', 'zlodziej', 'zlodziejs', 'okradl', 'okradaj', 'kradziez', 'kradn', 'wyludz', 'przekret', 'piramid', 'klamc', 'klamie', 'klamiecie', 'scam', 'scammer', 'fraud', 'rip off', 'ripoff', 'ripped off', 'con artist', 'stealing', 'thieves', 'thief', 'liars', 'lying', 'fake$', 'ponzi'].map((s): TermEntry => [s, 'scamFraud', 0.75]),
  // data leak, hack
  ...['wyciek', 'wyciekl', 'wycieku', 'zhakow', 'hakerzy', 'haker', 'wlam', 'dane osobowe', 'dane klientow', 'moje dane', 'pesel', 'numery kart', 'hasla', 'rodo$', 'breach', 'leak', 'leaked', 'hacked', 'hacker', 'data breach', 'passwords', 'card numbers', 'personal data', 'my data', 'gdpr', 'phishing', 'compromised'].map((s): TermEntry => [s, 'dataLeak', 0.7]),
  // employee misconduct
  ...['konsultant', 'pracownik', 'pracowniczk', 'kierownik', 'obsluga', 'kurier', 'ekspedient', 'kasjer', 'wysmial', 'nawrzeszcz', 'wyzywal', 'obrazil', 'rozlaczyl', 'rozlaczyla', 'bezczeln', 'chamsk', 'niegrzeczn', 'employee', 'staff', 'manager', 'cashier', 'driver', 'courier', 'rude', 'yelled', 'insulted', 'hung up', 'laughed at', 'harass'].map((s): TermEntry => [s, 'employeeMisconduct', s.length > 8 || /wysmial|nawrzeszcz|wyzywal|obrazil|rozlacz|bezczel|chamsk|rude|yelled|insulted|hung up|laughed|harass/.test(s) ? 0.6 : 0.25]),
  // legal threat
  ...['prawnik', 'adwokat', 'pozew', 'pozwe', 'pozwiemy', 'pozywam', 'sadzie', 'sadu$', 'prokurat', 'policj', 'uokik', 'rzecznik praw', 'zawiadomien', 'lawyer', 'attorney', 'lawsuit', 'sue$', 'suing', 'class action', 'court', 'legal action', 'police', 'report you', 'reporting this', 'ftc$', 'regulator'].map((s): TermEntry => [s, 'legalThreat', 0.75]),
  // boycott, call to action
  ...['bojkot', 'rezygnuj', 'rezygnacj', 'wypowiadam', 'zrywam umow', 'odchodze', 'nigdy wiecej', 'omijajcie', 'omijac', 'nie kupujcie', 'udostepniajcie', 'udostepnij', 'boycott', 'cancel your', 'cancelling', 'canceling', 'unsubscrib', 'switch to', 'never buy', 'dont buy', 'avoid them', 'share this', 'spread the word'].map((s): TermEntry => [s, 'boycott', 0.65]),
  // health and safety
  ...['zatru', 'zatrul', 'szpital', 'wymiot', 'biegunk', 'alergi', 'uczuleni', 'poparzy', 'niebezpiecz', 'zagrozeni', 'skazon', 'bakteri', 'salmonell', 'wybuch', 'pozar', 'poisoned', 'poisoning', 'food poison', 'hospital', 'allergic', 'unsafe', 'dangerous', 'injured', 'injury', 'burned', 'contaminated', 'salmonella', 'caught fire', 'exploded', 'recall'].map((s): TermEntry => [s, 'healthSafety', 0.7]),
  // rumour, misinformation
  ...['podobno', 'slyszalem', 'slyszalam', 'ponoc', 'krazy plotka', 'mowi sie', 'ktos to potwierdzi', 'czy to prawda', 'ukrywacie', 'tuszuj', 'zatajac', 'heard that', 'i heard', 'rumor', 'rumour', 'apparently', 'allegedly', 'is it true', 'cover up', 'covering up', 'they are hiding', 'you are hiding'].map((s): TermEntry => [s, 'rumour', 0.5]),
  // general negativity
  ...['zle$', 'zly$', 'zla$', 'slabo', 'slaby', 'smutn', 'wkurz', 'wsciekl', 'zloszcz', 'nienawidz', 'nienawisc', 'masakra', 'tragedi', 'tragiczn', 'okropn', 'straszn', 'nie da sie', 'bad$', 'hate', 'angry', 'furious', 'sad$', 'sucks', 'suck$', 'disgust', 'annoy', 'upset', 'poor$', 'wrong', 'fail', 'nightmare', 'shame', 'shameful', 'embarrass', 'problem', 'issue$', 'worse'].map((s): TermEntry => [s, 'negativity', 0.5]),
  // praise (not a risk: lowers negativity, flips under negation)
  ...['dzieki', 'dziekuje', 'dziekujemy', 'swietn', 'super$', 'polecam', 'brawo', 'rewelac', 'wspanial', 'doskonal', 'fajn', 'dobra robota', 'thanks', 'thank you', 'great', 'love$', 'awesome', 'excellent', 'amazing', 'appreciate', 'good job', 'well done', 'recommend', 'helpful', 'perfect', 'good$', 'nice$'].map((s): TermEntry => [s, 'positive', 0.5]),
];

/** Words that negate the next one or two words. */
export const NEGATORS = new Set(['nie', 'not', 'no', 'never', 'nigdy', 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'arent', 'cant', 'wont', 'ani', 'bez']);
/** Words that strengthen the next word. */
export const INTENSIFIERS = new Set(['bardzo', 'totalnie', 'kompletnie', 'strasznie', 'mega', 'naprawde', 'serio', 'very', 'so', 'totally', 'completely', 'absolutely', 'really', 'extremely', 'fucking']);
/** Emoji and emoticons that carry negativity (anger, disgust) or mockery. */
export const NEGATIVE_EMOJI = ['😡', '🤬', '😠', '🤮', '🖕', '💩', '😤', '👎', ':(', ':-(', '>:(', '🤡'];
