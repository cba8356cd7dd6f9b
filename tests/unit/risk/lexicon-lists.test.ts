import { describe, expect, test } from 'vitest';
import { TERMS } from '@/lib/risk/lexicons/terms';
import { IDIOMS } from '@/lib/risk/lexicons/idioms';
import { AMBIGUOUS_STEMS } from '@/lib/risk/lexicons/ambiguous';
import { FRAMES } from '@/lib/risk/lexicons/frames';

/** Runs of consecutive entries with the same target and weight: the lists as written in terms.ts. */
function groups(): string[][] {
  const out: string[][] = [];
  let key = '';
  for (const [pattern, target, weight] of TERMS) {
    const k = `${target}:${weight}`;
    if (k !== key) out.push([]);
    key = k;
    out[out.length - 1]!.push(pattern);
  }
  return out;
}
const sorted = (xs: readonly string[]) => [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const duplicates = (xs: readonly string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);

describe('curated lists stay one entry per line, sorted and without repeats', () => {
  test.each(groups().map((g) => [`${g[0]} … (${g.length})`, g] as const))(
    'terms: the list starting %s is sorted',
    (_name, list) => {
      expect(list).toEqual(sorted(list));
    },
  );

  test('no pattern appears twice for the same target', () => {
    expect(duplicates(TERMS.map(([p, t]) => `${t}:${p}`))).toEqual([]);
  });

  test.each([
    ['idioms', IDIOMS],
    ['ambiguous words', AMBIGUOUS_STEMS],
    ...FRAMES.flatMap((f, i) =>
      [f.thing, f.wrong, f.unless ?? []].map((list, side) => [`frame ${i} (${f.signal}) part ${side}`, list] as const),
    ),
  ] as const)('%s are sorted and unique', (_name, list) => {
    expect(list).toEqual(sorted(list));
    expect(duplicates(list)).toEqual([]);
  });

  test('every pattern is folded: lowercase, no Polish letters, single spaces', () => {
    const bad = [
      ...TERMS.map(([p]) => p),
      ...IDIOMS,
      ...AMBIGUOUS_STEMS,
      ...FRAMES.flatMap((f) => [...f.thing, ...f.wrong]),
    ].filter((p) => p !== p.toLowerCase() || /[ąćęłńóśźż]/.test(p) || /\s{2,}|^\s|\s$/.test(p));
    expect(bad).toEqual([]);
  });
});
