/**
 * docs/RELIABILITY.md D1, D2: data written by every shipped schema version opens intact with the current
 * code; an open database gives way to a newer version instead of blocking it.
 */
import { describe, expect, test } from 'vitest';
import { Dexie } from 'dexie';
import { DB_NAME, SCHEMA_VERSIONS, StormwatchDB } from '@/lib/db/schema';
import { observed } from '../../helpers';
import { saveObserved } from '@/lib/db/items';

describe('schema versions', () => {
  test.each(SCHEMA_VERSIONS.map((v) => [v.version, v] as const))(
    'data written at version %i reads back unchanged',
    async (version, v) => {
      const name = `upgrade-${version}-${Math.random()}`;
      const old = new Dexie(name);
      old.version(version).stores(v.stores);
      await old.open();
      await old
        .table('items')
        .put({ key: 'demo:c1', platform: 'demo', text: 'Oszuści!', status: 'replied', firstSeen: 1, severityRank: 3 });
      await old.table('templates').put({
        id: 't1',
        title: 'Ours',
        body: 'Dziękujemy {{author}}',
        status: 'approved',
        language: 'pl',
        updatedAt: 1,
      });
      await old.table('events').add({ itemKey: 'demo:c1', type: 'statusChanged', at: 2, to: 'replied' });
      old.close();
      const current = new StormwatchDB(name);
      expect(await current.items.get('demo:c1')).toMatchObject({ text: 'Oszuści!', status: 'replied' });
      expect(await current.templates.get('t1')).toMatchObject({ body: 'Dziękujemy {{author}}' });
      expect(await current.events.count()).toBe(1);
      await current.delete();
    },
  );
  test('the database name is stable', () => {
    expect(DB_NAME).toBe('stormwatch');
  });
});

describe('a newer version while an older one is open', () => {
  test('the old connection closes on versionchange and the new one opens without hanging', async () => {
    const name = `vc-${Math.random()}`;
    const a = new StormwatchDB(name);
    await saveObserved(a, { pageUrl: 'x', comments: [observed('c', 'a', 'idiots', 'high')], threads: [] }, 1, 1);
    const latest = SCHEMA_VERSIONS.at(-1)!;
    const b = new Dexie(name);
    b.version(latest.version).stores(latest.stores);
    b.version(latest.version + 1).stores({ extra: '&key' });
    await Promise.race([b.open(), new Promise((_, r) => setTimeout(() => r(new Error('blocked')), 2_000))]);
    expect(await b.table('items').count()).toBe(1);
    expect(a.isOpen()).toBe(false);
    // The old connection's next query reopens it (on the newer version) instead of failing.
    expect(await a.items.count()).toBe(1);
    b.close();
    // Code of an older release opening the newer database (a rolled-back update) reads the data,
    // with no VersionError for the panel to trip over.
    const older = new StormwatchDB(name);
    expect(await older.items.get('demo:c')).toMatchObject({ text: 'idiots' });
    older.close();
    a.close();
  });
});
