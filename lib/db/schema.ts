/**
 * The Stormwatch database. `version(n)` blocks are append-only: a shipped block is never edited;
 * data changes go in `.upgrade()` of a new version. Index only what `where()`/`orderBy()` uses;
 * comment text is never indexed.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { FlaggedItem, ResponseEvent, SettingRow, ThreadRecord } from './types';
import type { ReplyTemplate } from '@/lib/library/types';
import type { FactEvent, Incident } from '@/lib/library/facts';
import { detectClaims } from '@/lib/library/claims';
import { DEFAULT_TEMPLATES } from '@/lib/library/default-templates';
import { rekeyGenericItems } from './rekey-generic';
import { indexFieldsMiddleware, withIndexFields } from './index-fields';
import { rangeReadsMiddleware } from './range-reads';

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
  {
    // Incidents and the history of their facts; templates get the facts they claim.
    version: 2,
    stores: {
      items: '&key, platform, status, severityRank, threadKey, firstSeen, lastSeen, author, tabId',
      threads: '&key, platform, status, updatedAt',
      templates: '&id, status, language, updatedAt',
      events: '++id, itemKey, type, at',
      settings: '&key',
      incidents: '&id, startedAt',
      factEvents: '++id, incidentId, at',
    },
  },
  {
    // Same stores; generic items and threads re-keyed with the host and path of their page (H2).
    version: 3,
    stores: {
      items: '&key, platform, status, severityRank, threadKey, firstSeen, lastSeen, author, tabId',
      threads: '&key, platform, status, updatedAt',
      templates: '&id, status, language, updatedAt',
      events: '++id, itemKey, type, at',
      settings: '&key',
      incidents: '&id, startedAt',
      factEvents: '++id, incidentId, at',
    },
  },
  {
    // The queue reads only what it shows: its order as one index (most severe, riskiest, newest
    // posted), posted time for the spike alert, near-identical groups counted by index, the names
    // assigned. `queueKey`, `postedMs` and `groupKey` are kept by the database itself (index-fields.ts).
    // No index on severityRank, lastSeen or tabId: nothing reads by them, and every write pays for each.
    version: 4,
    stores: {
      items: '&key, platform, status, threadKey, firstSeen, author, queueKey, postedMs, groupKey, assignee',
      threads: '&key, platform, status, updatedAt',
      templates: '&id, status, language, updatedAt',
      events: '++id, itemKey, type, at',
      settings: '&key',
      incidents: '&id, startedAt',
      factEvents: '++id, incidentId, at',
    },
  },
] as const;

/**
 * Version 2's data change: every stored template gets `claims`. A default the team never edited
 * takes the annotated claims of the current default; any other template (edited, the team's own,
 * imported) has them read from its body, so nothing it says goes unchecked.
 */
export function claimsForStoredTemplate(t: ReplyTemplate): ReplyTemplate['claims'] {
  const d = DEFAULT_TEMPLATES.find((x) => x.id === t.id);
  if (d && t.origin === 'default' && t.body === d.body) return d.claims;
  return detectClaims(t.body);
}

const UPGRADES: Partial<Record<number, (tx: import('dexie').Transaction) => Promise<unknown>>> = {
  2: (tx) =>
    tx
      .table('templates')
      .toCollection()
      .modify((t: ReplyTemplate) => {
        if (!t.claims) t.claims = claimsForStoredTemplate(t);
      }),
  3: rekeyGenericItems,
  // Every item written again: the index fields are added on the way in (index-fields.ts).
  4: (tx) =>
    tx
      .table('items')
      .toCollection()
      .modify((it: FlaggedItem) => {
        Object.assign(it, withIndexFields(it));
      }),
};

export class StormwatchDB extends Dexie {
  items!: EntityTable<FlaggedItem, 'key'>;
  threads!: EntityTable<ThreadRecord, 'key'>;
  templates!: EntityTable<ReplyTemplate, 'id'>;
  events!: EntityTable<ResponseEvent, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  incidents!: EntityTable<Incident, 'id'>;
  factEvents!: EntityTable<FactEvent, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.use(indexFieldsMiddleware);
    this.use(rangeReadsMiddleware);
    for (const v of SCHEMA_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      const upgrade = UPGRADES[v.version];
      if (upgrade) version.upgrade(upgrade);
    }
  }
}
