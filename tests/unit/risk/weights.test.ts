import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { hasData } from '../../../bench/lib/data';
import {
  lookModule,
  trainLook,
  trainNegativity,
  trainToxicity,
  weightsModule,
  weightsPath,
} from '../../../scripts/train-risk';

// Compared by their header (thresholds) and a hash of the whole module: a mismatch then reads in
// a few lines instead of a megabyte of base64.
const summary = (module: string) => ({
  header: module.split('\n  weights:')[0],
  sha256: createHash('sha256').update(module).digest('hex'),
});

describe.skipIf(!hasData())('committed model weights (needs ../shared/data; skipped without it)', () => {
  test.each([
    ['toxicity', trainToxicity],
    ['negativity', trainNegativity],
  ] as const)(
    'the %s head equals what `npm run train:risk` produces from the training data',
    (name, train) => {
      expect(summary(weightsModule(name, train()))).toEqual(summary(readFileSync(weightsPath(name), 'utf8')));
    },
    300_000,
  );
});

// The second look trains on the project's own sets (datasets/), calm comments of five public training
// splits, and the first look's results, which the committed heads give.
test.skipIf(!hasData())(
  'the second look equals what `npm run train:risk` produces (needs ../shared/data; skipped without it)',
  () => {
    expect(summary(lookModule(trainLook()))).toEqual(summary(readFileSync(weightsPath('look'), 'utf8')));
  },
  300_000,
);
