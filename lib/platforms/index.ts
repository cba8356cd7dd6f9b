/**
 * The registry of platform adapters. Each adapter lives in its own file; add it here.
 * Order matters for detection (`detectPlatform`): specific platforms before `generic`.
 */
import type { PlatformAdapter, PlatformId } from './types';
import { demo } from './demo';
import { oldReddit } from './old-reddit';

export const platforms = [oldReddit, demo] satisfies PlatformAdapter[];

export function adapterFor(id: PlatformId): PlatformAdapter | undefined {
  return platforms.find((p) => p.id === id);
}
