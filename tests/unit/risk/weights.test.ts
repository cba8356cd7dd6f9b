import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { hasData } from '../../../bench/lib/data';
import { train, weightsModule } from '../../../scripts/train-risk';

describe.skipIf(!hasData())('committed model weights (needs ../shared/data; skipped without it)', () => {
  test('equal what `npm run train:risk` produces from the training data', () => {
    const committed = readFileSync(resolve(import.meta.dirname, '../../../lib/risk/model/weights.ts'), 'utf8');
    expect(weightsModule(train())).toBe(committed);
  }, 120_000);
});
