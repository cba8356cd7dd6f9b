/**
 * The words of a comment (made by `tokenize` in tokenize.ts), with their positions, for lexicon
 * matching and model features. Spaced-out words ("i d i o t a") are joined back into one token.
 */
import { isAsciiLetter, LETTER } from './normalize';

export interface Token {
  text: string;
  /** Span in the text the token was read from (the original comment, for `tokenize`). */
  start: number;
  end: number;
  /** Span in the normalised text. */
  nstart: number;
  nend: number;
}

/** Whether token k and the next one stand with at most one character between ("don't", "nie polecam"). */
export const joinedToNext = (tokens: readonly Token[], k: number): boolean =>
  tokens[k + 1]!.nstart - tokens[k]!.nend <= 1;

/** Tokens per comment at most (bounded time). */
export const MAX_TOKENS = 400;

const isSingleLetter = (t: Token) =>
  t.text.length === 1 && (isAsciiLetter(t.text.charCodeAt(0)) || LETTER.test(t.text));

/** Spaced-out words ("i d i o t a", "k.u.r.w.a": four or more single letters) joined into one token. */
export function joinSpaced(raw: Token[]): Token[] {
  let any = false;
  for (let i = 0; i + 3 < raw.length && !any; i++) any = raw[i]!.text.length === 1 && raw[i + 3]!.text.length === 1;
  if (!any) return raw;
  const out: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    let j = i;
    while (j < raw.length && isSingleLetter(raw[j]!) && (j === i || raw[j]!.nstart - raw[j - 1]!.nend <= 2)) j++;
    if (j - i >= 4) {
      out.push({
        text: raw
          .slice(i, j)
          .map((t) => t.text)
          .join(''),
        start: raw[i]!.start,
        end: raw[j - 1]!.end,
        nstart: raw[i]!.nstart,
        nend: raw[j - 1]!.nend,
      });
      i = j - 1;
    } else out.push(raw[i]!);
  }
  return out;
}
