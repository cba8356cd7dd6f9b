/**
 * The Stormwatch database. `version(n)` blocks are append-only: a shipped block is never edited;
 * data changes go in `.upgrade()` of a new version. Index only what `where()`/`orderBy()` uses;
 * comment text is never indexed.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { FlaggedItem, ResponseEvent, SettingRow, ThreadRecord } from './types';
import type { ReplyTemplate } from '@/lib/library/types';

export const DB_NAME = 'stormwatch';

/** Stores of every shipped schema version, oldest first (also used by the migration tests). */
export const SCHEMA_VERSIONS = [
  {
    version: 1,
    stores: {
      items: '&key, platform, status, severityRank, threadKey, firstSeen, lastSeen, author, tabId',
      threads: '&key, platform, status, updatedAt',
      templates: '&id, status, language, updatedAt',
      events: '++id, itemKey, type, at',
      settings: '&key',
    },
  },
] as const;

export class StormwatchDB extends Dexie {
  items!: EntityTable<FlaggedItem, 'key'>;
  threads!: EntityTable<ThreadRecord, 'key'>;
  templates!: EntityTable<ReplyTemplate, 'id'>;
  events!: EntityTable<ResponseEvent, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    for (const v of SCHEMA_VERSIONS) this.version(v.version).stores(v.stores);
  }
}
