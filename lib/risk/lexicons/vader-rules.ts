/**
 * The word lists of the VADER rules (C.J. Hutto and E. Gilbert, "VADER: A Parsimonious Rule-based
 * Model for Sentiment Analysis of Social Media Text", ICWSM 2014): negations, degree adverbs
 * (boosters and dampeners), contractions, emoticons and emoji, after the lists of vaderSentiment
 * (MIT) as published in the vader-sentiment npm package (Apache-2.0); the emoji glosses and the
 * Polish negations are ours. The rules that use them are in `valence.ts`. Data only.
 */
import { INTENSIFIERS, NEGATORS } from './terms';

/**
 * Negations (without the apostrophe: "don't" is read as "don" + "t", see `NT_STEMS`): the
 * negators the lexicon rules already use (`NEGATORS`, Polish ones included) and VADER's other
 * English ones. "no" negates only when a sentiment word follows (its own valence counts otherwise).
 */
export const NEGATIONS = [
  ...NEGATORS,
  'aint',
  'cannot',
  'couldnt',
  'darent',
  'hadnt',
  'hasnt',
  'havent',
  'mightnt',
  'mustnt',
  'neither',
  'neednt',
  'none',
  'nope',
  'nor',
  'nothing',
  'nowhere',
  'oughtnt',
  'shant',
  'shouldnt',
  'uhuh',
  'werent',
  'without',
  'wouldnt',
  'rarely',
  'seldom',
  'despite',
];

/** Words that read as a negation when "'t" follows ("don't", "won't", "can't"). */
export const NT_STEMS = [
  'ain',
  'aren',
  'can',
  'couldn',
  'daren',
  'didn',
  'doesn',
  'don',
  'hadn',
  'hasn',
  'haven',
  'isn',
  'mightn',
  'mustn',
  'needn',
  'oughtn',
  'shan',
  'shouldn',
  'wasn',
  'weren',
  'won',
  'wouldn',
];

/** What follows an apostrophe in a contraction: part of the word before ("it's", "I'm"), not a word. */
export const CONTRACTION_TAILS = ['t', 's', 'm', 're', 've', 'll', 'd'];

/**
 * Degree adverbs that raise the intensity of the sentiment word after them: the intensifiers the
 * lexicon rules already use (`INTENSIFIERS`, English and Polish) and VADER's other English ones.
 */
export const BOOSTERS = [
  ...INTENSIFIERS,
  'amazingly',
  'awfully',
  'considerably',
  'decidedly',
  'deeply',
  'effing',
  'enormously',
  'entirely',
  'especially',
  'exceptionally',
  'fabulously',
  'flipping',
  'flippin',
  'fricking',
  'frickin',
  'frigging',
  'friggin',
  'fully',
  'greatly',
  'hella',
  'highly',
  'hugely',
  'incredibly',
  'intensely',
  'majorly',
  'more',
  'most',
  'particularly',
  'purely',
  'quite',
  'remarkably',
  'substantially',
  'thoroughly',
  'tremendously',
  'uber',
  'unbelievably',
  'unusually',
  'utterly',
];

/** Degree adverbs that lower it ("kind of" and "sort of" are handled as phrases). */
export const DAMPENERS = [
  'almost',
  'barely',
  'hardly',
  'kinda',
  'kindof',
  'less',
  'little',
  'marginally',
  'occasionally',
  'partly',
  'scarcely',
  'slightly',
  'somewhat',
  'sorta',
  'sortof',
];

/**
 * Emoticons with their VADER lexicon valences. They are matched in the original text when they
 * stand on their own (after a space or at the start), so "http://" is not ":/". Those whose
 * letters make a word of the lexicon ("xD") are scored as that word; "8)" and "D:" are left out
 * (list items, "Plan D:").
 */
