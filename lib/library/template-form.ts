/** The template editor's pure parts: the tag list from its text field and the claims a template makes. */
import { detectClaims } from './claims';
import { FACTS, type Fact } from './facts';
import type { ReplyTemplate } from './types';

/** At most this many tags are kept. */
export const MAX_TAGS = 30;

/** Sample values for the editor's preview. */
export const PREVIEW_VALUES: Readonly<Record<string, string>> = Object.freeze({
  author: 'Ola',
  brand: 'Zefir',
  platform: 'YouTube',
  agent: 'Jan',
  ticket: '#1234',
});

/** Tags from a comma-separated field: trimmed, no empty ones, no repeats, at most MAX_TAGS. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    ),
  ].slice(0, MAX_TAGS);
}

/**
 * What the template claims: the facts ticked and the ones its text reads as asserting (`read`, claimed
 * whether ticked or not: the suggestions hold it to that), in the order of FACTS.
 */
export function templateClaims(t: Pick<ReplyTemplate, 'body' | 'claims'>): { read: Fact[]; claims: Fact[] } {
  const read = detectClaims(t.body);
  return { read, claims: FACTS.filter((f) => (t.claims ?? []).includes(f) || read.includes(f)) };
}
