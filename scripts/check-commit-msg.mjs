#!/usr/bin/env node
/**
 * The commit-msg hook (installed by `npm install` through simple-git-hooks): a subject of at most
 * 72 characters, then, if there is a body, a blank line before it. Git's own comment lines and a
 * "fixup!"/"squash!" prefix are left alone. Exit 1 with the reason, so the commit is not made.
 */
import { readFileSync } from 'node:fs';

export const MAX_SUBJECT = 72;

/** Problems with a commit message, empty when it is fine. */
export function commitMessageProblems(message) {
  const lines = message.split('\n').filter((l) => !l.startsWith('#'));
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const [subject = '', second] = lines;
  const problems = [];
  if (!subject.trim()) problems.push('the subject line is empty');
  const plain = subject.replace(/^(fixup|squash|amend)! /, '');
  if ([...plain].length > MAX_SUBJECT)
    problems.push(
      `the subject has ${[...plain].length} characters; keep it to ${MAX_SUBJECT} and put the details in the body`,
    );
  if (second !== undefined && second.trim()) problems.push('leave a blank line between the subject and the body');
  return problems;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: check-commit-msg.mjs <file with the message>');
    process.exit(2);
  }
  const problems = commitMessageProblems(readFileSync(file, 'utf8'));
  if (problems.length) {
    console.error(`Commit message: ${problems.join('; ')}.`);
    process.exit(1);
  }
}
