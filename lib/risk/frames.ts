/**
 * Situation frames (lexicons/frames.ts) over a comment's tokens: a thing and what went wrong with
 * it, within FRAME_WINDOW tokens of each other in the same sentence, in either order. Each frame
 * found is a crisis-signal hit spanning both parts; evidence.ts counts it only in a negative or
 * hostile comment, except the grave ones (health, data, staff), which count in any tone.
 */
import { CLAIMS, FRAME_WINDOW, FRAMES } from './lexicons/frames';
import { parsePattern, patternLength, type Hit } from './lexicon-match';
import { joinedToNext as joined, type Token } from './tokens';
import { NEGATORS } from './lexicons/terms';
import { negatorAt } from './negation';

interface Part {
  stems: string[];
  exact: boolean[];
}
interface CompiledFrame {
  signal: Hit['target'];
  weight: number;
  thing: Part[];
  wrong: Part[];
  unless: Part[];
  anyTone: true | undefined;
}

let compiled: CompiledFrame[] | null = null;
function frames(): CompiledFrame[] {
  compiled ??= FRAMES.map((f) => ({
    signal: f.signal,
    weight: f.weight ?? FRAME_WEIGHT,
    thing: f.thing.map(parsePattern),
    wrong: f.wrong.map(parsePattern),
    unless: (f.unless ?? []).map(parsePattern),
    anyTone: f.anyTone,
  }));
  return compiled;
}

/** Every part of every frame, indexed by the first three letters of its first stem (a shorter stem: itself). */
interface Indexed {
  frame: number;
  side: 0 | 1 | 2;
  part: Part;
}
let index: Map<string, Indexed[]> | null = null;
function partIndex(): Map<string, Indexed[]> {
  if (index) return index;
  index = new Map();
  frames().forEach((f, frame) =>
    [f.thing, f.wrong, f.unless].forEach((parts, side) => {
      for (const part of parts) {
        const key = part.stems[0]!.slice(0, 3);
        const list = index!.get(key);
        const entry = { frame, side: side as 0 | 1 | 2, part };
        if (list) list.push(entry);
        else index!.set(key, [entry]);
      }
    }),
  );
  return index;
}

const HANDLE = new Set(['@', '_']);

/**
 * What went wrong, negated one or two words before in the same clause, went right: "obsługa nie
 * tragiczna", "the service was not terrible". A part that holds its own negation ("nie działa",
 * "never arrived") is read as it is.
 */
function negatedWrong(tokens: readonly Token[], i: number, part: Part): boolean {
  if (NEGATORS.has(part.stems[0]!)) return false;
  if (i > 0 && joined(tokens, i - 1) && negatorAt(tokens, i - 1)) return true;
  return i > 1 && joined(tokens, i - 1) && joined(tokens, i - 2) && negatorAt(tokens, i - 2);
}

/** Where each frame's parts match: per frame and side, [token, length] pairs. */
function partsFound(
  text: string,
  tokens: readonly Token[],
  idiom: ArrayLike<number> | null,
): Map<number, Array<Array<[number, number]>>> {
  const idx = partIndex();
  const found = new Map<number, Array<Array<[number, number]>>>();
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.text;
    // A user name ("@anonymized_account", "@jan_kowalski") is nobody's account or court.
    if (tokens[i]!.start > 0 && HANDLE.has(text[tokens[i]!.start - 1]!)) continue;
    // A word inside an idiom ("I'm dead 😂", "bez problemu") is no part of a situation.
    if (idiom?.[i]) continue;
    // One lookup: a word's first three letters; a word of one to three letters is its own key (the
    // parts whose first stem is that short, "no", "my", "i", match only that word).
    const list = idx.get(w.length > 3 ? w.slice(0, 3) : w);
    if (!list) continue;
    for (const e of list) {
      const len = patternLength(tokens, i, e.part);
      if (!len || (e.side === 1 && negatedWrong(tokens, i, e.part))) continue;
      let sides = found.get(e.frame);
      if (!sides) found.set(e.frame, (sides = [[], [], []]));
      sides[e.side]!.push([i, len]);
    }
  }
  return found;
}

/**
 * Sentence number of each token: a new sentence after ". ! ? ;" or a line break between two tokens;
 * a point between two digits is part of a number ("$64.99", "o 17.40").
 */
function sentences(text: string, tokens: readonly Token[]): Uint16Array {
  const out = new Uint16Array(tokens.length);
  let s = 0;
  for (let i = 1; i < tokens.length; i++) {
    const gap = text.slice(tokens[i - 1]!.end, tokens[i]!.start);
    if (/[.!?;\n]/.test(gap) && !(gap === '.' && /\d$/.test(tokens[i - 1]!.text) && /^\d/.test(tokens[i]!.text))) s++;
    out[i] = s;
  }
  return out;
}

