/**
 * Every thread reason, in Polish and in English: a hand-built thread that has it and a near miss
 * that does not. Risk results are built by hand, so these tests do not depend on the classifier.
 */
import { describe, expect, test } from 'vitest';
import { scoreThread, type EscalationOptions, type ThreadComment } from '@/lib/risk/escalation';
import { CRISIS_SIGNALS, TOXICITY_KINDS, type CrisisSignal, type Language, type RiskResult } from '@/lib/risk/types';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const MIN = 60_000;
const H = 60 * MIN;

interface RiskSpec {
  lang?: Language;
  /** Overall risk: ≥ 0.35 is flagged. */
  risk?: number;
  neg?: number;
  tox?: number;
  signals?: Partial<Record<CrisisSignal, number>>;
}

/** A risk result with chosen scores. */
function rr(o: RiskSpec = {}): RiskResult {
  const risk = o.risk ?? Math.max(o.tox ?? 0, o.neg ?? 0) * 0.9;
  const zeros = <K extends string>(ks: readonly K[]) => Object.fromEntries(ks.map((k) => [k, 0])) as Record<K, number>;
  const severity = risk >= 0.75 ? 'high' : risk >= 0.55 ? 'medium' : risk >= 0.35 ? 'low' : 'none';
  return {
    language: o.lang ?? 'pl',
    risk,
    severity,
    negativity: o.neg ?? 0.05,
    toxicity: o.tox ?? 0.02,
    toxicityBy: zeros(TOXICITY_KINDS),
    signals: { ...zeros(CRISIS_SIGNALS), ...o.signals },
    reasons: [],
    uncertain: false,
    engine: 'test',
  };
}

const LANGS = {
  pl: {
    calm: 'Dzięki za informację, pozdrawiam',
    angry: 'Żałosne, jesteście bandą kłamców',
    leak: 'Wyciekły nasze dane, hakerzy mają karty',
    brand: 'Zefira nikomu nie polecam, fatalna obsługa',
    brandCalm: 'Zefir ma nowe taryfy',
    keyword: 'Infolinia znowu nie działa, skandal',
  },
  en: {
    calm: 'Thanks for the update, cheers',
    angry: 'Pathetic, you are a bunch of liars',
    leak: 'Our data leaked, hackers have the cards',
    brand: 'Zefir is the worst, avoid them',
    brandCalm: 'Zefir has new plans',
    keyword: 'The hotline is down again, disgraceful',
  },
} as const;
type Lang = keyof typeof LANGS;

const CALM: RiskSpec = { neg: 0.05, tox: 0.02 };
const ANGRY: RiskSpec = { neg: 0.8, tox: 0.8 };

function thread(lang: Lang) {
  let n = 0;
  const c = (
    author: string,
    text: keyof (typeof LANGS)[Lang],
    spec: RiskSpec,
    extra: Partial<ThreadComment> = {},
  ): ThreadComment => ({
    id: `${lang}${n++}`,
    author,
    text: LANGS[lang][text],
    risk: rr({ lang, ...spec }),
    ...extra,
  });
  const kinds = (cs: ThreadComment[], opts?: EscalationOptions) =>
    scoreThread(cs, NOW, opts).reasons.map((r) => r.kind);
  const reason = (cs: ThreadComment[], kind: string, opts?: EscalationOptions) =>
    scoreThread(cs, NOW, opts).reasons.find((r) => r.kind === kind);
  return { c, kinds, reason };
}

