import { describe, expect, test } from 'vitest';
import { looksLikeFullDisk } from '@/lib/db/health';

describe('an error that looks like a full disk (docs/RELIABILITY.md H7)', () => {
  test.each([
    [
      'Chromium on a full profile disk',
      'UnknownError',
      'Internal error opening backing store for indexedDB.open.',
      true,
    ],
    ['a quota error', 'QuotaExceededError', 'The current transaction exceeded its quota limitations.', true],
    ['Dexie wrapping a quota error', 'AbortError', 'QuotaExceededError: Quota exceeded', true],
    ['the file system', 'Error', 'ENOSPC: no space left on device', true],
    ['an upgrade bug', 'Error', 'upgrade step failed', false],
    ['a version conflict', 'VersionError', 'The requested version (2) is less than the existing version (3).', false],
    ['no message', 'UnknownError', '', false],
  ])('%s → %s', (_name, name, message, want) => {
    expect(looksLikeFullDisk({ name, message })).toBe(want);
  });
});
