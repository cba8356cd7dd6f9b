import { describe, expect, test } from 'vitest';
import { commitMessageProblems, MAX_SUBJECT } from '../../../scripts/check-commit-msg.mjs';

describe('the commit-msg hook', () => {
  test.each([
    ['a short subject', 'Risk: ambiguous words need a negative comment', []],
    ['a subject and a body', 'Panel: notes as a history\n\nSaved as you type; each note keeps its author.', []],
    ['a subject of exactly the limit', 'x'.repeat(MAX_SUBJECT), []],
    [
      "git's comment lines are not the message",
      'Fix the badge\n# Please enter the commit message\n# Lines starting with # are ignored',
      [],
    ],
    ['fixup! does not count towards the limit', `fixup! ${'y'.repeat(MAX_SUBJECT)}`, []],
    [
      'one character over',
      'x'.repeat(MAX_SUBJECT + 1),
      [`the subject has ${MAX_SUBJECT + 1} characters; keep it to ${MAX_SUBJECT} and put the details in the body`],
    ],
    ['Polish letters count as one each', 'ż'.repeat(MAX_SUBJECT), []],
    [
      'a body without the blank line',
      'Subject\nthe body starts at once',
      ['leave a blank line between the subject and the body'],
    ],
    ['an empty message', '\n\n', ['the subject line is empty']],
  ] as const)('%s', (_name, message, problems) => {
    expect(commitMessageProblems(message)).toEqual(problems);
  });
});