describe.each(['pl', 'en'] as const)('reasons (%s)', (lang) => {
  const { c, kinds, reason } = thread(lang);

  test('riskyShare: share and count of risky replies', () => {
    const r = reason([c('a', 'calm', CALM), c('b', 'angry', ANGRY), c('c', 'angry', ANGRY)], 'riskyShare');
    expect(r?.label).toBe('2 of 3 comments risky (67%)');
    expect(r?.commentIds).toHaveLength(2);
    expect(kinds([c('a', 'calm', CALM), c('b', 'calm', CALM)])).not.toContain('riskyShare');
  });

  test('pileOn against the brand: distinct authors, not one author repeating', () => {
    const r = reason(
      ['a', 'b', 'c', 'd'].map((a) => c(a, 'angry', ANGRY)),
      'pileOn',
    );
    expect(r?.label).toBe('pile-on: 4 authors against the brand or post');
    expect(kinds(['a', 'a', 'a', 'a'].map((a) => c(a, 'angry', ANGRY)))).not.toContain('pileOn');
  });

  test('pileOn against a person: risky replies to one author from several others', () => {
    const root = c('ola', 'calm', CALM);
    const replies = (authors: string[]) => authors.map((a) => c(a, 'angry', ANGRY, { parentId: root.id }));
    expect(reason([root, ...replies(['b', 'c', 'd'])], 'pileOn')?.label).toBe('pile-on: 3 authors against ola');
    expect(kinds([root, ...replies(['b', 'c', 'b'])])).not.toContain('pileOn');
  });

  test('riskyAcceleration: risky replies bunched in the last hour, faster than before', () => {
    const burst = [50, 30, 20, 5].map((m, i) => c(`u${i}`, 'angry', ANGRY, { time: NOW - m * MIN }));
    expect(reason(burst, 'riskyAcceleration')?.label).toBe('4 risky replies in the last hour (none before)');
    const spread = [1, 2, 3, 4].map((d, i) => c(`u${i}`, 'angry', ANGRY, { time: NOW - d * 30 * H }));
    expect(kinds(spread)).not.toContain('riskyAcceleration');
    // The same pace as in the windows before (one every two hours for four days) is not an acceleration.
    const steady = Array.from({ length: 48 }, (_, i) =>
      c(`u${i}`, 'angry', ANGRY, { time: NOW - 30 * MIN - i * 2 * H }),
    );
    expect(kinds(steady)).not.toContain('riskyAcceleration');
  });

  test('riskyAcceleration from relative times ("5 min temu", "2 h ago") when there is no timestamp', () => {
    const rel = (t: string) => ({ relativeTime: t });
    expect(
      kinds(['2 min', '5 min temu', '10 minutes ago', '20 min'].map((t, i) => c(`u${i}`, 'angry', ANGRY, rel(t)))),
    ).toContain('riskyAcceleration');
    expect(
      kinds(['3 dni temu', '4 days ago', '2 tyg.', '1 rok temu'].map((t, i) => c(`u${i}`, 'angry', ANGRY, rel(t)))),
    ).not.toContain('riskyAcceleration');
  });

  test('riskyAcceleration by order when no comment has a time', () => {
    const calmThenRisky = [
      ...Array.from({ length: 10 }, (_, i) => c(`a${i}`, 'calm', CALM)),
      ...Array.from({ length: 5 }, (_, i) => c(`b${i}`, 'angry', ANGRY)),
    ];
    expect(reason(calmThenRisky, 'riskyAcceleration')?.label).toBe(
      'risky replies accelerating: 5 of the last 10 (was 0%)',
    );
    const alternating = Array.from({ length: 15 }, (_, i) =>
      c(`a${i}`, i % 2 ? 'angry' : 'calm', i % 2 ? ANGRY : CALM),
    );
    expect(kinds(alternating)).not.toContain('riskyAcceleration');
  });

  test('acceleration: replies (even calm ones) coming faster than before', () => {
    const burst = Array.from({ length: 8 }, (_, i) => c(`u${i}`, 'calm', CALM, { time: NOW - (i + 1) * 6 * MIN }));
    expect(kinds([...burst, c('z', 'calm', CALM, { time: NOW - 3 * H })])).toContain('acceleration');
    const even = Array.from({ length: 20 }, (_, i) => c(`u${i}`, 'calm', CALM, { time: NOW - (i + 0.5) * 6 * H }));
    expect(kinds(even)).not.toContain('acceleration');
  });

  test('chainRising: negativity rising along a reply chain, not merely two angry replies', () => {
    const chain = (negs: number[], shape: 'chain' | 'star') => {
      const out: ThreadComment[] = [];
      negs.forEach((neg, i) =>
        out.push(
          c(
            `u${i}`,
            neg >= 0.5 ? 'angry' : 'calm',
            { neg, tox: 0.1 },
            { parentId: i === 0 ? undefined : shape === 'chain' ? out[i - 1]!.id : out[0]!.id },
          ),
        ),
      );
      return out;
    };
    expect(reason(chain([0.1, 0.45, 0.7, 0.9], 'chain'), 'chainRising')?.commentIds).toHaveLength(2);
    expect(kinds(chain([0.9, 0.7, 0.45, 0.1], 'chain'))).not.toContain('chainRising');
    expect(kinds(chain([0.1, 0.7, 0.9], 'star'))).not.toContain('chainRising');
  });

  test('backAndForth: two authors replying to each other, growing hostile', () => {
    const argue = (authors: (i: number) => string, tox: number[]) => {
      const out: ThreadComment[] = [];
      tox.forEach((t, i) =>
        out.push(c(authors(i), t >= 0.5 ? 'angry' : 'calm', { tox: t, neg: t }, { parentId: out[i - 1]?.id })),
      );
      return out;
    };
    const rising = [0.1, 0.3, 0.5, 0.7, 0.9];
    expect(
      reason(
        argue((i) => (i % 2 ? 'bob' : 'alice'), rising),
        'backAndForth',
      )?.label,
    ).toMatch(/between alice and bob \(4 replies\), growing hostile/);
    expect(kinds(argue((i) => (i % 2 ? 'bob' : 'alice'), [0.9, 0.7, 0.5, 0.7, 0.6]))).not.toContain('backAndForth');
    expect(kinds(argue((i) => `u${i}`, rising))).not.toContain('backAndForth');
  });

  test('reach: likes on risky comments, not on calm ones', () => {
    expect(reason([c('a', 'angry', ANGRY, { likes: 400 }), c('b', 'calm', CALM)], 'reach')?.label).toBe(
      '400 likes on risky comments',
    );
    expect(kinds([c('a', 'angry', ANGRY, { likes: 2 }), c('b', 'calm', CALM, { likes: 900 })])).not.toContain('reach');
  });

  test('brandNegative: the brand (inflected) or a watch keyword named in negative comments', () => {
    const opts = { brands: ['Zefir'], watchKeywords: lang === 'pl' ? ['infolinia'] : ['hotline'] };
    expect(reason([c('a', 'brand', { neg: 0.7 })], 'brandNegative', opts)?.label).toBe(
      '"Zefir" named in 1 negative comment',
    );
    expect(reason([c('a', 'keyword', { neg: 0.7 })], 'brandNegative', opts)?.label).toMatch(
      /^"(infolinia|hotline)" named in 1/,
    );
    expect(kinds([c('a', 'brandCalm', CALM)], opts)).not.toContain('brandNegative');
    expect(kinds([c('a', 'angry', ANGRY)], opts)).not.toContain('brandNegative');
  });

  test('rumourSpread: the same accusation from several authors', () => {
    const leak = (a: string) => c(a, 'leak', { neg: 0.6, risk: 0.6, signals: { dataLeak: 0.8 } });
    expect(reason([leak('a'), leak('b'), leak('c')], 'rumourSpread')?.label).toBe('dataLeak repeated by 3 authors');
    expect(kinds([leak('a'), leak('a'), leak('a')])).not.toContain('rumourSpread');
    expect(kinds([leak('a'), leak('b')])).not.toContain('rumourSpread');
  });
});