export const EMOTICONS =
  ':) 2 :-) 1.3 :)) 2.8 :-)) 2.8 :] 2.2 :} 2.1 :> 2.1 :3 2.3 :D 2.3 :-D 2.3 :d 2.3 :P 1.4 :p 1 :-p 1.5 :-P 1.5 :* 2.5 :-* 1.7 ' +
  ";) 0.9 ;-) 1 ;] 0.6 ;D 0.8 =) 2.2 =] 1.6 =D 2.3 =p 1.3 (: 2.2 (-: 1.6 <3 1.9 :') 2.3 \\o/ 2.2 " +
  ":( -1.9 :-( -1.5 :[ -2 :-[ -1.6 :{ -1.9 :< -2.1 :'( -2.2 :'-( -2.4 :/ -1.4 :-/ -1.2 :\\ -1.3 :-\\ -0.9 :| -0.4 :-| -0.7 " +
  ':@ -2.5 :s -1.2 :S -1.2 :c -2.1 =( -1.9 =/ -1.4 =\\ -1.2 =| -0.8 ): -1.8 )-: -2.1 >:( -2.7 >:-( -2.7 >:[ -2.1 ' +
  '>:/ -1.6 >.< -1.3 </3 -3';

/**
 * Emoji, each with the words that gloss it: its Unicode name or keywords, or the plain meaning
 * when the name carries no sentiment word ("thumbs up"). An emoji's valence is the mean VADER
 * valence of its words that have one, so the lexicon, not this list, gives the numbers.
 */
export const EMOJI_WORDS: Record<string, string> = {
  '😂': 'joy laugh tears',
  '🤣': 'laughing',
  '😆': 'laughing',
  '😅': 'smiling sweat',
  '😊': 'smiling happy',
  '☺': 'smiling',
  '😀': 'grinning',
  '😃': 'grinning happy',
  '😄': 'grinning smile',
  '😁': 'grinning smile',
  '🙂': 'smile',
  '😉': 'smile',
  '😍': 'love smile',
  '🥰': 'love hugs',
  '😘': 'kiss love',
  '😋': 'happy',
  '😎': 'cool',
  '😇': 'blessed smile',
  '🤗': 'hug',
  '🥳': 'partying',
  '🤩': 'wow',
  '😌': 'relieved',
  '😜': 'playful',
  '😛': 'playful',
  '😻': 'love',
  '❤': 'love',
  '♥': 'love',
  '💕': 'love',
  '💖': 'love',
  '💗': 'love',
  '💙': 'love',
  '💚': 'love',
  '💛': 'love',
  '💜': 'love',
  '😙': 'kiss',
  '😚': 'kiss',
  '💋': 'kiss',
  '👍': 'good agree',
  '👌': 'ok good',
  '👏': 'applause',
  '🙌': 'celebrate',
  '🎉': 'party celebrate',
  '💯': 'perfect',
  '💪': 'strong',
  '🙏': 'please thanks pray',
  '✨': 'sparkles',
  '⭐': 'good',
  '🌟': 'good',
  '🏆': 'win',
  '😒': 'unhappy',
  '🙄': 'annoyed',
  '😏': 'mocking',
  '😔': 'sad',
  '😕': 'confused',
  '😟': 'worried',
  '🙁': 'frowning',
  '☹': 'frowning',
  '😢': 'crying sad',
  '😭': 'crying',
  '😞': 'disappointed',
  '😣': 'struggle',
  '😖': 'confused',
  '😩': 'weary',
  '😫': 'tired',
  '😪': 'sad',
  '😥': 'sad relieved',
  '😓': 'sad',
  '😬': 'grimacing',
  '😤': 'angry',
  '😠': 'angry',
  '😡': 'angry',
  '🤬': 'angry cursing',
  '👿': 'angry evil',
  '😈': 'evil',
  '😱': 'screaming fear',
  '😨': 'fearful',
  '😰': 'anxious',
  '😳': 'embarrassed',
  '🤮': 'disgust puke',
  '🤢': 'disgust sick',
  '🤒': 'sick',
  '😷': 'sick',
  '💀': 'dead',
  '☠': 'death',
  '💔': 'broken heartbreak',
  '👎': 'bad dislike',
  '🖕': 'insult',
  '💩': 'crap',
  '🤡': 'fool',
  '🤦': 'ugh',
  '🤥': 'lying',
  '😴': 'bored',
  '🥱': 'bored',
  '😵': 'dizzy',
};