/** One hit per signal framed (its closest pair of parts), for signals not in `skip`. */
export function matchFrames(
  text: string,
  tokens: readonly Token[],
  skip: ReadonlySet<string>,
  idiom: ArrayLike<number> | null = null,
): Hit[] {
  if (tokens.length < 2) return [];
  const found = partsFound(text, tokens, idiom);
  if (found.size === 0) return [];
  let sentence: Uint16Array | null = null;
  const hits: Hit[] = [];
  const raised = new Set<string>();
  const all = frames();
  for (const [frame, [things, wrongs, unless]] of [...found].sort((x, y) => x[0] - y[0])) {
    const f = all[frame]!;
    if (skip.has(f.signal) || raised.has(f.signal) || !things!.length || !wrongs!.length || unless!.length) continue;
    sentence ??= sentences(text, tokens);
    const pair = closestPair(things!, wrongs!, sentence);
    if (!pair) continue;
    const [from, to] = pair;
    raised.add(f.signal);
    hits.push(spanHit(f.signal, f.weight, tokens, from, to, true, f.anyTone));
  }
  return hits;
}

/** A lexicon hit over tokens `from`..`to` (inclusive): a frame's, or a signal a rule read. */
export function spanHit(
  target: Hit['target'],
  weight: number,
  tokens: readonly Token[],
  from: number,
  to: number,
  frame: boolean,
  anyTone?: true,
): Hit {
  return {
    target,
    weight,
    start: tokens[from]!.start,
    end: tokens[to]!.end,
    token: from,
    tokens: to - from + 1,
    negated: false,
    source: 'lexicon',
    ...(frame ? { frame: true as const } : {}),
    ...(anyTone ? { anyTone: true as const } : {}),
  };
}

/** A frame's weight as a signal: a situation named in the writer's own words, in a negative comment. */
export const FRAME_WEIGHT = 0.6;

function closestPair(
  things: ReadonlyArray<[number, number]>,
  wrongs: ReadonlyArray<[number, number]>,
  sentence: Uint16Array,
): [number, number] | null {
  let best: [number, number] | null = null;
  for (const [a, la] of things)
    for (const [b, lb] of wrongs) {
      // Overlapping parts ("konta" is both the money's and the account's) are one word, not two.
      if (a < b + lb && b < a + la) continue;
      const from = Math.min(a, b);
      const to = Math.max(a + la, b + lb) - 1;
      if (to - from + 1 - la - lb > FRAME_WINDOW || sentence[a] !== sentence[b]) continue;
      if (!best || to - from < best[1] - best[0]) best = [from, to];
    }
  return best;
}

// A short span in quotes that open after a space or the start and close before a space or a stop.
const QUOTED_SPAN = String.raw`(?<=^|\s)['"„“«‘»]([^'"„“”«»‘’\n]{1,40})['"”»’«](?=$|[\s.,!?;:)…-])`;
const QUOTED = new RegExp(QUOTED_SPAN, 'gu');
const ANY_QUOTED = new RegExp(QUOTED_SPAN, 'u');

/** Whether the comment puts a few words in scare quotes ("za tę 'promocję'"). */
export const hasQuotedSpan = (text: string): boolean => ANY_QUOTED.test(text);
let claims: Part[] | null = null;
// "'nut-free' bars" that made a child react: a label's allergen claim is a safety matter, not a scam.
const ALLERGEN = new Set(['allergen', 'dairy', 'egg', 'gluten', 'lactose', 'milk', 'nut', 'peanut', 'soy', 'sugar']);

/** A brand's claim in scare quotes ("the 'free' trial charged me"): a scam hit over the quoted words. */
function quotedClaims(text: string, tokens: readonly Token[]): Hit[] {
  if (!/['"„“«‘»]/.test(text)) return [];
  claims ??= CLAIMS.map(parsePattern);
  for (const m of text.matchAll(QUOTED)) {
    const from = m.index!;
    const to = from + m[0].length;
    const first = tokens.findIndex((t) => t.start >= from);
    if (first < 0) continue;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.end <= to) last++;
    if (tokens[first]!.start >= to) continue;
    for (let i = first; i <= last; i++)
      if (claims.some((p) => patternLength(tokens, i, p) > 0) && !ALLERGEN.has(tokens[i - 1]?.text ?? ''))
        return [spanHit('scamFraud', FRAME_WEIGHT, tokens, first, last, true, true)];
  }
  return [];
}

/** The comment's hits with the frames of the signals no phrase has raised. */
export function withFrames(
  text: string,
  tokens: readonly Token[],
  hits: Hit[],
  idiom: ArrayLike<number> | null = null,
): Hit[] {
  // A negated phrase raises nothing ("nie tak się traktuje" is read as negated "tak się traktuje"),
  // so it leaves its signal to the frames.
  const raised = new Set<string>();
  for (const h of hits) if (!h.negated) raised.add(h.target);
  const framed = matchFrames(text, tokens, raised, idiom);
  if (!raised.has('scamFraud') && !framed.some((h) => h.target === 'scamFraud'))
    framed.push(...quotedClaims(text, tokens));
  return framed.length ? [...hits, ...framed] : hits;
}