describe('derailForecast (text cues computed inside escalation)', () => {
  test.each([
    [
      'en',
      [
        'You are wrong and you know it',
        'No, you are the one who never reads your sources',
        'Why do you keep doing this? You clearly do not care',
      ],
      [
        'I think the date might be wrong, thanks',
        'Maybe I misread it, I guess it could be either',
        'I believe it is fixed now, thank you',
      ],
    ],
    [
      'pl',
      [
        'Ty nie masz pojęcia, wy zawsze kłamiecie',
        'Twoje źródła to bzdury, ciebie nikt nie słucha',
        'Wy tak zawsze, wasze tłumaczenia są żałosne',
      ],
      [
        'Wydaje mi się, że chyba masz rację',
        'Moim zdaniem to raczej mój błąd, dziękuję',
        'Myślę że może być i tak, ja sprawdzę',
      ],
    ],
  ] as const)('%s: a confrontational exchange is likely to derail, a hedged one is not', (lang, hostile, polite) => {
    const mk = (texts: readonly string[], spec: RiskSpec) =>
      texts.map((text, i) => ({
        id: `${i}`,
        parentId: i ? `${i - 1}` : undefined,
        author: `p${i % 2}`,
        text,
        risk: rr({ lang, ...spec }),
      }));
    const h = scoreThread(mk(hostile, { tox: 0.4, neg: 0.6 }), NOW);
    const p = scoreThread(mk(polite, { tox: 0.4, neg: 0.6 }), NOW);
    expect(h.derail).toBeGreaterThan(0.5);
    expect(p.derail).toBeLessThan(0.5);
    expect(h.reasons.map((r) => r.kind)).toContain('derailForecast');
    expect(p.reasons.map((r) => r.kind)).not.toContain('derailForecast');
  });
});
