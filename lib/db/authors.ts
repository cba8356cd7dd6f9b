/**
 * Author memory: local tags a team puts on comment authors (troll, journalist, repeat
 * complainer, VIP). Stored in the settings table under `authorTags`, keyed by platform and
 * author name, because the same name on two platforms is not the same person.
 */
import type { StormwatchDB } from './schema';
import type { PlatformId } from '@/lib/platforms/types';

export const AUTHOR_TAGS = ['troll', 'journalist', 'repeatComplainer', 'vip'] as const;
export type AuthorTag = (typeof AUTHOR_TAGS)[number];
export type AuthorTagMap = Record<string, AuthorTag[]>;

const KEY = 'authorTags';

/** The map key of an author. */
export const authorKey = (platform: PlatformId, author: string): string => `${platform}:${author}`;

/** Every author's tags. */
export async function getAuthorTags(db: StormwatchDB): Promise<AuthorTagMap> {
  const value = (await db.settings.get(KEY))?.value;
  return value && typeof value === 'object' ? (value as AuthorTagMap) : {};
}

/** Add or remove one tag of an author (one transaction, so two quick clicks never lose a tag). */
export async function toggleAuthorTag(
  db: StormwatchDB,
  platform: PlatformId,
  author: string,
  tag: AuthorTag,
): Promise<AuthorTag[]> {
  return db.transaction('rw', db.settings, async () => {
    const all = await getAuthorTags(db);
    const k = authorKey(platform, author);
    const current = all[k] ?? [];
    const next = current.includes(tag) ? current.filter((t) => t !== tag) : [...current, tag];
    const copy: AuthorTagMap = { ...all };
    if (next.length) copy[k] = next;
    else delete copy[k];
    await db.settings.put({ key: KEY, value: copy });
    return next;
  });
}
