/**
 * The registry of platform adapters. Each adapter lives in its own file; add it here.
 * Order matters for detection: specific platforms first.
 */
import { MatchPattern } from 'wxt/utils/match-patterns';
import type { PlatformAdapter, PlatformId } from './types';
import { demo } from './demo';
import { generic } from './generic';
import { linkedin } from './linkedin';
import { x } from './x';
import { facebook } from './facebook';
import { instagram } from './instagram';
import { tiktok } from './tiktok';
import { oldReddit } from './old-reddit';
import { reddit } from './reddit';
import { youtube } from './youtube';

export const platforms: readonly PlatformAdapter[] = [
  youtube,
  reddit,
  oldReddit,
  x,
  facebook,
  instagram,
  linkedin,
  tiktok,
  demo,
  generic,
];

/** The adapter registered under `id`. */
export function adapterFor(id: PlatformId): PlatformAdapter | undefined {
  return platforms.find((p) => p.id === id);
}

/** The platform's name as users know it ("X", "Reddit (old)"); the id when there is no adapter. */
export function platformLabel(id: PlatformId): string {
  return adapterFor(id)?.label ?? id;
}

/** The adapter whose match patterns cover `url`, if any (never `generic`: it has no patterns). */
export function adapterForUrl(url: string): PlatformAdapter | undefined {
  return platforms.find((p) => p.matches.some((m) => new MatchPattern(m).includes(url)));
}
