import { describe, expect, test } from 'vitest';
import { precisionAt } from '../../../scripts/train-risk';

// 200 scored examples: positives spread over 0.3–1, negatives over 0–0.7, half of each.
const probs: number[] = [];
const gold: number[] = [];
for (let i = 0; i < 100; i++) {
  probs.push(0.3 + (0.7 * i) / 99);
  gold.push(1);
  probs.push((0.7 * i) / 99);
  gold.push(0);
}

describe('flag threshold: the lowest probability whose precision reaches the bar', () => {
  test.each([
    ['the sample’s own rate changes nothing', 0.5, 'same'],
    ['a natural stream with fewer positives needs a higher threshold', 0.2, 'higher'],
    ['more positives than in the sample allow a lower one', 0.8, 'lower'],
  ] as const)('%s', (_name, prevalence, expected) => {
    const plain = precisionAt(probs, gold, 0.9);
    const adjusted = precisionAt(probs, gold, 0.9, prevalence);
    const got = adjusted === plain ? 'same' : adjusted > plain ? 'higher' : 'lower';
    expect(got).toBe(expected);
  });

  test('precision counted at the prevalence reaches the bar at the threshold chosen', () => {
    const t = precisionAt(probs, gold, 0.9, 0.2);
    let tp = 0;
    let fp = 0;
    probs.forEach((p, i) => {
      if (p >= t) {
        if (gold[i]) tp++;
        else fp++;
      }
    });
    // False positives weighted by the odds ratio of the sample's rate (0.5) to 0.2: 4.
    expect(tp / (tp + 4 * fp)).toBeGreaterThanOrEqual(0.9);
  });
});
