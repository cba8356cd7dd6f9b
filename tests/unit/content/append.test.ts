// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { appendSeparator, insertReply } from '@/lib/content/insert-reply';
import type { PlatformAdapter } from '@/lib/platforms/types';

describe('appending to a draft', () => {
  test.each([
    ['', ''],
    ['   ', ''],
    ['@Ola', ' '],
    ['Dzień dobry!', ' '],
    ['Hi,\n', ''],
    ['Hi Ola,\nthanks for writing.', '\n'],
    ['ends with a space ', ''],
  ])('after %j comes %j', (before, sep) => {
    expect(appendSeparator(before)).toBe(sep);
  });
  test('a textarea with a draft gets the reply after a space, not glued to its last word', async () => {
    document.body.innerHTML = '<div id="c"><textarea id="f">@Ola</textarea></div>';
    const comment = document.getElementById('c')!;
    const field = document.getElementById('f') as HTMLTextAreaElement;
    const adapter = { findReplyField: () => field } as unknown as PlatformAdapter;
    // jsdom has no execCommand: the insertion falls back to the textarea's value setter.
    document.execCommand = () => false;
    const out = await insertReply({ adapter, comment, text: 'Dziękujemy!', mode: 'append', doc: document, waitMs: 10 });
    expect(out).toMatchObject({ ok: true });
    expect(field.value).toBe('@Ola Dziękujemy!');
  });
});
